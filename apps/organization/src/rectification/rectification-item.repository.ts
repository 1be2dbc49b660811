import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { DomainError, isRegionCode, pageSizeOf, type RegionScope } from '@grassroots/kernel';
import { assertCursor, type Page, type PageRequest, RegionScopedRepository } from '@grassroots/persistence';
import { RectificationItem } from './rectification-item.entity';
import { type ContactLevel } from './rectification.types';

/** A village whose case has open plan items past their deadline. */
export type OverdueVillage = {
  regionCode: string;
  caseId: string;
  contactLevel: ContactLevel;
  overdueItemCount: number;
  earliestDeadline: string;
};

type OverdueRow = { totalCount: number } & { [K in keyof OverdueVillage]: OverdueVillage[K] | null };

// Keyset cursor over (earliest deadline, village code), in the base64url JSON-array form of every list.
const encodeCursor = (village: OverdueVillage) => Buffer.from(JSON.stringify([village.earliestDeadline, village.regionCode])).toString('base64url');

function decodeCursor(after: string | null | undefined): [string, string] | null {
  const cursor = assertCursor(after);
  if (cursor === undefined) return null;
  const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (Array.isArray(decoded) && decoded.length === 2 && /^\d{4}-\d{2}-\d{2}$/.test(String(decoded[0])) && isRegionCode(String(decoded[1]))) {
    return [String(decoded[0]), String(decoded[1])];
  }
  throw new DomainError('BAD_USER_INPUT', `after "${after}" is not a cursor from this list: pass a pageInfo.endCursor`, { field: 'after' });
}

@Injectable()
export class RectificationItemRepository extends RegionScopedRepository<RectificationItem> {
  constructor(em: EntityManager) {
    super(em, RectificationItem, 'Rectification item');
  }

  /**
   * Villages with open items of their approved plan in force past the deadline on `asOf`, most
   * overdue first: one SQL statement, grouped by village, with the total for the whole list.
   */
  async overdueVillages(scope: RegionScope, asOf: string, request: PageRequest): Promise<Page<OverdueVillage>> {
    const first = pageSizeOf(request.first);
    const after = decodeCursor(request.after);
    const like = scope.likePattern;
    const rows = await this.em.execute<OverdueRow[]>(
      `with overdue as (
         select c.region_code, c.id as case_id, c.contact_level,
                count(*)::int as overdue_item_count, min(i.deadline) as earliest_deadline
         from rectification_item i
         join rectification_plan p on p.id = i.plan_id
         join weak_organization_case c on c.id = p.case_id
         where i.region_code like ? and p.region_code like ? and c.region_code like ?
           and i.done_at is null and i.deadline < ?::date
           and p.state = 'APPROVED' and p.round = c.relapse_count + 1
           and c.state in ('PLAN_APPROVED', 'RECTIFYING')
         group by c.region_code, c.id, c.contact_level
       )
       select (select count(*)::int from overdue) as "totalCount", page.*
       from (select 1) as one
       left join lateral (
         select region_code as "regionCode", case_id as "caseId", contact_level as "contactLevel",
                overdue_item_count as "overdueItemCount", to_char(earliest_deadline, 'YYYY-MM-DD') as "earliestDeadline"
         from overdue
         where ?::boolean or (earliest_deadline, region_code) > (?::date, ?::varchar)
         order by earliest_deadline, region_code
         limit ?
       ) as page on true`,
      [like, like, like, asOf, after === null, after?.[0] ?? '1970-01-01', after?.[1] ?? '', first + 1],
    );
    const totalCount = rows[0]?.totalCount ?? 0;
    const found = rows.filter((row): row is OverdueRow & OverdueVillage => row.regionCode !== null);
    const items = found.slice(0, first).map(({ regionCode, caseId, contactLevel, overdueItemCount, earliestDeadline }) => ({
      regionCode,
      caseId,
      contactLevel,
      overdueItemCount,
      earliestDeadline,
    }));
    return {
      items,
      cursors: items.map(encodeCursor),
      totalCount,
      hasNextPage: found.length > first,
      hasPreviousPage: after !== null,
    };
  }
}
