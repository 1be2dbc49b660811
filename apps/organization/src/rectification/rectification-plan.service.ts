import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { DomainError, parseId, shanghaiDate } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { caseStateAfter } from './case-state.util';
import { CaseTransitionRepository } from './case-transition.repository';
import { planStateAfter } from './plan-state.util';
import { assertPlanComplete, describeGap } from './plan-validation.util';
import { requireCaseReader, requireCountyDecider, requireTownshipWorker } from './rectification-access';
import { flushOrConflict } from './rectification-flush';
import { distinctChoices, notInFuture, optionalId, optionalText, requiredText } from './rectification-input.util';
import { RectificationItem } from './rectification-item.entity';
import { RectificationItemRepository } from './rectification-item.repository';
import { RectificationPlan } from './rectification-plan.entity';
import { RectificationPlanRepository } from './rectification-plan.repository';
import { representativesPass } from './representative-vote.util';
import { EIGHT_REMEDIES, type EightRemedy, PLAN_ITEM_PARTS, type PlanItemPart } from './rectification.types';
import { type WeakOrganizationCase } from './weak-organization-case.entity';
import { WeakOrganizationCaseRepository } from './weak-organization-case.repository';

export type PlanItemInput = {
  problem?: string | null;
  measure?: string | null;
  responsiblePerson?: string | null;
  responsiblePersonId?: string | null;
  deadline?: string | null;
};

export type RepresentativeReviewInput = { heldOn: string; representativeCount: number; attendance: number; votesFor: number; opinion?: string | null };
export type PlanAssessmentInput = { remedies: EightRemedy[]; opinion?: string | null };
export type PlanReturnInput = { reason: string; items?: { itemId: string; missing: PlanItemPart[] }[] | null };

export const MAX_PLAN_ITEMS = 50;

const planChanged = () => new DomainError('CONFLICT', 'the plan changed while you were acting on it: reload it and try again');

/** The one-village-one-plan 一村一策 and its three-step approval. */
@Injectable()
export class RectificationPlanService {
  constructor(
    private readonly cases: WeakOrganizationCaseRepository,
    private readonly plans: RectificationPlanRepository,
    private readonly items: RectificationItemRepository,
    private readonly transitions: CaseTransitionRepository,
    private readonly em: EntityManager,
  ) {}

  /** A plan with its case loaded. */
  async get(caller: Caller, id: string): Promise<RectificationPlan> {
    requireCaseReader(caller);
    const plan = await this.plans.findOneOrFail(caller.scope, { id: parseId(id) }, id);
    await this.cases.findOneOrFail(caller.scope, { id: plan.weakCase.id }, plan.weakCase.id);
    return plan;
  }

  /** The plan in force of each case (its current round), for a batch of cases. */
  async currentPlans(caller: Caller, cases: readonly { id: string; round: number }[]): Promise<RectificationPlan[]> {
    requireCaseReader(caller);
    if (cases.length === 0) return [];
    const plans = await this.plans.find(caller.scope, { $or: cases.map(({ id, round }) => ({ weakCase: id, round })) });
    return plans;
  }

  /** Every plan of a case, latest round first. */
  plansOf(caller: Caller, caseId: string, page: PageRequest): Promise<Page<RectificationPlan>> {
    requireCaseReader(caller);
    return this.plans.page(caller.scope, { weakCase: parseId(caseId, 'caseId') }, page, { round: 'desc', id: 'asc' });
  }

  itemsOf(caller: Caller, planId: string, page: PageRequest): Promise<Page<RectificationItem>> {
    requireCaseReader(caller);
    return this.items.page(caller.scope, { plan: parseId(planId, 'planId') }, page, { position: 'asc', id: 'asc' });
  }

