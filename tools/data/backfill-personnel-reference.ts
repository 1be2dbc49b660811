// `node tools/run-ts.js tools/data/backfill-personnel-reference.ts [region-prefix]`
//
// Copies what personnel keeps from organization's events — the party organizations (branch
// directory) and the villages designated weak — straight from organization's database. Events
// carry these in normal running, but a topic keeps events for 14 days only: a personnel database
// created (or restored) later never sees the organizations set up before. Run it once then;
// it is idempotent and never undoes what the events recorded (a dissolution stays, an open weak
// period is not opened twice), so it is safe while the platform runs.
import { Client } from 'pg';
import { databaseUrlFor } from '@grassroots/persistence';

const CHUNK = 5_000;

export type BackfillResult = { organizations: number; weakVillagesOpened: number; weakVillagesEnded: number };

export async function backfillPersonnelReference(organizationUrl: string, personnelUrl: string, prefix = ''): Promise<BackfillResult> {
  const organization = new Client({ connectionString: organizationUrl });
  const personnel = new Client({ connectionString: personnelUrl });
  await Promise.all([organization.connect(), personnel.connect()]);
  try {
    const like = `${prefix}%`;
    const organizations = (
      await organization.query(
        `select id, kind, form, region_code, parent_id, name, to_char(dissolved_at, 'YYYY-MM-DD') as dissolved_at
           from party_organization where region_code like $1 order by id`,
        [like],
      )
    ).rows;
    // Villages weak today: a case not closed (a relapse reopens its case).
    const weak = (
      await organization.query(
        `select distinct on (region_code) region_code, id as case_id, to_char(designated_at, 'YYYY-MM-DD') as since
           from weak_organization_case where closed_at is null and region_code like $1 order by region_code, designated_at desc`,
        [like],
      )
    ).rows;

    await personnel.query('begin');
    let copied = 0;
    for (let start = 0; start < organizations.length; start += CHUNK) {
      const result = await personnel.query(
        `insert into known_party_organization (id, kind, form, region_code, parent_id, name, dissolved_at, received_at, updated_at)
         select id, kind, form, region_code, parent_id, name, dissolved_at, now(), now()
           from json_to_recordset($1::json) as row(id uuid, kind text, form text, region_code text, parent_id uuid, name text, dissolved_at date)
         on conflict (id) do update
            set kind = excluded.kind, form = excluded.form, region_code = excluded.region_code, parent_id = excluded.parent_id, name = excluded.name,
                dissolved_at = coalesce(known_party_organization.dissolved_at, excluded.dissolved_at), updated_at = now()`,
        [JSON.stringify(organizations.slice(start, start + CHUNK))],
      );
      copied += result.rowCount ?? 0;
    }
    const opened = await personnel.query(
      `insert into village_type_period (id, region_code, village_type, since, set_by, case_id, note, created_at, updated_at)
       select gen_random_uuid(), region_code, 'WEAK_ORGANIZATION', since, 'organization', case_id, '补录 (backfilled from organization)', now(), now()
         from json_to_recordset($1::json) as row(region_code text, case_id uuid, since date)
       on conflict (region_code, village_type) where until is null do nothing`,
      [JSON.stringify(weak)],
    );
    // An open weak period of a village whose cases are all closed ends on the last closing day.
    const closed = (
      await organization.query(
        `select region_code, to_char(max(closed_at), 'YYYY-MM-DD') as closed_at from weak_organization_case
          where region_code like $1 group by region_code having bool_and(closed_at is not null)`,
        [like],
      )
    ).rows;
    const ended = await personnel.query(
      `update village_type_period as period
          set until = greatest(row.closed_at, period.since), ended_by = 'organization', end_note = '补录: case closed (backfilled)', updated_at = now()
         from json_to_recordset($1::json) as row(region_code text, closed_at date)
        where period.region_code = row.region_code and period.village_type = 'WEAK_ORGANIZATION' and period.until is null`,
      [JSON.stringify(closed)],
    );
    await personnel.query('commit');
    return { organizations: copied, weakVillagesOpened: opened.rowCount ?? 0, weakVillagesEnded: ended.rowCount ?? 0 };
  } catch (error) {
    await personnel.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await Promise.all([organization.end(), personnel.end()]);
  }
}

if (require.main === module) {
  backfillPersonnelReference(databaseUrlFor('organization'), databaseUrlFor('personnel'), process.argv[2] ?? '').then(
    (result) => console.log(`personnel: ${result.organizations} party organizations copied, ${result.weakVillagesOpened} weak villages opened, ${result.weakVillagesEnded} ended`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
