import { MikroORM } from '@mikro-orm/postgresql';
import { LINK_QUOTAS, type LinkRole, parseIdNumber, TWO_COMMITTEE_POSTS } from '@grassroots/personnel-app';
import { createOrmConfig, type ServiceName } from '@grassroots/persistence';
import { createTestDatabase, type TestDatabase } from '@grassroots/testing';
import { loadSubgraph } from '../platform/subgraphs';
import { type DemoVillage, villagesOf } from './demo-villages';
import { generateGrids } from './grid-demo';
import { generateVillageGroups } from './organization-demo';
import { generatePartyOrganizations } from './party-organization-demo';
import { generatePersonnelDemo, type PersonnelDemoResult } from './personnel-demo';
import { PersonalDataSealer } from './personnel-demo/personal-data';
import { generateWeakOrganizationCases } from './village-organization-demo';

// The organization and personnel generators for one township (黄土岗镇, 23 villages) on test
// databases, and the invariants the platform's rules and counts rely on, checked in SQL.
const COUNTY = '421181';
const TOWNSHIP = '421181111';
const TODAY = '2026-11-25';

async function openOrm(service: ServiceName, url: string): Promise<MikroORM> {
  const subgraph = await loadSubgraph(service);
  return MikroORM.init(createOrmConfig({ clientUrl: url, entities: subgraph.entities, migrations: subgraph.migrations, migrationsPath: subgraph.migrationsPath, poolMax: 2 }));
}