  /**
   * Writes the items of the case's plan in force, creating the plan as a draft the first time;
   * a returned plan becomes a draft again. Items may be incomplete until the plan is proposed.
   */
  async save(caller: Caller, caseId: string, input: readonly PlanItemInput[]): Promise<RectificationPlan> {
    requireTownshipWorker(caller, 'Editing a rectification plan');
    if (input.length > MAX_PLAN_ITEMS) {
      throw new DomainError('BAD_USER_INPUT', `a plan has at most ${MAX_PLAN_ITEMS} items, got ${input.length}`, { field: 'items' });
    }
    const contents = input.map((item, index) => ({
      problem: optionalText(item.problem, `items[${index}].problem`, 500),
      measure: optionalText(item.measure, `items[${index}].measure`, 1000),
      responsiblePerson: optionalText(item.responsiblePerson, `items[${index}].responsiblePerson`, 50),
      responsiblePersonId: optionalId(item.responsiblePersonId, `items[${index}].responsiblePersonId`),
      deadline: item.deadline ?? null,
    }));
    const weakCase = await this.cases.findOneOrFail(caller.scope, { id: parseId(caseId, 'caseId') }, caseId);
    caseStateAfter(weakCase.state, 'SAVE_PLAN');
    let plan = await this.plans.findOne(caller.scope, { weakCase: weakCase.id, round: weakCase.round });
    if (plan) {
      const to = planStateAfter(plan.state, 'SAVE');
      if (plan.state !== to) this.record(caller, weakCase, plan, 'SAVE_PLAN', to, 'corrected after return');
      plan.state = to;
      // Touching the plan makes two simultaneous saves conflict instead of merging their items.
      plan.updatedAt = new Date();
      for (const old of await this.items.find(caller.scope, { plan: plan.id })) this.items.remove(caller.scope, old);
    } else {
      plan = this.plans.add(caller.scope, new RectificationPlan(weakCase, weakCase.round));
      this.record(caller, weakCase, plan, 'SAVE_PLAN', 'DRAFT', null, null);
    }
    contents.forEach((content, index) => this.items.add(caller.scope, Object.assign(new RectificationItem(plan, index + 1), content)));
    await flushOrConflict(this.em, planChanged);
    return plan;
  }

  /** Step 1, the township committee proposes 乡镇党委提出: every item complete, no deadline before today. */
  async propose(caller: Caller, planId: string, today = shanghaiDate()): Promise<RectificationPlan> {
    requireTownshipWorker(caller, 'Proposing a rectification plan');
    const plan = await this.get(caller, planId);
    caseStateAfter(plan.weakCase.state, 'PROPOSE_PLAN');
    const to = planStateAfter(plan.state, 'PROPOSE');
    assertPlanComplete(await this.currentItems(caller, plan), today, `plan ${plan.id} cannot be proposed`);
    this.record(caller, plan.weakCase, plan, 'PROPOSE_PLAN', to, null);
    Object.assign(plan, { state: to, proposedAt: today, proposedBy: caller.subject });
    await flushOrConflict(this.em, planChanged);
    return plan;
  }

  /**
   * Step 2, the villagers' representatives' meeting 村民代表会议审议: passes with a majority of those
   * attending (two thirds quorum), otherwise the plan is returned.
   */
  async review(caller: Caller, planId: string, input: RepresentativeReviewInput, today = shanghaiDate()): Promise<RectificationPlan> {
    requireTownshipWorker(caller, "Recording the villagers' representatives' review");
    const plan = await this.get(caller, planId);
    caseStateAfter(plan.weakCase.state, 'REVIEW_PLAN');
    planStateAfter(plan.state, 'PASS_REVIEW');
    const passed = representativesPass(input);
    const heldOn = notInFuture(input.heldOn, 'heldOn', today);
    if (plan.proposedAt && heldOn < plan.proposedAt) {
      throw new DomainError('BAD_USER_INPUT', `heldOn ${heldOn} is before the plan was proposed on ${plan.proposedAt}`, { field: 'heldOn' });
    }
    const opinion = optionalText(input.opinion, 'opinion', 1000);
    const to = planStateAfter(plan.state, passed ? 'PASS_REVIEW' : 'FAIL_REVIEW');
    const tally = `${input.votesFor} of ${input.attendance} attending (${input.representativeCount} representatives) in favour`;
    Object.assign(plan, {
      reviewHeldOn: heldOn,
      representativeCount: input.representativeCount,
      attendance: input.attendance,
      votesFor: input.votesFor,
      reviewOpinion: opinion,
    });
    if (!passed) {
      plan.returnReason = `村民代表会议未通过 (the villagers' representatives did not pass the plan: ${tally})${opinion ? `: ${opinion}` : ''}`;
      plan.returnedAt = today;
    }
    this.record(caller, plan.weakCase, plan, 'REVIEW_PLAN', to, `${passed ? 'passed' : 'not passed'}: ${tally}${opinion ? `; ${opinion}` : ''}`);
    plan.state = to;
    await flushOrConflict(this.em, planChanged);
    return plan;
  }

