import { canApplyToPlan, PLAN_COMMANDS, PLAN_STATES, type PlanCommand, type PlanState, planStateAfter } from './plan-state.util';

const ALLOWED: [PlanState, PlanCommand, PlanState][] = [
  ['DRAFT', 'SAVE', 'DRAFT'],
  ['RETURNED', 'SAVE', 'DRAFT'],
  ['DRAFT', 'PROPOSE', 'PROPOSED'],
  ['PROPOSED', 'PASS_REVIEW', 'REVIEWED'],
  ['PROPOSED', 'FAIL_REVIEW', 'RETURNED'],
  ['PROPOSED', 'RETURN', 'RETURNED'],
  ['REVIEWED', 'RETURN', 'RETURNED'],
  ['REVIEWED', 'APPROVE', 'APPROVED'],
];

const REFUSED = PLAN_STATES.flatMap((state) =>
  PLAN_COMMANDS.filter((command) => !ALLOWED.some(([from, allowed]) => from === state && allowed === command)).map(
    (command) => [state, command] as [PlanState, PlanCommand],
  ),
);

describe(planStateAfter.name, () => {
  it.each(ALLOWED)('moves a %s plan on %s to %s', (from, command, to) => {
    expect(planStateAfter(from, command)).toBe(to);
  });

  it.each(REFUSED)('refuses a %s plan %s with CONFLICT', (from, command) => {
    expect(() => planStateAfter(from, command)).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining(`that is ${from}`) }));
  });

  it('refuses skipping the representatives: a proposed plan cannot be approved', () => {
    expect(() => planStateAfter('PROPOSED', 'APPROVE')).toThrow(/needs REVIEWED\): it awaits the villagers' representatives' review/);
  });

  it('refuses proposing a returned plan until it is corrected', () => {
    expect(() => planStateAfter('RETURNED', 'PROPOSE')).toThrow(/save a correction/);
  });

  it('refuses any change to an approved plan', () => {
    for (const command of PLAN_COMMANDS) expect(() => planStateAfter('APPROVED', command)).toThrow(/approved and can no longer change/);
  });
});

describe(canApplyToPlan.name, () => {
  it('allows exactly the steps of the three-step approval', () => {
    const allowed = PLAN_STATES.flatMap((state) => PLAN_COMMANDS.filter((command) => canApplyToPlan(state, command)).map((command) => `${state}:${command}`));
    expect(allowed.sort()).toEqual(ALLOWED.map(([state, command]) => `${state}:${command}`).sort());
  });
});
