import { type EntityManager } from '@mikro-orm/postgresql';
import { PartyOrganization, PartyOrganizationMemberRegion, PartyOrganizationResidentUnit } from '@grassroots/organization-app';
import { seededId, seededRandom, type Random } from './random';

const CHUNK = 5_000;
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const RESIDENT_UNITS = [
  ['社区卫生服务中心', 'PUBLIC_INSTITUTION'],
  ['中心小学', 'PUBLIC_INSTITUTION'],
  ['派出所', 'GOVERNMENT_AGENCY'],
  ['供电所', 'STATE_ENTERPRISE'],
  ['农商银行网点', 'STATE_ENTERPRISE'],
  ['物业服务公司', 'PRIVATE_ENTERPRISE'],
  ['邮政支局', 'STATE_ENTERPRISE'],
] as const;

type RegionRow = { code: string; short_name: string; level: string; parent_code: string | null; settlement: string | null };
type OrganizationRow = {
  id: string;
  name: string;
  kind: PartyOrganization['kind'];
  form: NonNullable<PartyOrganization['form']>;
  regionCode: string;
  parent: string | null;
  anchorMemberId: string | null;
  foundedAt: string;
  createdAt: Date;
  updatedAt: Date;
};

/**
 * The party organizations of a county (DOMAIN §1): township committees (street working
 * committees in streets), and in each rural village its organization with village-group party
 * groups and central households (三级: 村党组织—村民小组党小组—党员联系户); in each urban community a
 * big committee with resident units, grid branches, building groups and central households
 * (五级); and joint committees over neighbouring villages. Skipped for a county that has some.
 */
