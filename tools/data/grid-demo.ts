import { type EntityManager } from '@mikro-orm/postgresql';
import { Grid, GridRoleAssignment } from '@grassroots/organization-app';
import { chineseName } from './chinese-names';
import { seededId, seededRandom, type Random } from './random';

type RegionRow = { code: string; short_name: string; level: string; parent_code: string | null; households: number | null };

const ACTOR = 'demo-generator';
const EXTRA_DEPARTMENTS = ['PUBLIC_SECURITY', 'CIVIL_AFFAIRS', 'EMERGENCY', 'MARKET_REGULATION', 'HEALTH', 'HUMAN_RESOURCES', 'PETITIONS', 'JUSTICE'] as const;

/**
 * Grids of a county, four levels deep (DOMAIN §1: 镇街 → 工作区 → 村居 → 基础网格), each basic
 * grid with its chief, two instructors and worker — about one in ten still missing someone —
 * and the departments it carries (多网合一). Skipped for a county that has grids.
 */
export async function generateGrids(em: EntityManager, county: string): Promise<number> {
  const connection = em.getConnection();
  const [{ existing }] = await connection.execute<{ existing: string }[]>('select count(*) as existing from grid where region_code like ?', [`${county}%`]);
  if (Number(existing) > 0) return 0;
  const regions = await connection.execute<RegionRow[]>(
    "select code, short_name, level, parent_code, households from region where code like ? and level in ('TOWNSHIP', 'VILLAGE') order by code",
    [`${county}%`],
  );
  let count = 0;
  const grid = (random: Random, name: string, level: Grid['level'], parent: Grid | null, regionCode: string, households: number | null) => {
    const created = new Grid(name, level, parent, regionCode, ACTOR);
    created.id = seededId(random);
    created.households = households;
    created.departments = ['PARTY_BUILDING', 'COMPREHENSIVE_GOVERNANCE', ...EXTRA_DEPARTMENTS.filter(() => random.chance(0.25))];
    em.persist(created);
    count++;
    return created;
  };
  for (const township of regions.filter((region) => region.level === 'TOWNSHIP')) {
    const random = seededRandom(`grids:${township.code}`);
    const villages = regions.filter((region) => region.parent_code === township.code);
    const top = grid(random, `${township.short_name}网格`, 'TOWNSHIP', null, township.code, null);
    const areas = Array.from({ length: Math.min(villages.length, random.int(2, 4)) }, (_, index) =>
      grid(random, `${township.short_name}第${index + 1}工作区`, 'WORK_AREA', top, township.code, null),
    );
    villages.forEach((village, index) => {
      const villageGrid = grid(random, `${village.short_name}网格`, 'VILLAGE', areas[index % areas.length], village.code, village.households);
      const basics = random.int(1, 4);
      for (let number = 1; number <= basics; number++) {
        const households = village.households ? Math.round(village.households / basics) : null;
        const basic = grid(random, `${village.short_name}第${number}网格`, 'BASIC', villageGrid, village.code, households);
        staff(em, random, basic);
      }
    });
  }
  await em.flush();
  return count;
}

// One chief (usually the branch secretary), two instructors and a worker; some seats still empty.
function staff(em: EntityManager, random: Random, basic: Grid): void {
  const seats: [GridRoleAssignment['role'], number][] = [
    ['CHIEF', 1],
    ['INSTRUCTOR', 1],
    ['INSTRUCTOR', 2],
    ['WORKER', 1],
  ];
  for (const [role, seat] of seats) {
    if (random.chance(0.04)) continue;
    const assignment = new GridRoleAssignment(basic, seededId(random), chineseName(random), role, seat, `${random.int(2021, 2025)}-0${random.int(1, 9)}-01`, ACTOR);
    assignment.id = seededId(random);
    em.persist(assignment);
    // The grid row keeps its staffing counts (the service updates them under a lock).
    if (role === 'CHIEF') basic.chiefCount++;
    else if (role === 'INSTRUCTOR') basic.instructorCount++;
    else basic.workerCount++;
  }
}
