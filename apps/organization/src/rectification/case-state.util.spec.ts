import { DomainError } from '@grassroots/kernel';
import {
  CASE_COMMANDS,
  canApplyToCase,
  type CaseCommand,
  caseStateAfter,
  commandsFrom,
  isOpenCase,
  WEAK_ORGANIZATION_STATES,
  type WeakOrganizationState,
} from './case-state.util';

const ALLOWED: [WeakOrganizationState, CaseCommand, WeakOrganizationState][] = [
  ['DESIGNATED', 'SAVE_PLAN', 'DESIGNATED'],
  ['DESIGNATED', 'PROPOSE_PLAN', 'DESIGNATED'],
  ['DESIGNATED', 'REVIEW_PLAN', 'DESIGNATED'],
  ['DESIGNATED', 'RETURN_PLAN', 'DESIGNATED'],
  ['DESIGNATED', 'APPROVE_PLAN', 'PLAN_APPROVED'],
  ['PLAN_APPROVED', 'START_RECTIFICATION', 'RECTIFYING'],
  ['RECTIFYING', 'COMPLETE_ITEM', 'RECTIFYING'],
  ['RECTIFYING', 'REPORT_PROGRESS', 'RECTIFYING'],
  ['RECTIFYING', 'CLOSE', 'CLOSED'],
  ['CLOSED', 'START_CONSOLIDATION', 'CONSOLIDATING'],
  ['CLOSED', 'RELAPSE', 'DESIGNATED'],
  ['CONSOLIDATING', 'REPORT_PROGRESS', 'CONSOLIDATING'],
  ['CONSOLIDATING', 'RELAPSE', 'DESIGNATED'],
];

const REFUSED = WEAK_ORGANIZATION_STATES.flatMap((state) =>
  CASE_COMMANDS.filter((command) => !ALLOWED.some(([from, allowed]) => from === state && allowed === command)).map(
    (command) => [state, command] as [WeakOrganizationState, CaseCommand],
  ),
);

describe(caseStateAfter.name, () => {
  it.each(ALLOWED)('lets a %s case %s, ending %s', (from, command, to) => {
    expect(caseStateAfter(from, command)).toBe(to);
  });

  it.each(REFUSED)('refuses to let a %s case %s with CONFLICT', (from, command) => {
    expect(() => caseStateAfter(from, command)).toThrow(DomainError);
    expect(() => caseStateAfter(from, command)).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining(`that is ${from}`) }));
  });

  it('tells what a closed case still accepts when asked to skip ahead or go back', () => {
    expect(() => caseStateAfter('CLOSED', 'START_RECTIFICATION')).toThrow(/needs PLAN_APPROVED; a CLOSED case accepts only START_CONSOLIDATION, RELAPSE/);
    expect(() => caseStateAfter('CLOSED', 'CLOSE')).toThrow(/cannot be closed out/);
    expect(() => caseStateAfter('CLOSED', 'COMPLETE_ITEM')).toThrow(/needs RECTIFYING/);
  });

  it('refuses skipping steps: designation straight to rectifying or closed', () => {
    expect(() => caseStateAfter('DESIGNATED', 'START_RECTIFICATION')).toThrow(/needs PLAN_APPROVED/);
    expect(() => caseStateAfter('DESIGNATED', 'CLOSE')).toThrow(/needs RECTIFYING/);
    expect(() => caseStateAfter('PLAN_APPROVED', 'CLOSE')).toThrow(/needs RECTIFYING/);
  });

  it('refuses a relapse of a case that was never closed out', () => {
    for (const state of ['DESIGNATED', 'PLAN_APPROVED', 'RECTIFYING'] as const) {
      expect(() => caseStateAfter(state, 'RELAPSE')).toThrow(/needs CLOSED or CONSOLIDATING/);
    }
  });
});

describe(canApplyToCase.name, () => {
  it('allows exactly the moves of the lifecycle', () => {
    const allowed = WEAK_ORGANIZATION_STATES.flatMap((state) => CASE_COMMANDS.filter((command) => canApplyToCase(state, command)).map((command) => `${state}:${command}`));
    expect(allowed.sort()).toEqual(ALLOWED.map(([state, command]) => `${state}:${command}`).sort());
  });
});

describe(commandsFrom.name, () => {
  it('lists what each state accepts', () => {
    expect(commandsFrom('PLAN_APPROVED')).toEqual(['START_RECTIFICATION']);
    expect(commandsFrom('CONSOLIDATING')).toEqual(['REPORT_PROGRESS', 'RELAPSE']);
  });
});

describe(isOpenCase.name, () => {
  it('counts a case as open until it is closed out', () => {
    expect(WEAK_ORGANIZATION_STATES.filter(isOpenCase)).toEqual(['DESIGNATED', 'PLAN_APPROVED', 'RECTIFYING']);
  });
});
