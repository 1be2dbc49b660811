import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type RegionScope } from '@grassroots/kernel';
import { RegionScopedRepository } from '@grassroots/persistence';
import { type VillageType } from './dispatched-cadre-vocabulary';
import { DispatchedCadre, DispatchedCadreChange } from './dispatched-cadre.entity';

/** A village of a type with no first secretary on the day asked about. */
export type VillageWithoutFirstSecretary = { regionCode: string; villageType: VillageType; lastFirstSecretaryEndDate: string | null };

type VacancyRow = { region_code: string; village_type: VillageType; last_end_date: string | null };

@Injectable()
export class DispatchedCadreRepository extends RegionScopedRepository<DispatchedCadre> {
  constructor(em: EntityManager) {
    super(em, DispatchedCadre, 'Dispatched cadre');
  }

  /**
   * Villages under `scope` whose latest assignment started by `asOf` records `villageType` (any
   * type when null) and that have no first secretary active on `asOf`: one query, keyset-paged
   * by village code after `after`; reads `size + 1` rows and the total.
   */
  async villagesWithoutFirstSecretary(
    scope: RegionScope,
    villageType: VillageType | null,
    asOf: string,
    after: string | null,
    size: number,
  ): Promise<{ total: number; rows: VillageWithoutFirstSecretary[] }> {
    const [result]: { total: number; items: VacancyRow[] }[] = await this.em.execute(
      `with latest as (
         select distinct on (d.region_code) d.region_code, d.village_type
           from dispatched_cadre d
          where d.region_code like ? and d.start_date <= ?::date
          order by d.region_code, d.start_date desc, d.created_at desc, d.id desc
       ), vacant as (
         select l.region_code, l.village_type
           from latest l
          where (?::varchar is null or l.village_type = ?::varchar)
            and not exists (
              select 1 from dispatched_cadre f
               where f.region_code = l.region_code and f.role = 'FIRST_SECRETARY'
                 and f.start_date <= ?::date and (f.end_date is null or f.end_date >= ?::date))
       )
       select (select count(*) from vacant)::int as total,
              coalesce((
                select json_agg(page order by page.region_code) from (
                  select v.region_code, v.village_type,
                         (select max(f.end_date) from dispatched_cadre f
                           where f.region_code = v.region_code and f.role = 'FIRST_SECRETARY' and f.end_date < ?::date) as last_end_date
                    from vacant v
                   where (?::varchar is null or v.region_code > ?::varchar)
                   order by v.region_code
                   limit ?) page), '[]'::json) as items`,
      [scope.likePattern, asOf, villageType, villageType, asOf, asOf, asOf, after, after, size + 1],
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