describe('personnel demo data of one township', () => {
  let databases: TestDatabase[] = [];
  let organization: MikroORM;
  let personnel: MikroORM;
  let villages: DemoVillage[];
  let result: PersonnelDemoResult;

  const personnelRows = <T extends object>(sql: string, params: unknown[] = []) => personnel.em.getConnection().execute<T[]>(sql, params);
  const organizationRows = <T extends object>(sql: string, params: unknown[] = []) => organization.em.getConnection().execute<T[]>(sql, params);

  beforeAll(async () => {
    databases = await Promise.all([createTestDatabase('organization'), createTestDatabase('personnel')]);
    organization = await openOrm('organization', databases[0].url);
    personnel = await openOrm('personnel', databases[1].url);
    // The template holds the county's real regions: keep one township of them.
    await organizationRows("delete from region where code like ? and level in ('TOWNSHIP', 'VILLAGE') and code not like ?", [`${COUNTY}%`, `${TOWNSHIP}%`]);
    villages = await villagesOf(organization.em.fork(), COUNTY);
    await generateVillageGroups(organization.em.fork(), villages);
    await generatePartyOrganizations(organization.em.fork(), COUNTY);
    await generateGrids(organization.em.fork(), COUNTY);
    await generateWeakOrganizationCases(organization.em.fork(), villages);
    result = await generatePersonnelDemo(personnel.em.fork(), organization.em.fork(), villages, { today: TODAY });
  }, 240_000);

  afterAll(async () => {
    await personnel?.close();
    await organization?.close();
    await Promise.all(databases.map((database) => database.drop()));
  });

  it('writes every kind of personnel data for every village, and stages no events', async () => {
    expect(villages).toHaveLength(23);
    for (const table of ['party_member', 'pipeline_stage', 'cadre_post', 'cadre_training', 'duty_line', 'talent_record', 'village_representative', 'household', 'household_link', 'household_visit']) {
      expect([table, result.rowsByTable.get(table) ?? 0]).toEqual([table, expect.any(Number)]);
      expect(result.rowsByTable.get(table)).toBeGreaterThan(villages.length);
    }
    const [perVillage] = await personnelRows<{ villages: number }>('select count(distinct region_code)::int as villages from party_member');
    expect(perVillage.villages).toBe(villages.length);
    expect(await personnelRows('select id from outbox_message')).toEqual([]);
  });

  it('gives every village exactly one active secretary', async () => {
    const rows = await personnelRows<{ region_code: string; secretaries: number }>(
      "select region_code, count(*)::int as secretaries from cadre_post where post = 'SECRETARY' and left_at is null group by region_code",
    );
    expect(rows).toHaveLength(villages.length);
    expect(rows.every((row) => row.secretaries === 1)).toBe(true);
  });

  it('keeps every person within the quota of their link role', async () => {
    const rows = await personnelRows<{ person_id: string; link_role: LinkRole; links: number; roles: number }>(
      `select person_id, min(link_role) as link_role, count(*)::int as links, count(distinct link_role)::int as roles
         from household_link where ended_at is null group by person_id`,
    );
    expect(rows.length).toBeGreaterThan(villages.length * 10);
    expect(rows.filter((row) => row.roles !== 1 || row.links > LINK_QUOTAS[row.link_role])).toEqual([]);
    const [{ twice }] = await personnelRows<{ twice: number }>(
      'select count(*)::int as twice from (select household_id from household_link where ended_at is null group by household_id having count(*) > 1) as shared',
    );
    expect(twice).toBe(0);
  });

  it("gives each link the role the person's records give on the link date, as the link service would", async () => {
    // The highest role: a serving secretary or chair 10, another two-committee member 5, a member 3, a representative 1.
    const postRole = `case when bool_or(p.post in ('SECRETARY', 'COMMITTEE_CHAIR')) then 'CHIEF_CADRE' when count(p.id) > 0 then 'TWO_COMMITTEE_MEMBER' end`;
    const posts = 'left join cadre_post p on p.cadre_id = c.id and p.left_at is null and p.term_start <= l.linked_at and p.post in (?)';
    const mismatches = await personnelRows(
      `select l.id, l.person_kind, l.link_role, expected.role from household_link l cross join lateral (
         select case l.person_kind
           when 'MEMBER' then (select coalesce(${postRole}, 'PARTY_MEMBER') from party_member m left join cadre c on c.member_id = m.id ${posts}
                                where m.id = l.person_id and m.left_at is null and m.joined_at <= l.linked_at and m.region_code = left(l.region_code, 12) having count(m.id) > 0)
           when 'CADRE' then (select ${postRole} from cadre c ${posts} where c.id = l.person_id and c.member_id is null)
           when 'REPRESENTATIVE' then (select 'REPRESENTATIVE' from village_representative r where r.id = l.person_id and r.member_id is null and r.status = 'ACTIVE' and r.elected_at <= l.linked_at)
           else 'GRID_WORKER' end as role) as expected
        where expected.role is distinct from l.link_role`,
      [[...TWO_COMMITTEE_POSTS], [...TWO_COMMITTEE_POSTS]],
    );
    expect(mismatches).toEqual([]);
  });

  it("puts every member in a BRANCH of the member's own village", async () => {
    const branches = await organizationRows<{ id: string; region_code: string }>("select id, region_code from party_organization where kind = 'BRANCH'");
    const villageOf = new Map(branches.map((branch) => [branch.id, branch.region_code]));
    const members = await personnelRows<{ branch_id: string; region_code: string }>('select distinct branch_id, region_code from party_member');
    expect(members.filter((member) => villageOf.get(member.branch_id) !== member.region_code)).toEqual([]);
  });

  it("makes every central household's anchor a current member of its village, living there", async () => {
    const anchors = await organizationRows<{ member_id: string; village: string }>(
      "select anchor_member_id as member_id, left(region_code, 12) as village from party_organization where form = 'CENTRAL_HOUSEHOLD'",
    );
    const members = await personnelRows<{ id: string; region_code: string }>('select id, region_code from party_member where left_at is null and in_village');
    const villageOf = new Map(members.map((member) => [member.id, member.region_code]));
    expect(anchors.length).toBeGreaterThan(villages.length);
    expect(anchors.filter((anchor) => villageOf.get(anchor.member_id) !== anchor.village)).toEqual([]);
  });

  it("sets organization's branch and village counts to personnel's current members", async () => {
    const counted = await personnelRows<{ id: string; members: number; in_village: number }>(
      'select branch_id as id, count(*)::int as members, (count(*) filter (where in_village))::int as in_village from party_member where left_at is null group by branch_id',
    );
    const expected = new Map(counted.map((row) => [row.id, [row.members, row.in_village]]));
    const branches = await organizationRows<{ id: string; member_count: number; in_village_member_count: number }>(
      "select id, member_count, in_village_member_count from party_organization where kind = 'BRANCH'",
    );
    expect(branches.filter((branch) => JSON.stringify(expected.get(branch.id) ?? [0, 0]) !== JSON.stringify([branch.member_count, branch.in_village_member_count]))).toEqual([]);
    expect(branches.reduce((sum, branch) => sum + branch.member_count, 0)).toBe(counted.reduce((sum, row) => sum + row.members, 0));

    const perVillage = await personnelRows<{ code: string; members: number }>('select region_code as code, count(*)::int as members from party_member where left_at is null group by region_code');
    const regions = await organizationRows<{ code: string; party_member_count: number }>("select code, party_member_count from region where level = 'VILLAGE'");
    expect(regions.map((region) => [region.code, region.party_member_count])).toEqual(
      expect.arrayContaining(perVillage.map((village) => [village.code, village.members])),
    );
  });

  it('seals ID numbers that open to valid, distinct numbers matching the member', async () => {
    const sealer = PersonalDataSealer.fromEnvironment();
    const members = await personnelRows<{ id_number_sealed: string; id_number_hash: string; birth_date: string; gender: string }>(
      "select id_number_sealed, id_number_hash, to_char(birth_date, 'YYYY-MM-DD') as birth_date, gender from party_member",
    );
    const numbers = members.map((member) => {
      const idNumber = sealer.openIdNumber(member.id_number_sealed);
      expect(parseIdNumber(idNumber, TODAY)).toEqual({ idNumber, birthDate: member.birth_date, gender: member.gender });
      expect(idNumber.startsWith(COUNTY)).toBe(true);
      return idNumber;
    });
    expect(new Set(numbers).size).toBe(members.length);
    expect(new Set(members.map((member) => member.id_number_hash)).size).toBe(members.length);
  });

  it('develops members with two full members of the branch as sponsors, and admits them as probationary members', async () => {
    const wrongSponsors = await personnelRows(
      `select s.id from pipeline_stage s
         where s.stage in ('CANDIDATE', 'PROBATIONARY', 'FULL')
           and (select count(*) from party_member m
                 where m.id in (s.first_sponsor_id, s.second_sponsor_id) and m.branch_id = s.branch_id and m.status = 'FULL') <> 2`,
    );
    expect(wrongSponsors).toEqual([]);
    const admitted = await personnelRows<{ stage: string; status: string; joined: boolean }>(
      `select p.stage, m.status, m.joined_at = p.stage_entered_at or p.stage = 'FULL' as joined
         from pipeline_person p join party_member m on m.id = p.member_id`,
    );
    expect(admitted.length).toBeGreaterThan(0);
    expect(admitted.filter((row) => row.status !== (row.stage === 'FULL' ? 'FULL' : 'PROBATIONARY') || !row.joined)).toEqual([]);
  });

  it('generates the same rows from the same seed, and setting the counts again changes nothing', async () => {
    const again = await createTestDatabase('personnel');
    const orm = await openOrm('personnel', again.url);
    try {
      const before = await organizationRows('select id, member_count, in_village_member_count from party_organization order by id');
      await generatePersonnelDemo(orm.em.fork(), organization.em.fork(), villages, { today: TODAY });
      const fingerprint = "select md5(string_agg(id::text || name || birth_date || branch_id || joined_at, ',' order by id)) as digest from party_member";
      const households = "select md5(string_agg(id::text || head_name || region_code, ',' order by id)) as digest from household";
      for (const sql of [fingerprint, households]) {
        expect(await orm.em.getConnection().execute(sql)).toEqual(await personnelRows(sql));
      }
      expect(await organizationRows('select id, member_count, in_village_member_count from party_organization order by id')).toEqual(before);
    } finally {
      await orm.close();
      await again.drop();
    }
  }, 120_000);
});
