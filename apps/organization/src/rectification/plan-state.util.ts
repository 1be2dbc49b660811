import { DomainError } from '@grassroots/kernel';

// The three-step approval of a one-village-one-plan 一村一策 (DOMAIN §1): DRAFT 草拟 → PROPOSED 乡镇党委提出
// → REVIEWED 村民代表审议 → APPROVED 县委组织部审定. A plan voted down by the representatives, or
// sent back by the county, is RETURNED 退回 and goes back to DRAFT when corrected.
export type PlanState = 'DRAFT' | 'PROPOSED' | 'REVIEWED' | 'APPROVED' | 'RETURNED';

export const PLAN_STATES: readonly PlanState[] = ['DRAFT', 'PROPOSED', 'REVIEWED', 'APPROVED', 'RETURNED'];

export type PlanCommand = 'SAVE' | 'PROPOSE' | 'PASS_REVIEW' | 'FAIL_REVIEW' | 'APPROVE' | 'RETURN';

type Rule = { from: readonly PlanState[]; to: PlanState; what: string };

const RULES: Readonly<Record<PlanCommand, Rule>> = {
  SAVE: { from: ['DRAFT', 'RETURNED'], to: 'DRAFT', what: 'be edited' },
  PROPOSE: { from: ['DRAFT'], to: 'PROPOSED', what: 'be proposed by the township committee' },
  PASS_REVIEW: { from: ['PROPOSED'], to: 'REVIEWED', what: "pass the villagers' representatives' review" },
  FAIL_REVIEW: { from: ['PROPOSED'], to: 'RETURNED', what: "be voted down by the villagers' representatives" },
  APPROVE: { from: ['REVIEWED'], to: 'APPROVED', what: 'be approved by the county organization department' },
  RETURN: { from: ['PROPOSED', 'REVIEWED'], to: 'RETURNED', what: 'be returned' },
};

export const PLAN_COMMANDS = Object.keys(RULES) as PlanCommand[];

const NOW: Readonly<Record<PlanState, string>> = {
  DRAFT: 'it is a draft: save it and propose it',
  PROPOSED: "it awaits the villagers' representatives' review (or a return)",
  REVIEWED: 'it awaits the county organization department (approve or return)',
  APPROVED: 'it is approved and can no longer change',
  RETURNED: 'it was returned: save a correction, which makes it a draft again',
};

export function canApplyToPlan(state: PlanState, command: PlanCommand): boolean {
  return RULES[command].from.includes(state);
}

/** The plan state after `command`, or CONFLICT naming the state it needs and what the plan awaits. */
export function planStateAfter(state: PlanState, command: PlanCommand): PlanState {
  const rule = RULES[command];
  if (rule.from.includes(state)) return rule.to;
  throw new DomainError('CONFLICT', `a rectification plan that is ${state} cannot ${rule.what} (that needs ${rule.from.join(' or ')}): ${NOW[state]}`, {
    planState: state,
    command,
    allowedFrom: rule.from,
  });
}
