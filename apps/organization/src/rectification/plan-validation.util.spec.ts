import { assertPlanComplete, type PlanItemContent, planItemGaps } from './plan-validation.util';

const PROPOSED_ON = '2026-11-25';
const complete = (position: number, overrides: Partial<PlanItemContent> = {}): PlanItemContent => ({
  id: `item-${position}`,
  position,
  problem: '书记长期空缺',
  measure: '从本村致富能手中选配书记',
  responsiblePerson: '王明',
  deadline: '2027-03-31',
  ...overrides,
});

describe(planItemGaps.name, () => {
  it('finds nothing missing in complete items', () => {
    expect(planItemGaps([complete(1), complete(2)], PROPOSED_ON)).toEqual([]);
  });

  it('lists per item, in order, each missing part; blank text counts as missing', () => {
    const gaps = planItemGaps([complete(2, { measure: '  ', deadline: null }), complete(1, { problem: null, responsiblePerson: '' })], PROPOSED_ON);
    expect(gaps).toEqual([
      { position: 1, itemId: 'item-1', missing: ['PROBLEM', 'RESPONSIBLE_PERSON'], deadlineBefore: null },
      { position: 2, itemId: 'item-2', missing: ['MEASURE', 'DEADLINE'], deadlineBefore: null },
    ]);
  });

  it('treats a deadline before the proposal date as missing, and accepts the proposal date itself', () => {
    expect(planItemGaps([complete(1, { deadline: '2026-11-24' })], PROPOSED_ON)).toEqual([
      { position: 1, itemId: 'item-1', missing: ['DEADLINE'], deadlineBefore: PROPOSED_ON },
    ]);
    expect(planItemGaps([complete(1, { deadline: PROPOSED_ON })], PROPOSED_ON)).toEqual([]);
  });
});

describe(assertPlanComplete.name, () => {
  it('passes a complete plan', () => {
    expect(() => assertPlanComplete([complete(1)], PROPOSED_ON, 'proposing')).not.toThrow();
  });

  it('refuses a plan without items', () => {
    expect(() => assertPlanComplete([], PROPOSED_ON, 'proposing')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('no items') }));
  });

  it('refuses with the missing parts of every item in the message and the details', () => {
    const items = [complete(1, { measure: null }), complete(2, { deadline: '2026-01-01', responsiblePerson: null })];
    expect(() => assertPlanComplete(items, PROPOSED_ON, 'proposing')).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(
          /item 1 lacks measure 整改措施; item 2 lacks responsible person 整改责任人 and has a deadline before the proposal date 2026-11-25/,
        ),
        details: {
          gaps: [
            { position: 1, itemId: 'item-1', missing: ['MEASURE'], deadlineBefore: null },
            { position: 2, itemId: 'item-2', missing: ['RESPONSIBLE_PERSON', 'DEADLINE'], deadlineBefore: PROPOSED_ON },
          ],
        },
      }),
    );
  });
});
