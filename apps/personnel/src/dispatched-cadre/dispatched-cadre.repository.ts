import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type RegionScope } from '@grassroots/kernel';
import { RegionScopedRepository } from '@grassroots/persistence';
import { type VillageType } from './dispatched-cadre-vocabulary';
import { DispatchedCadre, DispatchedCadreChange } from './dispatched-cadre.entity';

/** A village of a type (from the village-type table) with no first secretary on the day asked about. */
export type VillageWithoutFirstSecretary = { regionCode: string; villageType: VillageType; lastFirstSecretaryEndDate: string | null };

type VacancyRow = { region_code: string; village_type: VillageType; last_end_date: string | null };

@Injectable()
export class DispatchedCadreRepository extends RegionScopedRepository<DispatchedCadre> {
  constructor(em: EntityManager) {
    super(em, DispatchedCadre, 'Dispatched cadre');
  }

  /**
   * Villages under `scope` that have `villageType` (any type when null) on `asOf` in the village-type
   * table and no first secretary active on `asOf`, whether or not anyone was ever sent there: one
   * query, keyset-paged by (village code, type) after `after`; reads `size + 1` rows and the total.
   */
  async villagesWithoutFirstSecretary(
    scope: RegionScope,
    villageType: VillageType | null,
    asOf: string,
    after: readonly [string, string] | null,
    size: number,
  ): Promise<{ total: number; rows: VillageWithoutFirstSecretary[] }> {
    const [result]: { total: number; items: VacancyRow[] }[] = await this.em.execute(
      `with vacant as (
         select t.region_code, t.village_type
           from village_type_period t
          where t.region_code like ? and t.since <= ?::date and (t.until is null or t.until > ?::date)
            and (?::varchar is null or t.village_type = ?::varchar)
            and not exists (
              select 1 from dispatched_cadre f
               where f.region_code = t.region_code and f.role = 'FIRST_SECRETARY'
                 and f.start_date <= ?::date and (f.end_date is null or f.end_date >= ?::date))
       )
       select (select count(*) from vacant)::int as total,
              coalesce((
                select json_agg(page order by page.region_code, page.village_type) from (
                  select v.region_code, v.village_type,
                         (select max(f.end_date) from dispatched_cadre f
                           where f.region_code = v.region_code and f.role = 'FIRST_SECRETARY' and f.end_date < ?::date) as last_end_date
                    from vacant v
                   where (?::varchar is null or (v.region_code, v.village_type) > (?::varchar, ?::varchar))
                   order by v.region_code, v.village_type
                   limit ?) page), '[]'::json) as items`,
      [scope.likePattern, asOf, asOf, villageType, villageType, asOf, asOf, asOf, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, size + 1],
    );
    return {
      total: result.total,
      rows: result.items.map((row) => ({ regionCode: row.region_code, villageType: row.village_type, lastFirstSecretaryEndDate: row.last_end_date })),
    };
  }
}

@Injectable()
export class DispatchedCadreChangeRepository extends RegionScopedRepository<DispatchedCadreChange> {
  constructor(em: EntityManager) {
    super(em, DispatchedCadreChange, 'Dispatched cadre change');
  }
}
