import { DomainError } from '@grassroots/kernel';

// The lifecycle of a weak-organization case (DOMAIN §1): DESIGNATED 已认定 → PLAN_APPROVED 方案已批准 →
// RECTIFYING 整顿中 → CLOSED 已销号 → CONSOLIDATING 巩固提升; a relapse 反复回潮 from CLOSED or
// CONSOLIDATING reopens the case at DESIGNATED, where it needs a new plan.
export type WeakOrganizationState = 'DESIGNATED' | 'PLAN_APPROVED' | 'RECTIFYING' | 'CLOSED' | 'CONSOLIDATING';

export const WEAK_ORGANIZATION_STATES: readonly WeakOrganizationState[] = ['DESIGNATED', 'PLAN_APPROVED', 'RECTIFYING', 'CLOSED', 'CONSOLIDATING'];

/** What is done to a case; each is written to the case's transition log. */
export type CaseAction =
  | 'DESIGNATE'
  | 'SAVE_PLAN'
  | 'PROPOSE_PLAN'
  | 'REVIEW_PLAN'
  | 'RETURN_PLAN'
  | 'APPROVE_PLAN'
  | 'START_RECTIFICATION'
  | 'COMPLETE_ITEM'
  | 'CLOSE'
  | 'START_CONSOLIDATION'
  | 'RELAPSE';

export const CASE_ACTIONS: readonly CaseAction[] = [
  'DESIGNATE',
  'SAVE_PLAN',
  'PROPOSE_PLAN',
  'REVIEW_PLAN',
  'RETURN_PLAN',
  'APPROVE_PLAN',
  'START_RECTIFICATION',
  'COMPLETE_ITEM',
  'CLOSE',
  'START_CONSOLIDATION',
  'RELAPSE',
];

/** Acting on an existing case: every action but designation, plus weekly reports (not logged). */
export type CaseCommand = Exclude<CaseAction, 'DESIGNATE'> | 'REPORT_PROGRESS';

type Rule = { from: readonly WeakOrganizationState[]; to: WeakOrganizationState | null; what: string };

// `to: null` keeps the state: the command is allowed only in `from`.
const RULES: Readonly<Record<CaseCommand, Rule>> = {
  SAVE_PLAN: { from: ['DESIGNATED'], to: null, what: 'edit its rectification plan' },
  PROPOSE_PLAN: { from: ['DESIGNATED'], to: null, what: 'propose its plan' },
  REVIEW_PLAN: { from: ['DESIGNATED'], to: null, what: "record the representatives' review of its plan" },
  RETURN_PLAN: { from: ['DESIGNATED'], to: null, what: 'return its plan' },
  APPROVE_PLAN: { from: ['DESIGNATED'], to: 'PLAN_APPROVED', what: 'approve its plan' },
  START_RECTIFICATION: { from: ['PLAN_APPROVED'], to: 'RECTIFYING', what: 'start rectification' },
  COMPLETE_ITEM: { from: ['RECTIFYING'], to: null, what: 'mark a plan item done' },
  REPORT_PROGRESS: { from: ['RECTIFYING', 'CONSOLIDATING'], to: null, what: 'take a weekly progress report' },
  CLOSE: { from: ['RECTIFYING'], to: 'CLOSED', what: 'be closed out 销号' },
  START_CONSOLIDATION: { from: ['CLOSED'], to: 'CONSOLIDATING', what: 'start consolidation 巩固提升' },
  RELAPSE: { from: ['CLOSED', 'CONSOLIDATING'], to: 'DESIGNATED', what: 'relapse 反复回潮' },
};

export const CASE_COMMANDS = Object.keys(RULES) as CaseCommand[];

/** Cases not yet closed out 销号: a village has at most one. */
export function isOpenCase(state: WeakOrganizationState): boolean {
  return state === 'DESIGNATED' || state === 'PLAN_APPROVED' || state === 'RECTIFYING';
}

export function canApplyToCase(state: WeakOrganizationState, command: CaseCommand): boolean {
  return RULES[command].from.includes(state);
}

/** The commands a case in `state` accepts, in lifecycle order. */
export function commandsFrom(state: WeakOrganizationState): CaseCommand[] {
  return CASE_COMMANDS.filter((command) => canApplyToCase(state, command));
}

/** The state after `command`, or CONFLICT saying which state the command needs and what applies now. */
export function caseStateAfter(state: WeakOrganizationState, command: CaseCommand): WeakOrganizationState {
  const rule = RULES[command];
  if (rule.from.includes(state)) return rule.to ?? state;
  throw new DomainError(
    'CONFLICT',
    `a weak-organization case that is ${state} cannot ${rule.what}: that needs ${rule.from.join(' or ')}` +
      `; a ${state} case accepts only ${commandsFrom(state).join(', ')}`,
    { state, command, allowedFrom: rule.from },
  );
}
