import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { weakVillageClosed, weakVillageDesignated, weakVillageRelapsed } from '@grassroots/contracts';
import { DomainError, isUuid, parseId, parseRegionCode, regionLevelOf, shanghaiDate } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { EventOutbox } from '@grassroots/subgraph';
import { RegionService } from '../region/region.service';
import { caseStateAfter, isOpenCase, type WeakOrganizationState } from './case-state.util';
import { type CaseTransition } from './case-transition.entity';
import { CaseTransitionRepository } from './case-transition.repository';
import { requireCaseReader, requireCountyDecider, requireTownshipWorker } from './rectification-access';
import { flushOrConflict } from './rectification-flush';
import { distinctChoices, notInFuture, optionalId, optionalText, requiredText } from './rectification-input.util';
import { RectificationItemRepository } from './rectification-item.repository';
import { CONTACT_LEVELS, type ContactLevel, WEAK_ORGANIZATION_REASONS, type WeakOrganizationReason } from './rectification.types';
import { WeakOrganizationCase } from './weak-organization-case.entity';
import { type WeakOrganizationCounts, WeakOrganizationCaseRepository } from './weak-organization-case.repository';

export type DesignateWeakOrganization = {
  regionCode: string;
  organizationId?: string | null;
  reasons: WeakOrganizationReason[];
  otherReason?: string | null;
  contactLevel: ContactLevel;
  contactLeaderName: string;
  contactLeaderPersonId?: string | null;
  designatedAt?: string | null;
};

export type WeakOrganizationCaseFilter = { within?: string | null; state?: WeakOrganizationState | null; contactLevel?: ContactLevel | null };

const alreadyOpen = (regionCode: string) =>
  new DomainError('CONFLICT', `village ${regionCode} already has an open weak-organization case: act on that case instead`, { regionCode });

/** Designation, the case's own steps (start, close-out, consolidation, relapse) and its reads. */
@Injectable()
export class WeakOrganizationCaseService {
  constructor(
    private readonly cases: WeakOrganizationCaseRepository,
    private readonly items: RectificationItemRepository,
    private readonly transitions: CaseTransitionRepository,
    private readonly regions: RegionService,
    private readonly outbox: EventOutbox,
    private readonly em: EntityManager,
  ) {}

