import { type EntityManager } from '@mikro-orm/postgresql';

export type CountsSet = { villages: number; branches: number };

/**
 * Sets organization's party-member counts of the county from personnel's rows: each village's
 * current members (region.party_member_count) and each branch's members and in-village members.
 * Normally `member joined` events keep these through Kafka; the demo import stages none (tens of
 * thousands at once, hundreds of thousands for a city, would flood the first start), so the
 * counts are set here instead, with one statement per table. Setting, not adding, keeps a rerun
 * harmless.
 */
export async function setOrganizationCounts(personnel: EntityManager, organization: EntityManager, county: string): Promise<CountsSet> {
  const like = `${county}%`;
  const branches = await personnel.execute<{ id: string; members: number; in_village: number }[]>(
    `select branch_id as id, count(*)::int as members, (count(*) filter (where in_village))::int as in_village
       from party_member where region_code like ? and left_at is null and branch_id is not null group by branch_id`,
    [like],
  );
  const villages = await personnel.execute<{ code: string; members: number }[]>(
    'select region_code as code, count(*)::int as members from party_member where region_code like ? and left_at is null group by region_code',
    [like],
  );
  return organization.transactional(async (tx) => {
    const branchRows = await tx.execute(
      `update party_organization as target
          set member_count = coalesce(counted.members, 0), in_village_member_count = coalesce(counted.in_village, 0), updated_at = now()
         from party_organization as branch
         left join json_to_recordset(?::json) as counted(id uuid, members int, in_village int) on counted.id = branch.id
        where target.id = branch.id and branch.kind = 'BRANCH' and branch.region_code like ?`,
      [JSON.stringify(branches), like],
      'run',
    );
    const villageRows = await tx.execute(
      `update region as target
          set party_member_count = coalesce(counted.members, 0), updated_at = now()
         from region as village
         left join json_to_recordset(?::json) as counted(code text, members int) on counted.code = village.code
        where target.code = village.code and village.level = 'VILLAGE' and village.code like ?`,
      [JSON.stringify(villages), like],
      'run',
    );
    return { branches: affected(branchRows), villages: affected(villageRows) };
  });
}

const affected = (result: unknown): number => (result as { affectedRows?: number }).affectedRows ?? 0;
