import { type Random } from './random';

// Common surnames of Hubei's rural counties first, weighted by repetition.
const SURNAMES = '王王王李李李张张刘刘陈陈杨黄黄周吴徐孙胡胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '建国华明军平志伟红丽英芳敏静强磊洋勇艳杰娟涛超秀兰霞刚桂珍玉凤德福春海燕文斌辉鹏飞宏新亮俊峰国庆利民永胜金山水清松柏兴旺佳欣怡慧晨阳';

export function chineseName(random: Random): string {
  const surname = random.pick([...SURNAMES]);
  const given = random.chance(0.7) ? random.pick([...GIVEN]) + random.pick([...GIVEN]) : random.pick([...GIVEN]);
  return surname + given;
}
