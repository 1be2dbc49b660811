import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@grassroots/testing';
import { backfillPersonnelReference } from './backfill-personnel-reference';

const TOWNSHIP = '421181111'; // 黄土岗镇
const VILLAGE = '421181111229'; // 堰头垸村
const HEALED_VILLAGE = '421181111201'; // 严家畈村
const OTHER_TOWNSHIP_VILLAGE = '421181100200'; // 林寨村

describe('backfilling personnel’s reference data from organization', () => {
  let databases: TestDatabase[];
  let organization: Client;
  let personnel: Client;
  const ids = { committee: randomUUID(), branch: randomUUID(), dissolved: randomUUID(), elsewhere: randomUUID(), openCase: randomUUID(), closedCase: randomUUID() };

  beforeAll(async () => {
    databases = await Promise.all([createTestDatabase('organization'), createTestDatabase('personnel')]);
    organization = new Client({ connectionString: databases[0].url });
    personnel = new Client({ connectionString: databases[1].url });
    await Promise.all([organization.connect(), personnel.connect()]);
    const party = `insert into party_organization (id, name, kind, form, region_code, parent_id, founded_at, dissolved_at, created_at, updated_at)
                   values ($1, $2, $3, 'STANDARD', $4, $5, '2001-07-01', $6, now(), now())`;
    await organization.query(party, [ids.committee, '中共黄土岗镇委员会', 'COMMITTEE', TOWNSHIP, null, null]);
    await organization.query(party, [ids.branch, '中共堰头垸村支部委员会', 'BRANCH', VILLAGE, ids.committee, null]);
    await organization.query(party, [ids.dissolved, '堰头垸村第二党支部', 'BRANCH', VILLAGE, ids.committee, '2020-03-01']);
    await organization.query(party, [ids.elsewhere, '中共林寨村支部委员会', 'BRANCH', OTHER_TOWNSHIP_VILLAGE, null, null]);
    const weakCase = `insert into weak_organization_case (id, region_code, reasons, contact_level, contact_leader_name, state, designated_at, closed_at, created_at, updated_at)
                      values ($1, $2, '["LEADERSHIP_WEAK"]', 'COUNTY', '王县长', $3, $4, $5, now(), now())`;
    await organization.query(weakCase, [ids.openCase, VILLAGE, 'RECTIFYING', '2025-03-01', null]);
    await organization.query(weakCase, [ids.closedCase, HEALED_VILLAGE, 'CLOSED', '2024-03-01', '2025-06-30']);
  });

  afterAll(async () => {
    await Promise.all([organization?.end(), personnel?.end()]);
    await Promise.all((databases ?? []).map((database) => database.drop()));
  });

  const known = async () =>
    (await personnel.query(`select id, kind, region_code, parent_id, to_char(dissolved_at, 'YYYY-MM-DD') as dissolved_at from known_party_organization order by region_code, dissolved_at nulls last`)).rows;
  const periods = async () =>
    (await personnel.query(`select region_code, village_type, to_char(since, 'YYYY-MM-DD') as since, to_char(until, 'YYYY-MM-DD') as until, case_id from village_type_period order by region_code`))
      .rows;

  it('copies the township’s organizations, dissolutions included, and opens a weak period for the open case only', async () => {
    // The healed village's period was opened by an event that personnel saw; its closing was missed.
    await personnel.query(
      `insert into village_type_period (id, region_code, village_type, since, set_by, case_id, created_at, updated_at)
       values ($1, $2, 'WEAK_ORGANIZATION', '2024-03-01', 'organization', $3, now(), now())`,
      [randomUUID(), HEALED_VILLAGE, ids.closedCase],
    );
    expect(await backfillPersonnelReference(databases[0].url, databases[1].url, TOWNSHIP)).toEqual({ organizations: 3, weakVillagesOpened: 1, weakVillagesEnded: 1 });
    expect(await known()).toEqual([
      { id: ids.committee, kind: 'COMMITTEE', region_code: TOWNSHIP, parent_id: null, dissolved_at: null },
      { id: ids.dissolved, kind: 'BRANCH', region_code: VILLAGE, parent_id: ids.committee, dissolved_at: '2020-03-01' },
      { id: ids.branch, kind: 'BRANCH', region_code: VILLAGE, parent_id: ids.committee, dissolved_at: null },
    ]);
    expect(await periods()).toEqual([
      { region_code: HEALED_VILLAGE, village_type: 'WEAK_ORGANIZATION', since: '2024-03-01', until: '2025-06-30', case_id: ids.closedCase },
      { region_code: VILLAGE, village_type: 'WEAK_ORGANIZATION', since: '2025-03-01', until: null, case_id: ids.openCase },
    ]);
  });

  it('changes nothing when run again, and keeps a dissolution personnel already knows', async () => {
    await personnel.query(`update known_party_organization set dissolved_at = '2026-01-01' where id = $1`, [ids.branch]);
    const [organizationsBefore, periodsBefore] = [await known(), await periods()];
    expect(await backfillPersonnelReference(databases[0].url, databases[1].url, TOWNSHIP)).toEqual({ organizations: 3, weakVillagesOpened: 0, weakVillagesEnded: 0 });
    expect(await known()).toEqual(organizationsBefore);
    expect(await periods()).toEqual(periodsBefore);
  });
});
