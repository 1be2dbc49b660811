import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { parseId, parseRegionCode, requiredText, shanghaiDate } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { requireRole } from '@grassroots/subgraph';
import { pageOfList } from './keyset-cursor.util';
import { POINT_ITEMS, type PointItem } from './point-items';
import { RepresentativePointChange } from './representative-point-change.entity';
import {
  balanceKey,
  type RankedRepresentative,
  RepresentativePointChangeRepository,
  VillageRepresentativeRepository,
} from './representative.repository';
import { assertMayReceivePoints, assertPointDate, BASE_POINTS, pointsYear, rankingDay, resolvePointChange } from './representative-points.util';
import { REPRESENTATIVE_WRITERS } from './representative.service';

export type RecordPoints = { representativeId: string; itemCode: string; points?: number | null; reason: string; occurredOn: string };

@Injectable()
export class RepresentativePointsService {
  constructor(
    private readonly representatives: VillageRepresentativeRepository,
    private readonly changes: RepresentativePointChangeRepository,
    private readonly em: EntityManager,
  ) {}

  /** The 8 deductions and 4 bonuses, deductions first. */
  items(page: PageRequest): Page<PointItem> {
    return pageOfList(POINT_ITEMS, page, (item) => item.code);
  }

  /** Records one deduction or bonus of a serving representative, with the reason and who recorded it. */
  async record(caller: Caller, input: RecordPoints, today = shanghaiDate()): Promise<RepresentativePointChange> {
    requireRole(caller, 'Recording representative points', ...REPRESENTATIVE_WRITERS);
    const id = parseId(input.representativeId, 'representativeId');
    const { item, points } = resolvePointChange(input);
    const reason = requiredText(input.reason, 'reason', 200);
    return this.em.transactional(async () => {
      // Locked so a replacement or resignation committing meanwhile cannot slip in between.
      const representative = await this.representatives.lockWritableOrFail(caller.scope, { id }, input.representativeId);
      assertMayReceivePoints(representative.status, representative.name);
      assertPointDate(input.occurredOn, representative.electedAt, today);
      return this.changes.add(caller.scope, new RepresentativePointChange(representative, item.code, points, reason, input.occurredOn, caller.subject));
    });
  }

  /** Balances of (representative, year) pairs, for a DataLoader: one statement. */
  async balances(caller: Caller, keys: readonly { representativeId: string; year: number }[]): Promise<number[]> {
    const found = await this.changes.balances(caller.scope, keys);
    return keys.map((key) => found.get(balanceKey(key.representativeId, key.year)) ?? BASE_POINTS);
  }

  /** The year asked about (this year by default), checked. */
  year(year: number | null | undefined, today = shanghaiDate()): number {
    return pointsYear(year, today);
  }

  /** One representative's changes in a year, latest first. */
  history(caller: Caller, representativeId: string, year: number, page: PageRequest): Promise<Page<RepresentativePointChange>> {
    return this.changes.page(caller.scope, { representative: representativeId, year }, page, { occurredOn: 'desc', id: 'desc' });
  }

  /** The ranking of representatives serving at the end of `year` (today in the current year) under `within`. */
  ranking(
    caller: Caller,
    within: string | null | undefined,
    year: number | null | undefined,
    page: PageRequest,
    today = shanghaiDate(),
  ): Promise<Page<RankedRepresentative>> {
    const scope = within ? caller.scope.narrowTo(parseRegionCode(within, 'within')) : caller.scope;
    const asked = pointsYear(year, today);
    return this.representatives.ranking(scope, asked, rankingDay(asked, today), page);
  }
}
