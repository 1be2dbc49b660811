import { type Random } from './random';

// Common surnames of Hubei's rural counties first, weighted by repetition.
const SURNAMES = [...'王王王李李李张张刘刘陈陈杨黄黄周吴徐孙胡胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'];
const GIVEN = [...'建国华明军平志伟红丽英芳敏静强磊洋勇艳杰娟涛超秀兰霞刚桂珍玉凤德福春海燕文斌辉鹏飞宏新亮俊峰国庆利民永胜金山水清松柏兴旺佳欣怡慧晨阳'];

// Given-name characters by gender and generation: people born before about 1975 carry the
// names of their time (建国, 桂兰), younger ones the later fashions (浩宇, 欣怡).
const GIVEN_BY = {
  MALE: { older: [...'建国华明军平志伟强刚德福海文斌宏新永胜金山松柏兴旺庆忠贵富林生发荣光春明'], younger: [...'伟强磊洋勇杰涛超鹏飞俊峰辉浩宇轩博文涵子豪晨阳睿泽然航'] },
  FEMALE: { older: [...'秀英兰芳桂珍玉凤春梅华红丽霞琴翠莲菊芝娥美凤荣淑娟'], younger: [...'丽艳娟敏静燕婷雪欣怡慧佳琪悦萱颖晨倩璐瑶雯诗梦'] },
} as const;

export type NameGender = keyof typeof GIVEN_BY;

/**
 * A plausible name. With a gender, the given name fits it (and the generation, with a birth
 * year); without one, it is drawn from a mixed pool.
 */
export function chineseName(random: Random, gender?: NameGender, birthYear?: number): string {
  const surname = random.pick(SURNAMES);
  const pool = gender ? GIVEN_BY[gender][birthYear !== undefined && birthYear < 1975 ? 'older' : 'younger'] : GIVEN;
  return surname + (random.chance(0.7) ? random.pick(pool) + random.pick(pool) : random.pick(pool));
}
