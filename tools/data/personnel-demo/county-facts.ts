import { type EntityManager } from '@mikro-orm/postgresql';
import { type DemoVillage } from '../demo-villages';

/** What personnel data of a village hangs on, as the organization subgraph records it. */
export type VillageFacts = {
  code: string;
  shortName: string;
  urban: boolean;
  /** Households of the village in the region tree (the sum of its village groups). */
  regionHouseholds: number;
  /** The village's branches 党支部 (kind BRANCH): a rural branch itself, or those under its general branch, committee or big committee. */
  branchIds: string[];
  /** Central households 党员中心户: the anchoring member's id and the branch above the household's party group. */
  anchors: { memberId: string; branchId: string }[];
  /** Village (or residents') groups 村民小组, where households live. */
  groups: { code: string; shortName: string }[];
  /** Grid workers 网格员 serving the village's basic grids. */
  gridWorkers: { id: string; name: string }[];
  /** The village's latest weak-organization case 软弱涣散整顿, if it ever had one. */
  weakCase: { id: string; designatedAt: string; closedAt: string | null; reasons: string[] } | null;
};

/** A party organization of the county as organization records it (personnel keeps a replica). */
export type OrganizationFacts = { id: string; kind: string; form: string; regionCode: string; parentId: string | null; name: string; dissolvedAt: string | null };

export type CountyFacts = { code: string; shortName: string; organizations: OrganizationFacts[]; villages: VillageFacts[] };

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** Reads the facts of `villages` (all of one county) from the organization database, in a few set queries. */
export async function readCountyFacts(organization: EntityManager, villages: readonly DemoVillage[]): Promise<CountyFacts> {
  const code = villages[0]?.code.slice(0, 6) ?? '';
  const like = `${code}%`;
  const connection = organization.getConnection();
  const [county] = await connection.execute<{ short_name: string }[]>('select short_name from region where code = ?', [code]);
  const sizes = await connection.execute<{ code: string; households: number | null }[]>("select code, households from region where level = 'VILLAGE' and code like ?", [like]);
  const groups = await connection.execute<{ code: string; short_name: string; parent_code: string }[]>(
    "select code, short_name, parent_code from region where level = 'VILLAGE_GROUP' and code like ? order by code",
    [like],
  );
  const organizations = await connection.execute<OrganizationFacts[]>(
    `select id, kind, form, region_code as "regionCode", parent_id as "parentId", name, to_char(dissolved_at, 'YYYY-MM-DD') as "dissolvedAt"
       from party_organization where region_code like ? order by region_code, name, id`,
    [like],
  );
  const branches = organizations.filter((organization) => organization.kind === 'BRANCH' && organization.dissolvedAt === null);
  // A central household hangs under a party group (rural) or building group (urban), which hangs under the branch.
  const anchors = await connection.execute<{ member_id: string; village: string; branch_id: string }[]>(
    `select household.anchor_member_id as member_id, left(household.region_code, 12) as village, party_group.parent_id as branch_id
       from party_organization household
       join party_organization party_group on party_group.id = household.parent_id
      where household.form = 'CENTRAL_HOUSEHOLD' and household.anchor_member_id is not null and household.dissolved_at is null and household.region_code like ?
      order by household.region_code, household.name, household.id`,
    [like],
  );
  const workers = await connection.execute<{ person_id: string; person_name: string; region_code: string }[]>(
    "select person_id, person_name, region_code from grid_role_assignment where role = 'WORKER' and ended_at is null and region_code like ? order by region_code, person_name, id",
    [like],
  );
  const cases = await connection.execute<{ id: string; region_code: string; designated_at: string; closed_at: string | null; reasons: string[] }[]>(
    `select distinct on (region_code) id, region_code, to_char(designated_at, 'YYYY-MM-DD') as designated_at, to_char(closed_at, 'YYYY-MM-DD') as closed_at, reasons
       from weak_organization_case where region_code like ? order by region_code, designated_at desc, id`,
    [like],
  );

  const householdsOf = new Map(sizes.map((row) => [row.code, row.households ?? 0]));
  const groupsOf = groupBy(groups, (row) => row.parent_code);
  const branchesOf = groupBy(branches, (row) => row.regionCode);
  const anchorsOf = groupBy(anchors, (row) => row.village);
  const workersOf = groupBy(workers, (row) => row.region_code);
  const caseOf = new Map(cases.map((row) => [row.region_code, { id: row.id, designatedAt: row.designated_at, closedAt: row.closed_at, reasons: row.reasons }]));
  return {
    code,
    shortName: county?.short_name ?? code,
    organizations,
    villages: villages.map((village) => {
      const branchIds = (branchesOf.get(village.code) ?? []).map((row) => row.id);
      return {
        code: village.code,
        shortName: village.shortName,
        urban: village.settlement === 'URBAN',
        regionHouseholds: householdsOf.get(village.code) ?? 0,
        branchIds,
        anchors: (anchorsOf.get(village.code) ?? []).map((row) => ({ memberId: row.member_id, branchId: branchIds.includes(row.branch_id) ? row.branch_id : branchIds[0] })),
        groups: (groupsOf.get(village.code) ?? []).map((row) => ({ code: row.code, shortName: row.short_name })),
        gridWorkers: (workersOf.get(village.code) ?? []).map((row) => ({ id: row.person_id, name: row.person_name })),
        weakCase: caseOf.get(village.code) ?? null,
      };
    }),
  };
}
