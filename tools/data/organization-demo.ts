import { type EntityManager, type RequiredEntityData } from '@mikro-orm/postgresql';
import { Region } from '@grassroots/organization-app';
import { type DemoVillage } from './demo-villages';
import { seededRandom } from './random';

const CHUNK = 5_000;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const HAMLET = '张李王刘陈杨黄周吴徐胡朱高何郭罗梁宋郑谢韩唐冯董程曹袁邓许沈彭蔡余潘杜戴夏汪田';

/**
 * Village groups 村民小组(塆组) under every village that has none yet (codes: the village code
 * and three digits), with residents and households; villages, townships and the county get the
 * sums. The national codes stop at the village, so this part is generated.
 */
export async function generateVillageGroups(em: EntityManager, villages: DemoVillage[]): Promise<number> {
  const known = new Set(
    (await em.getConnection().execute<{ parent_code: string }[]>(
      "select distinct parent_code from region where level = 'VILLAGE_GROUP'",
    )).map((row) => row.parent_code),
  );
  const rows: RequiredEntityData<Region>[] = [];
  for (const village of villages.filter((candidate) => !known.has(candidate.code))) {
    const random = seededRandom(`groups:${village.code}`);
    const urban = village.settlement === 'URBAN';
    const count = urban ? random.int(3, 8) : random.int(5, 15);
    for (let index = 1; index <= count; index++) {
      const population = urban ? random.int(400, 1500) : random.int(80, 420);
      const shortName = urban ? `第${NUMERALS[index - 1]}居民小组` : random.chance(0.5) ? `${random.pick([...HAMLET])}家塆` : `第${NUMERALS[index - 1]}村民小组`;
      rows.push({
        code: `${village.code}${String(index).padStart(3, '0')}`,
        name: shortName,
        shortName,
        level: 'VILLAGE_GROUP' as const,
        parentCode: village.code,
        settlement: null,
        population,
        households: Math.max(1, Math.round(population / (urban ? 2.8 : 3.4))),
        updatedAt: new Date(),
      });
    }
  }
  for (let start = 0; start < rows.length; start += CHUNK) {
    await em.createQueryBuilder(Region).insert(rows.slice(start, start + CHUNK)).onConflict('code').ignore().execute();
  }
  await sumUpwards(em);
  return rows.length;
}

// Each level's residents and households are the sums of the level below, deepest first.
async function sumUpwards(em: EntityManager): Promise<void> {
  for (const level of ['VILLAGE', 'TOWNSHIP', 'COUNTY', 'CITY', 'PROVINCE']) {
    await em.getConnection().execute(
      `update region as parent set population = totals.population, households = totals.households
         from (select parent_code, sum(population)::int as population, sum(households)::int as households
                 from region where population is not null group by parent_code) as totals
        where parent.code = totals.parent_code and parent.level = ?`,
      [level],
    );
  }
}
