import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { DomainError, notInFuture, shanghaiDate } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { type HouseholdLink } from './household-link.entity';
import { type HouseholdLinkSummary, HouseholdLinkRepository, LinkPersonRepository, type PersonUnderQuota } from './household-link.repository';
import { visitMonthOf } from './household-visit.util';
import { villageScope } from './household.service';

const EMPTY = { households: 0, linkedHouseholds: 0, activeLinks: 0, visitsThisMonth: 0 };

// What township and county staff follow: the gaps in coverage, quotas and monthly visits.
@Injectable()
export class HouseholdLinkReportService {
  constructor(
    private readonly links: HouseholdLinkRepository,
    private readonly people: LinkPersonRepository,
  ) {}

  /**
   * Everyone of a village who should link households today (serving two-committee members,
   * in-village party members, serving representatives, grid workers who have linked) whose
   * active links are below the quota of their role, largest gap first.
   */
  peopleUnderQuota(caller: Caller, village: string, page: PageRequest, today = shanghaiDate()): Promise<Page<PersonUnderQuota>> {
    return this.people.underQuota(villageScope(caller, village), today, page);
  }

  /** Links active on `asOf` (default today) with no visit recorded in its month. */
  linksWithoutVisit(
    caller: Caller,
    within: string | null | undefined,
    asOf: string | null | undefined,
    page: PageRequest,
    today = shanghaiDate(),
  ): Promise<Page<HouseholdLink>> {
    const scope = caller.scope.narrowTo(within);
    const day = notInFuture(asOf ?? today, today, 'asOf');
    return this.links.withoutVisit(scope, day, visitMonthOf(day), page);
  }

  /**
   * Figures for each region, for a DataLoader: counted within the caller's scope (an ancestor
   * of the scope counts only the scope), FORBIDDEN for a region beside it.
   */
  async summaries(caller: Caller, codes: readonly string[], asOf: string, today = shanghaiDate()): Promise<(HouseholdLinkSummary | Error)[]> {
    const month = visitMonthOf(notInFuture(asOf, today, 'asOf'));
    const visible = codes.filter((code) => caller.scope.covers(code) || caller.scope.isAncestorOfRoot(code));
    const found = new Map((visible.length ? await this.links.summaries(caller.scope, visible, month) : []).map((row) => [row.code, row]));
    return codes.map(
      (code) =>
        found.get(code) ??
        (visible.includes(code)
          ? { code, ...EMPTY }
          : new DomainError('FORBIDDEN', `region ${code} is outside your region scope ${caller.scope.root}`, { regionCode: code })),
    );
  }
}