  /** Step 3, the county organization department assesses against the eight remedies 八治 and signs off. */
  async approve(caller: Caller, planId: string, input: PlanAssessmentInput, today = shanghaiDate()): Promise<RectificationPlan> {
    requireCountyDecider(caller, 'Approving a rectification plan');
    const remedies = distinctChoices(input.remedies, EIGHT_REMEDIES, 'remedies');
    const opinion = optionalText(input.opinion, 'opinion', 1000);
    const plan = await this.get(caller, planId);
    const weakCase = plan.weakCase;
    const caseTo = caseStateAfter(weakCase.state, 'APPROVE_PLAN');
    const to = planStateAfter(plan.state, 'APPROVE');
    assertPlanComplete(await this.currentItems(caller, plan), plan.proposedAt ?? today, `plan ${plan.id} cannot be approved`);
    this.transitions.record(caller, weakCase, {
      action: 'APPROVE_PLAN',
      from: weakCase.state,
      to: caseTo,
      plan: { plan, from: plan.state, to },
      note: `八治: ${remedies.join(', ')}${opinion ? `; ${opinion}` : ''}`,
    });
    Object.assign(plan, { state: to, remedies, assessmentOpinion: opinion, approvedAt: today, approvedBy: caller.subject });
    weakCase.state = caseTo;
    await flushOrConflict(this.em, planChanged);
    return plan;
  }

  /** Sends a plan under review back 退回 with the reason and, per item, what is missing ("三个不放过"). */
  async return(caller: Caller, planId: string, input: PlanReturnInput, today = shanghaiDate()): Promise<RectificationPlan> {
    requireCountyDecider(caller, 'Returning a rectification plan');
    const reason = requiredText(input.reason, 'reason', 1000);
    const plan = await this.get(caller, planId);
    caseStateAfter(plan.weakCase.state, 'RETURN_PLAN');
    const to = planStateAfter(plan.state, 'RETURN');
    const items = await this.currentItems(caller, plan);
    const marks = new Map<string, PlanItemPart[]>();
    for (const [index, mark] of (input.items ?? []).entries()) {
      const itemId = parseId(mark.itemId, `items[${index}].itemId`);
      if (!items.some((item) => item.id === itemId)) {
        throw new DomainError('BAD_USER_INPUT', `items[${index}].itemId ${itemId} is not an item of plan ${plan.id}`, { field: `items[${index}].itemId` });
      }
      if (marks.has(itemId)) throw new DomainError('BAD_USER_INPUT', `item ${itemId} is listed twice`, { field: `items[${index}].itemId` });
      marks.set(itemId, distinctChoices(mark.missing, PLAN_ITEM_PARTS, `items[${index}].missing`));
    }
    for (const item of items) item.returnedMissing = marks.get(item.id) ?? [];
    const gaps = items
      .filter((item) => item.returnedMissing.length)
      .map((item) => describeGap({ position: item.position, itemId: item.id, missing: item.returnedMissing, deadlineBefore: null }));
    this.record(caller, plan.weakCase, plan, 'RETURN_PLAN', to, gaps.length ? `${reason}; ${gaps.join('; ')}` : reason);
    Object.assign(plan, { state: to, returnReason: reason, returnedAt: today });
    await flushOrConflict(this.em, planChanged);
    return plan;
  }

  private currentItems(caller: Caller, plan: RectificationPlan): Promise<RectificationItem[]> {
    return this.items.find(caller.scope, { plan: plan.id }, { orderBy: { position: 'asc' } });
  }

  // A plan step leaves the case state as it is; approval, which moves both, records itself.
  private record(
    caller: Caller,
    weakCase: WeakOrganizationCase,
    plan: RectificationPlan,
    action: 'SAVE_PLAN' | 'PROPOSE_PLAN' | 'REVIEW_PLAN' | 'RETURN_PLAN',
    to: RectificationPlan['state'],
    note: string | null,
    from: RectificationPlan['state'] | null = plan.state,
  ): void {
    this.transitions.record(caller, weakCase, { action, from: weakCase.state, to: weakCase.state, plan: { plan, from, to }, note });
  }
}
