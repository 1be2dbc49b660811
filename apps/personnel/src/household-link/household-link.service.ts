import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { isUuid, notInFuture, optionalText, parseId, shanghaiDate } from '@grassroots/kernel';
import { conflictOnDuplicate, type Page, type PageRequest } from '@grassroots/persistence';
import { requireRole } from '@grassroots/subgraph';
import { HouseholdLink } from './household-link.entity';
import { HouseholdLinkRepository, HouseholdRepository, HouseholdVisitRepository, LinkPersonRepository } from './household-link.repository';
import { assertFirstVisitOfMonth, assertVisitDate, visitMonthOf } from './household-visit.util';
import { HouseholdVisit } from './household-visit.entity';
import { LINK_WRITERS } from './household.service';
import { LinkCandidateService } from './link-candidate.service';
import { parsePersonRef, type PersonRefInput } from './link-eligibility.util';
import { assertLinkEnd, assertNotLinkedYet, assertWithinQuota } from './link-quota.util';

export type LinkHousehold = { person: PersonRefInput; householdId: string; linkedAt?: string | null };
export type EndHouseholdLink = { endedOn?: string | null; reason?: string | null };
export type RecordHouseholdVisit = { linkId: string; visitedOn: string; note?: string | null };
export type LinkFilter = { within?: string | null; personId?: string | null; includeEnded?: boolean | null };

@Injectable()
export class HouseholdLinkService {
  constructor(
    private readonly links: HouseholdLinkRepository,
    private readonly people: LinkPersonRepository,
    private readonly households: HouseholdRepository,
    private readonly visits: HouseholdVisitRepository,
    private readonly candidates: LinkCandidateService,
    private readonly em: EntityManager,
  ) {}

  get(caller: Caller, id: string): Promise<HouseholdLink> {
    return this.links.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  getMany(caller: Caller, ids: readonly string[]): Promise<HouseholdLink[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.links.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /** Links under `within` (default: the caller's scope), of one person if given; active ones unless ended ones are asked for. */
  list(caller: Caller, filter: LinkFilter, page: PageRequest): Promise<Page<HouseholdLink>> {
    const scope = caller.scope.narrowTo(filter.within);
    const where = {
      ...(filter.personId ? { person: parseId(filter.personId, 'personId') } : {}),
      ...(filter.includeEnded ? {} : { endedAt: null }),
    };
    return this.links.page(scope, where, page, { regionCode: 'asc', linkedAt: 'desc', id: 'asc' });
  }

  /** One link's visits, latest first. */
  visitsOf(caller: Caller, linkId: string, page: PageRequest): Promise<Page<HouseholdVisit>> {
    return this.visits.page(caller.scope, { link: linkId }, page, { visitedOn: 'desc', id: 'desc' });
  }

  /**
   * Links a person to a household within the quota of the highest role their records give on
   * the link date. The person's row is locked first, so concurrent links of one person are
   * counted one after another; a unique index keeps a person from linking one household twice.
   */
  async link(caller: Caller, input: LinkHousehold, today = shanghaiDate()): Promise<HouseholdLink> {
    requireRole(caller, 'Linking a household', ...LINK_WRITERS);
    const ref = parsePersonRef(input.person);
    const householdId = parseId(input.householdId, 'householdId');
    const linkedAt = notInFuture(input.linkedAt ?? today, today, 'linkedAt');
    return conflictOnDuplicate(
      () =>
        this.em.transactional(async () => {
          const household = await this.households.findWritableOrFail(caller.scope, { id: householdId }, input.householdId);
          const candidate = await this.candidates.resolve(caller, household, ref, linkedAt);
          const person = await this.people.lockOrCreate(caller.scope, candidate);
          const linked = await this.links.activeHouseholdsOf(person.id);
          assertNotLinkedYet(linked.includes(household.id), person.name, household.id);
          assertWithinQuota(person.linkRole, linked.length, person.name);
          return this.links.add(caller.scope, new HouseholdLink(person, household, linkedAt, caller.subject));
        }),
      () => `the person already links household ${householdId}: a person links a household once`,
    );
  }

  /** Ends an active link; the row stays with who ended it, when and why. */
  async end(caller: Caller, id: string, input: EndHouseholdLink, today = shanghaiDate()): Promise<HouseholdLink> {
    requireRole(caller, 'Ending a household link', ...LINK_WRITERS);
    const linkId = parseId(id);
    const reason = optionalText(input.reason, 'reason', 200);
    const endedOn = input.endedOn ?? today;
    return this.em.transactional(async () => {
      const link = await this.links.lockWritableOrFail(caller.scope, { id: linkId }, id);
      assertLinkEnd(link, endedOn, today);
      link.endedAt = endedOn;
      link.endedBy = caller.subject;
      link.endReason = reason;
      return link;
    });
  }

  /** Records the month's visit of a linked household; a second visit in one month is CONFLICT. */
  async recordVisit(caller: Caller, input: RecordHouseholdVisit, today = shanghaiDate()): Promise<HouseholdVisit> {
    requireRole(caller, 'Recording a household visit', ...LINK_WRITERS);
    const linkId = parseId(input.linkId, 'linkId');
    const note = optionalText(input.note, 'note', 500);
    const month = visitMonthOf(input.visitedOn);
    return conflictOnDuplicate(
      () =>
        this.em.transactional(async () => {
          const link = await this.links.findWritableOrFail(caller.scope, { id: linkId }, input.linkId);
          assertVisitDate(input.visitedOn, link, today);
          assertFirstVisitOfMonth(await this.visits.findOne(caller.scope, { link, visitMonth: month }), month);
          return this.visits.add(caller.scope, new HouseholdVisit(link, input.visitedOn, note, caller.subject));
        }),
      () => `this link was visited in ${month} at the same time: one visit per link is recorded per month`,
    );
  }
}
