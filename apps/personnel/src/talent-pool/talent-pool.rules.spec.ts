import { assertTalentMayEnd, assertTalentRegionLevel, talentWriterRoles } from './talent-pool.rules';

describe(talentWriterRoles.name, () => {
  it('keeps the reserve pool to cadre work and opens the others to civil affairs', () => {
    expect(talentWriterRoles('RESERVE')).toEqual(['organization-dept', 'township-officer']);
    expect(talentWriterRoles('RURAL_ELITE')).toContain('civil-affairs');
    expect(talentWriterRoles('VOLUNTEER')).toContain('civil-affairs');
  });
});

describe(assertTalentRegionLevel.name, () => {
  it.each(['421181111', '421181111229', '421181111229003'])('accepts %s', (code) => {
    expect(() => assertTalentRegionLevel(code)).not.toThrow();
  });

  it.each(['421181', '4211'])('refuses %s with BAD_USER_INPUT', (code) => {
    expect(() => assertTalentRegionLevel(code)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe(assertTalentMayEnd.name, () => {
  const open = { since: '2024-01-01', until: null };

  it('ends an open record on or after its start', () => {
    expect(() => assertTalentMayEnd(open, '2024-01-01', '2026-11-25')).not.toThrow();
  });

  it('refuses an ended record with CONFLICT', () => {
    expect(() => assertTalentMayEnd({ ...open, until: '2025-01-01' }, '2025-06-01', '2026-11-25')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it.each([
    ['before the start', '2023-12-31'],
    ['in the future', '2026-11-26'],
  ])('refuses an end %s with BAD_USER_INPUT', (_case, until) => {
    expect(() => assertTalentMayEnd(open, until, '2026-11-25')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
