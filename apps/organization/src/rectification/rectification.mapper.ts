import { maskName } from '@grassroots/auth';
import { type CaseTransition } from './case-transition.entity';
import { type RectificationItem } from './rectification-item.entity';
import { type OverdueVillage } from './rectification-item.repository';
import { type RectificationPlan } from './rectification-plan.entity';
import { type RectificationProgressReport } from './rectification-progress-report.entity';
import { passedBy } from './representative-vote.util';
import {
  OverdueVillageObject,
  PlanItemObject,
  PlanObject,
  PlanReviewObject,
  ProgressReportObject,
  TransitionObject,
  WeakOrganizationCaseObject,
} from './rectification.objects';
import { type WeakOrganizationCase } from './weak-organization-case.entity';

/** How a reader sees names: analysts get them masked (DOMAIN §7). */
export type View = { masked: boolean; today: string };

const name = (value: string | null, view: View) => (view.masked ? maskName(value) : value);

export function toCaseObject(weakCase: WeakOrganizationCase, view: View): WeakOrganizationCaseObject {
  return Object.assign(new WeakOrganizationCaseObject(), {
    id: weakCase.id,
    regionCode: weakCase.regionCode,
    organizationId: weakCase.organizationId,
    reasons: weakCase.reasons,
    otherReason: weakCase.otherReason,
    contactLevel: weakCase.contactLevel,
    contactLeaderName: name(weakCase.contactLeaderName, view) ?? '',
    contactLeaderPersonId: weakCase.contactLeaderPersonId,
    state: weakCase.state,
    relapseCount: weakCase.relapseCount,
    round: weakCase.round,
    designatedAt: weakCase.designatedAt,
    closedAt: weakCase.closedAt,
  });
}

export function toPlanObject(plan: RectificationPlan): PlanObject {
  const held = plan.reviewHeldOn !== null && plan.representativeCount !== null && plan.attendance !== null && plan.votesFor !== null;
  return Object.assign(new PlanObject(), {
    id: plan.id,
    caseId: plan.weakCase.id,
    round: plan.round,
    state: plan.state,
    proposedAt: plan.proposedAt,
    proposedBy: plan.proposedBy,
    review: held
      ? Object.assign(new PlanReviewObject(), {
          heldOn: plan.reviewHeldOn,
          representativeCount: plan.representativeCount,
          attendance: plan.attendance,
          votesFor: plan.votesFor,
          passed: passedBy(plan.attendance ?? 0, plan.votesFor ?? 0),
          opinion: plan.reviewOpinion,
        })
      : null,
    remedies: plan.remedies,
    assessmentOpinion: plan.assessmentOpinion,
    approvedAt: plan.approvedAt,
    approvedBy: plan.approvedBy,
    returnReason: plan.returnReason,
    returnedAt: plan.returnedAt,
  });
}

export function toPlanItemObject(item: RectificationItem, view: View): PlanItemObject {
  return Object.assign(new PlanItemObject(), {
    id: item.id,
    planId: item.plan.id,
    position: item.position,
    problem: item.problem,
    measure: item.measure,
    responsiblePerson: name(item.responsiblePerson, view),
    responsiblePersonId: item.responsiblePersonId,
    deadline: item.deadline,
    returnedMissing: item.returnedMissing,
    doneAt: item.doneAt,
    overdue: item.doneAt === null && item.deadline !== null && item.deadline < view.today,
  });
}

export function toProgressReportObject(report: RectificationProgressReport): ProgressReportObject {
  return Object.assign(new ProgressReportObject(), {
    id: report.id,
    caseId: report.weakCase.id,
    week: report.week,
    weekStart: report.weekStart,
    text: report.text,
    completedItemIds: report.completedItemIds,
    reportedBy: report.reportedBy,
    reportedAt: report.reportedAt.toISOString(),
  });
}

export function toTransitionObject(row: CaseTransition, view: View): TransitionObject {
  return Object.assign(new TransitionObject(), {
    id: String(row.id),
    action: row.action,
    fromState: row.fromState,
    toState: row.toState,
    planId: row.plan?.id ?? null,
    planFromState: row.planFromState,
    planToState: row.planToState,
    itemId: row.itemId,
    actor: row.actor,
    actorName: name(row.actorName, view),
    at: row.at.toISOString(),
    note: row.note,
  });
}

export function toOverdueVillageObject(village: OverdueVillage): OverdueVillageObject {
  return Object.assign(new OverdueVillageObject(), village);
}