  get(caller: Caller, id: string): Promise<WeakOrganizationCase> {
    requireCaseReader(caller);
    return this.cases.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  /** Batch read for entity references; unknown, malformed and out-of-scope ids are left out. */
  getMany(caller: Caller, ids: readonly string[]): Promise<WeakOrganizationCase[]> {
    requireCaseReader(caller);
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.cases.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /** Cases under `within` (default: the caller's scope), by village. */
  list(caller: Caller, filter: WeakOrganizationCaseFilter, page: PageRequest): Promise<Page<WeakOrganizationCase>> {
    requireCaseReader(caller);
    const scope = caller.scope.narrowTo(filter.within);
    const where: FilterQuery<WeakOrganizationCase> = {
      ...(filter.state ? { state: filter.state } : {}),
      ...(filter.contactLevel ? { contactLevel: filter.contactLevel } : {}),
    };
    return this.cases.page(scope, where, page, { regionCode: 'asc', id: 'asc' });
  }

  /** The case's ledger, oldest step first. */
  history(caller: Caller, caseId: string, page: PageRequest): Promise<Page<CaseTransition>> {
    requireCaseReader(caller);
    return this.transitions.page(caller.scope, { weakCase: parseId(caseId, 'caseId') }, page, { id: 'asc' });
  }

  counts(caller: Caller, within: string | null | undefined): Promise<WeakOrganizationCounts> {
    requireCaseReader(caller);
    return this.cases.counts(caller.scope.narrowTo(within));
  }

  /** Designates a village party organization weak 认定软弱涣散; publishes the designation. */
  async designate(caller: Caller, input: DesignateWeakOrganization, today = shanghaiDate()): Promise<WeakOrganizationCase> {
    requireCountyDecider(caller, 'Designating a weak village party organization');
    const regionCode = parseRegionCode(input.regionCode);
    if (regionLevelOf(regionCode) !== 'VILLAGE') {
      throw new DomainError('BAD_USER_INPUT', `regionCode ${regionCode} is not a village: designate a 12-digit village code`, { field: 'regionCode' });
    }
    caller.scope.assertCovers(regionCode, 'village');
    const reasons = distinctChoices(input.reasons, WEAK_ORGANIZATION_REASONS, 'reasons');
    const otherReason = optionalText(input.otherReason, 'otherReason', 200);
    if (reasons.includes('OTHER') !== (otherReason !== null)) {
      throw new DomainError('BAD_USER_INPUT', 'otherReason describes the reason OTHER 其他: give it exactly when reasons include OTHER', {
        field: 'otherReason',
      });
    }
    const contactLevel = distinctChoices([input.contactLevel], CONTACT_LEVELS, 'contactLevel')[0];
    const contactLeaderName = requiredText(input.contactLeaderName, 'contactLeaderName', 50);
    const contactLeaderPersonId = optionalId(input.contactLeaderPersonId, 'contactLeaderPersonId');
    const organizationId = optionalId(input.organizationId, 'organizationId');
    const designatedAt = notInFuture(input.designatedAt ?? today, 'designatedAt', today);
    await this.regions.get(caller, regionCode);

    const existing = await this.cases.findOne(caller.scope, { regionCode }, { orderBy: { createdAt: 'desc' } });
    if (existing && isOpenCase(existing.state)) {
      throw new DomainError('CONFLICT', `village ${regionCode} already has an open weak-organization case ${existing.id} (${existing.state})`, {
        caseId: existing.id,
      });
    }
    if (existing) {
      throw new DomainError(
        'CONFLICT',
        `village ${regionCode} has case ${existing.id}, closed out and now ${existing.state}: report a relapse on it (reportRelapse) to reopen it`,
        { caseId: existing.id },
      );
    }
    const weakCase = new WeakOrganizationCase(regionCode, reasons, contactLevel, contactLeaderName, designatedAt);
    Object.assign(weakCase, { organizationId, otherReason, contactLeaderPersonId });
    this.cases.add(caller.scope, weakCase);
    this.transitions.record(caller, weakCase, {
      action: 'DESIGNATE',
      from: null,
      to: 'DESIGNATED',
      note: otherReason ? `${reasons.join(', ')}: ${otherReason}` : reasons.join(', '),
    });
    this.outbox.stage(
      this.em,
      weakVillageDesignated.create(regionCode, { caseId: weakCase.id, regionCode, organizationId, reasons, designatedAt }),
    );
    await flushOrConflict(this.em, () => alreadyOpen(regionCode));
    return weakCase;
  }

  /** PLAN_APPROVED → RECTIFYING 整顿中. */
  startRectification(caller: Caller, id: string, note?: string | null): Promise<WeakOrganizationCase> {
    requireTownshipWorker(caller, 'Starting rectification');
    return this.step(caller, id, 'START_RECTIFICATION', note);
  }

  /** CLOSED → CONSOLIDATING 巩固提升. */
  startConsolidation(caller: Caller, id: string, note?: string | null): Promise<WeakOrganizationCase> {
    requireTownshipWorker(caller, 'Starting consolidation');
    return this.step(caller, id, 'START_CONSOLIDATION', note);
  }

  /** RECTIFYING → CLOSED 销号, only when every item of the plan in force is done; publishes the close-out. */
  async close(caller: Caller, id: string, note?: string | null, today = shanghaiDate()): Promise<WeakOrganizationCase> {
    requireCountyDecider(caller, 'Closing out a weak-organization case 销号');
    const text = optionalText(note, 'note', 1000);
    const weakCase = await this.get(caller, id);
    const to = caseStateAfter(weakCase.state, 'CLOSE');
    const items = await this.items.find(
      caller.scope,
      { plan: { weakCase: weakCase.id, round: weakCase.round } },
      { orderBy: { position: 'asc' } },
    );
    const open = items.filter((item) => item.doneAt === null);
    if (open.length) {
      const listed = open.map((item) => `item ${item.position} "${item.problem ?? ''}" (deadline ${item.deadline ?? 'none'})`);
      throw new DomainError('CONFLICT', `case ${weakCase.id} cannot be closed out 销号: ${open.length} item(s) are not done: ${listed.join('; ')}`, {
        openItems: open.map((item) => ({ itemId: item.id, position: item.position, problem: item.problem, deadline: item.deadline })),
      });
    }
    this.transitions.record(caller, weakCase, { action: 'CLOSE', from: weakCase.state, to, note: text });
    weakCase.state = to;
    weakCase.closedAt = today;
    this.outbox.stage(this.em, weakVillageClosed.create(weakCase.regionCode, { caseId: weakCase.id, regionCode: weakCase.regionCode, closedAt: today }));
    await flushOrConflict(this.em, () => alreadyOpen(weakCase.regionCode));
    return weakCase;
  }

  /** CLOSED or CONSOLIDATING → DESIGNATED 反复回潮: the case reopens and needs a new plan; publishes the relapse. */
  async reportRelapse(caller: Caller, id: string, reason: string, today = shanghaiDate()): Promise<WeakOrganizationCase> {
    requireCountyDecider(caller, 'Reporting a relapse 反复回潮');
    const text = requiredText(reason, 'reason', 1000);
    const weakCase = await this.get(caller, id);
    const to = caseStateAfter(weakCase.state, 'RELAPSE');
    this.transitions.record(caller, weakCase, { action: 'RELAPSE', from: weakCase.state, to, note: text });
    weakCase.state = to;
    weakCase.relapseCount += 1;
    weakCase.closedAt = null;
    this.outbox.stage(
      this.em,
      weakVillageRelapsed.create(weakCase.regionCode, { caseId: weakCase.id, regionCode: weakCase.regionCode, relapsedAt: today, reason: text }),
    );
    await flushOrConflict(this.em, () => alreadyOpen(weakCase.regionCode));
    return weakCase;
  }

  private async step(caller: Caller, id: string, command: 'START_RECTIFICATION' | 'START_CONSOLIDATION', note?: string | null) {
    const text = optionalText(note, 'note', 1000);
    const weakCase = await this.get(caller, id);
    const to = caseStateAfter(weakCase.state, command);
    this.transitions.record(caller, weakCase, { action: command, from: weakCase.state, to, note: text });
    weakCase.state = to;
    await flushOrConflict(this.em, () => alreadyOpen(weakCase.regionCode));
    return weakCase;
  }
}