export async function generatePartyOrganizations(em: EntityManager, county: string): Promise<number> {
  const connection = em.getConnection();
  const [{ existing }] = await connection.execute<{ existing: string }[]>('select count(*) as existing from party_organization where region_code like ?', [`${county}%`]);
  if (Number(existing) > 0) return 0;
  const regions = await connection.execute<RegionRow[]>(
    'select code, short_name, level, parent_code, settlement from region where code like ? order by code',
    [`${county}%`],
  );
  const childrenOf = new Map<string, RegionRow[]>();
  for (const region of regions) childrenOf.set(region.parent_code ?? '', [...(childrenOf.get(region.parent_code ?? '') ?? []), region]);

  const organizations: OrganizationRow[] = [];
  const memberRegions: { id: string; organization: string; regionCode: string }[] = [];
  const residentUnits: { id: string; organization: string; regionCode: string; name: string; unitKind: PartyOrganizationResidentUnit['unitKind'] }[] = [];
  const now = new Date();
  const add = (random: Random, row: Omit<OrganizationRow, 'id' | 'anchorMemberId' | 'foundedAt' | 'createdAt' | 'updatedAt'> & { anchorMemberId?: string | null }) => {
    const organization: OrganizationRow = {
      anchorMemberId: null,
      createdAt: now,
      updatedAt: now,
      ...row,
      id: seededId(random),
      foundedAt: `${random.int(1985, 2020)}-${String(random.int(1, 12)).padStart(2, '0')}-01`,
    };
    organizations.push(organization);
    return organization.id;
  };

  const countyRegion = regions.find((region) => region.code === county);
  const countyRandom = seededRandom(`organizations:${county}`);
  const countyCommittee = add(countyRandom, { name: `中共${countyRegion?.short_name ?? county}委员会`, kind: 'COMMITTEE', form: 'STANDARD', regionCode: county, parent: null });

  for (const township of childrenOf.get(county) ?? []) {
    const random = seededRandom(`organizations:${township.code}`);
    const street = township.short_name.endsWith('街道');
    const townshipCommittee = add(random, {
      name: street ? `${township.short_name}大工委` : `中共${township.short_name}委员会`,
      kind: 'COMMITTEE',
      form: street ? 'STREET_WORKING_COMMITTEE' : 'STANDARD',
      regionCode: township.code,
      parent: countyCommittee,
    });
    const villages = childrenOf.get(township.code) ?? [];
    for (const village of villages) {
      if (village.settlement === 'URBAN') urbanCommunity(random, village, townshipCommittee);
      else ruralVillage(random, village, townshipCommittee);
    }
    const rural = villages.filter((village) => village.settlement !== 'URBAN');
    if (rural.length >= 4 && random.chance(0.3)) {
      const start = random.int(0, rural.length - 3);
      const members = rural.slice(start, start + random.int(2, 3));
      const joint = add(random, { name: `${members[0].short_name}等联村党委`, kind: 'COMMITTEE', form: 'JOINT_COMMITTEE', regionCode: township.code, parent: townshipCommittee });
      for (const member of members) memberRegions.push({ id: seededId(random), organization: joint, regionCode: member.code });
    }
  }

  function ruralVillage(random: Random, village: RegionRow, parent: string): void {
    const kind: 'BRANCH' | 'GENERAL_BRANCH' | 'COMMITTEE' = random.chance(0.7) ? 'BRANCH' : random.chance(0.85) ? 'GENERAL_BRANCH' : 'COMMITTEE';
    const suffix = { BRANCH: '支部委员会', GENERAL_BRANCH: '总支部委员会', COMMITTEE: '委员会' }[kind];
    const villageOrganization = add(random, { name: `中共${village.short_name}${suffix}`, kind, form: 'STANDARD', regionCode: village.code, parent });
    // A general branch or committee holds branches; party groups sit under a branch.
    const branches =
      kind === 'BRANCH'
        ? [villageOrganization]
        : Array.from({ length: random.int(2, 3) }, (_, index) =>
            add(random, { name: `${village.short_name}第${NUMERALS[index]}党支部`, kind: 'BRANCH', form: 'STANDARD', regionCode: village.code, parent: villageOrganization }),
          );
    for (const group of childrenOf.get(village.code) ?? []) {
      if (!random.chance(0.6)) continue;
      const partyGroup = add(random, {
        name: `${group.short_name}党小组`,
        kind: 'GROUP',
        form: 'VILLAGE_GROUP_GROUP',
        regionCode: group.code,
        parent: random.pick(branches),
      });
      for (let index = random.int(0, 2); index > 0; index--) {
        add(random, { name: `${group.short_name}党员中心户${index}`, kind: 'GROUP', form: 'CENTRAL_HOUSEHOLD', regionCode: group.code, parent: partyGroup, anchorMemberId: seededId(random) });
      }
    }
  }

  function urbanCommunity(random: Random, community: RegionRow, parent: string): void {
    const bigCommittee = add(random, { name: `${community.short_name}大党委`, kind: 'COMMITTEE', form: 'COMMUNITY_BIG_COMMITTEE', regionCode: community.code, parent });
    const units = [...RESIDENT_UNITS].sort(() => random.next() - 0.5).slice(0, random.int(2, 5));
    for (const [name, unitKind] of units) residentUnits.push({ id: seededId(random), organization: bigCommittee, regionCode: community.code, name: `${community.short_name}${name}`, unitKind });
    for (let grid = 1; grid <= random.int(2, 4); grid++) {
      const gridBranch = add(random, { name: `${community.short_name}第${NUMERALS[grid - 1]}网格党支部`, kind: 'BRANCH', form: 'GRID_BRANCH', regionCode: community.code, parent: bigCommittee });
      for (let building = 1; building <= random.int(2, 3); building++) {
        const buildingGroup = add(random, { name: `${community.short_name}${grid}区${building}栋党小组`, kind: 'GROUP', form: 'BUILDING_GROUP', regionCode: community.code, parent: gridBranch });
        for (let index = random.int(1, 2); index > 0; index--) {
          add(random, { name: `${grid}区${building}栋党员中心户${index}`, kind: 'GROUP', form: 'CENTRAL_HOUSEHOLD', regionCode: community.code, parent: buildingGroup, anchorMemberId: seededId(random) });
        }
      }
    }
  }

  // Parents come before their children in the list, so chunks can be inserted in order.
  for (let start = 0; start < organizations.length; start += CHUNK) {
    await em.insertMany(PartyOrganization, organizations.slice(start, start + CHUNK));
  }
  if (memberRegions.length) await em.insertMany(PartyOrganizationMemberRegion, memberRegions);
  if (residentUnits.length) await em.insertMany(PartyOrganizationResidentUnit, residentUnits);
  return organizations.length;
}
