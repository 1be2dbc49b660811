import { assertPeriodMayEnd, assertPeriodMayStart, assertSetByHand, hasTypeOn } from './village-type.rules';

const VILLAGE = '421181111229';

describe(hasTypeOn.name, () => {
  it('covers the first day and stops on the until day', () => {
    const period = { since: '2024-03-01', until: '2025-03-01' };
    expect(hasTypeOn(period, '2024-03-01')).toBe(true);
    expect(hasTypeOn(period, '2025-02-28')).toBe(true);
    expect(hasTypeOn(period, '2025-03-01')).toBe(false);
    expect(hasTypeOn(period, '2024-02-29')).toBe(false);
    expect(hasTypeOn({ since: '2024-03-01', until: null }, '2030-01-01')).toBe(true);
  });
});

describe(assertSetByHand.name, () => {
  it('leaves WEAK_ORGANIZATION to organization’s cases with BAD_USER_INPUT', () => {
    expect(() => assertSetByHand('POVERTY_RELIEF')).not.toThrow();
    expect(() => assertSetByHand('WEAK_ORGANIZATION')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('weak-organization cases') }));
  });
});

describe(assertPeriodMayStart.name, () => {
  it('starts a first period, or one on or after the last one ended', () => {
    expect(() => assertPeriodMayStart([], '2024-01-01', VILLAGE, 'MODEL')).not.toThrow();
    expect(() => assertPeriodMayStart([{ since: '2020-01-01', until: '2024-01-01' }], '2024-01-01', VILLAGE, 'MODEL')).not.toThrow();
  });

  it('refuses a type the village has now, or a start inside an ended period, with CONFLICT', () => {
    expect(() => assertPeriodMayStart([{ since: '2020-01-01', until: null }], '2024-01-01', VILLAGE, 'MODEL')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('has been MODEL 示范村 since 2020-01-01') }),
    );
    expect(() => assertPeriodMayStart([{ since: '2020-01-01', until: '2024-01-01' }], '2023-06-01', VILLAGE, 'MODEL')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('until 2024-01-01') }),
    );
  });
});

describe(assertPeriodMayEnd.name, () => {
  it('refuses an end before the start with BAD_USER_INPUT', () => {
    expect(() => assertPeriodMayEnd({ since: '2024-01-01', until: null }, '2024-01-01')).not.toThrow();
    expect(() => assertPeriodMayEnd({ since: '2024-01-01', until: null }, '2023-12-31')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
