import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { RegionScopedRepository } from '@grassroots/persistence';
import { type CaseAction, type WeakOrganizationState } from './case-state.util';
import { CaseTransition } from './case-transition.entity';
import { type PlanState } from './plan-state.util';
import { type RectificationPlan } from './rectification-plan.entity';
import { type WeakOrganizationCase } from './weak-organization-case.entity';

export type TransitionRecord = {
  action: CaseAction;
  from: WeakOrganizationState | null;
  to: WeakOrganizationState;
  plan?: { plan: RectificationPlan; from: PlanState | null; to: PlanState };
  itemId?: string;
  note?: string | null;
};

@Injectable()
export class CaseTransitionRepository extends RegionScopedRepository<CaseTransition> {
  constructor(em: EntityManager) {
    super(em, CaseTransition, 'Case transition');
  }

  /** Stages a ledger row for `caller`'s step; the caller's flush writes it with the change. */
  record(caller: Caller, weakCase: WeakOrganizationCase, record: TransitionRecord): CaseTransition {
    const row = new CaseTransition(weakCase, record.action, record.from, record.to, caller.subject);
    row.actorName = caller.name?.slice(0, 50) ?? null;
    row.note = record.note ?? null;
    row.itemId = record.itemId ?? null;
    if (record.plan) {
      row.plan = record.plan.plan;
      row.planFromState = record.plan.from;
      row.planToState = record.plan.to;
    }
    return this.add(caller.scope, row);
  }
}
