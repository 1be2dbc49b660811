import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type RegionScope } from '@grassroots/kernel';
import { type Page, type PageRequest, RegionScopedRepository } from '@grassroots/persistence';
import { KeyedPageRepository } from '../shared/keyed-page.repository';
import { firstPagesOfRegions, underRegions } from '../shared/keyed-pages';
import { keysetPage, keysetRequest } from './keyset-cursor.util';
import { RepresentativePointChange } from './representative-point-change.entity';
import { BASE_POINTS } from './representative-points.util';
import { RepresentativeStatusChange } from './representative-status-change.entity';
import { VillageRepresentative } from './village-representative.entity';

/** A representative's place in a year's ranking 积分排名. */
export type RankedRepresentative = {
  representative: VillageRepresentative;
  balance: number;
  /** Among everyone in the ranked region (1 = highest; ties share a rank). */
  rank: number;
  villageRank: number;
  townshipRank: number;
};

type RankingRow = Record<string, unknown> & { totalCount: number; balance: number | null; rank: number; villageRank: number; townshipRank: number };

/** The order of a region's representatives: by village, then name. */
export const REPRESENTATIVE_ORDER = { regionCode: 'asc', name: 'asc', id: 'asc' } as const;

@Injectable()
export class VillageRepresentativeRepository extends KeyedPageRepository<VillageRepresentative> {
  constructor(em: EntityManager) {
    super(em, VillageRepresentative, 'Village representative');
  }

  /**
   * The first page of representatives (serving only, unless `includeFormer`) under each of many
   * regions, in REPRESENTATIVE_ORDER: two SQL statements per code length.
   */
  firstPagesOfRegions(
    scope: RegionScope,
    codes: readonly string[],
    includeFormer: boolean,
    first?: number | null,
  ): Promise<(Page<VillageRepresentative> | Error)[]> {
    return firstPagesOfRegions(scope, codes, (length, group) => {
      const { partition, where } = underRegions(length, group);
      const status = includeFormer ? {} : { status: 'ACTIVE' as const };
      return this.firstPages(scope, { partition, where: { ...where, ...status }, orderBy: REPRESENTATIVE_ORDER, first });
    });
  }

  /**
   * The representatives serving on `day`, by that year's balance, with their rank overall and
   * within their village and township: window functions over the whole scope, then one keyset
   * page (balance descending, then id) — one statement.
   */
  async ranking(scope: RegionScope, year: number, day: string, request: PageRequest): Promise<Page<RankedRepresentative>> {
    const { first, after } = keysetRequest(request, ['number', 'string']);
    const like = scope.likePattern;
    const rows = await this.em.execute<RankingRow[]>(
      `with serving as (
         select r.*, (?::int + coalesce(sum(c.points), 0))::int as balance
         from village_representative r
         left join representative_point_change c on c.representative_id = r.id and c.year = ? and c.region_code like ?
         where r.region_code like ? and r.elected_at <= ?::date and (r.left_on is null or r.left_on > ?::date)
         group by r.id
       ), ranked as (
         select s.*,
                rank() over (order by s.balance desc)::int as "rank",
                rank() over (partition by s.region_code order by s.balance desc)::int as "villageRank",
                rank() over (partition by substr(s.region_code, 1, 9) order by s.balance desc)::int as "townshipRank"
         from serving s
       )
       select (select count(*)::int from ranked) as "totalCount", page.*
       from (select 1) as one
       left join lateral (
         select * from ranked
         where ?::boolean or ranked.balance < ? or (ranked.balance = ? and ranked.id > ?::uuid)
         order by ranked.balance desc, ranked.id
         limit ?
       ) as page on true`,
      [BASE_POINTS, year, like, like, day, day, after === null, after?.[0] ?? 0, after?.[0] ?? 0, after?.[1] ?? '00000000-0000-0000-0000-000000000000', first + 1],
    );
    const found = rows.filter((row) => row.balance !== null);
    const ranked = found.map(({ totalCount: _total, balance, rank, villageRank, townshipRank, ...columns }) => ({
      representative: this.em.map(VillageRepresentative, columns),
      balance: Number(balance),
      rank,
      villageRank,
      townshipRank,
    }));
    return keysetPage(ranked, rows[0]?.totalCount ?? 0, first, after !== null, (row) => [row.balance, row.representative.id]);
  }
}

@Injectable()
export class RepresentativePointChangeRepository extends RegionScopedRepository<RepresentativePointChange> {
  constructor(em: EntityManager) {
    super(em, RepresentativePointChange, 'Representative point change');
  }

  /** Each (representative, year)'s balance in one statement: the base plus that year's changes. */
  async balances(scope: RegionScope, keys: readonly { representativeId: string; year: number }[]): Promise<Map<string, number>> {
    if (!keys.length) return new Map();
    const rows = await this.em.execute<{ id: string; year: number; balance: number }[]>(
      `select k.id, k.year, (?::int + coalesce(sum(c.points), 0))::int as balance
       from json_to_recordset(?::json) as k(id uuid, year int)
       left join representative_point_change c on c.representative_id = k.id and c.year = k.year and c.region_code like ?
       group by k.id, k.year`,
      [BASE_POINTS, JSON.stringify(keys.map((key) => ({ id: key.representativeId, year: key.year }))), scope.likePattern],
    );
    return new Map(rows.map((row) => [balanceKey(row.id, row.year), row.balance]));
  }
}

export const balanceKey = (representativeId: string, year: number) => `${representativeId}:${year}`;

@Injectable()
export class RepresentativeStatusChangeRepository extends RegionScopedRepository<RepresentativeStatusChange> {
  constructor(em: EntityManager) {
    super(em, RepresentativeStatusChange, 'Representative status change');
  }
}
