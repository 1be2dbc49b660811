import { DomainError } from '@grassroots/kernel';
import { PLAN_ITEM_PART_LABELS, type PlanItemPart } from './rectification.types';

// "三个不放过": a plan goes forward only when every item names the problem, a measure, the person
// responsible and a deadline, and no deadline falls before the day the plan is proposed.
export type PlanItemContent = {
  id?: string;
  position: number;
  problem: string | null;
  measure: string | null;
  responsiblePerson: string | null;
  deadline: string | null;
};

export type PlanItemGap = {
  position: number;
  itemId: string | null;
  missing: PlanItemPart[];
  /** Set when the deadline is there but before the proposal date. */
  deadlineBefore: string | null;
};

const blank = (value: string | null) => value === null || value.trim() === '';

/** What each item lacks, in item order; an empty list means the items are complete. */
export function planItemGaps(items: readonly PlanItemContent[], proposedOn: string): PlanItemGap[] {
  const gaps: PlanItemGap[] = [];
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    const missing: PlanItemPart[] = [];
    if (blank(item.problem)) missing.push('PROBLEM');
    if (blank(item.measure)) missing.push('MEASURE');
    if (blank(item.responsiblePerson)) missing.push('RESPONSIBLE_PERSON');
    if (item.deadline === null) missing.push('DEADLINE');
    const early = item.deadline !== null && item.deadline < proposedOn;
    if (early) missing.push('DEADLINE');
    if (missing.length) gaps.push({ position: item.position, itemId: item.id ?? null, missing, deadlineBefore: early ? proposedOn : null });
  }
  return gaps;
}

export function describeGap(gap: PlanItemGap): string {
  const absent = gap.missing.filter((part) => part !== 'DEADLINE' || gap.deadlineBefore === null).map((part) => PLAN_ITEM_PART_LABELS[part]);
  const parts = absent.length ? [`lacks ${absent.join(', ')}`] : [];
  if (gap.deadlineBefore) parts.push(`has a deadline before the proposal date ${gap.deadlineBefore}`);
  return `item ${gap.position} ${parts.join(' and ')}`;
}

/** BAD_USER_INPUT listing, per item, what is missing; `extensions.gaps` carries the same list. */
export function assertPlanComplete(items: readonly PlanItemContent[], proposedOn: string, action: string): void {
  if (items.length === 0) {
    throw new DomainError('BAD_USER_INPUT', `${action}: the plan has no items; add each problem with its measure, responsible person and deadline`, {
      gaps: [],
    });
  }
  const gaps = planItemGaps(items, proposedOn);
  if (gaps.length === 0) return;
  throw new DomainError(
    'BAD_USER_INPUT',
    `${action}: ${gaps.map(describeGap).join('; ')}. Every item needs a problem, a measure, a responsible person and a deadline no earlier than ${proposedOn} (三个不放过)`,
    { gaps },
  );
}
