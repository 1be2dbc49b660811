import { assertMentorChoice, assertMentorshipFollows } from './mentoring.rules';

describe(assertMentorChoice.name, () => {
  it('accepts a mentor cadre or a named mentor', () => {
    expect(() => assertMentorChoice({ menteeId: 'a', mentorCadreId: 'b', mentorName: null })).not.toThrow();
    expect(() => assertMentorChoice({ menteeId: 'a', mentorCadreId: null, mentorName: '镇党委副书记 王明' })).not.toThrow();
  });

  it.each([
    ['both', { menteeId: 'a', mentorCadreId: 'b', mentorName: '王明' }],
    ['neither', { menteeId: 'a', mentorCadreId: null, mentorName: null }],
    ['the mentee', { menteeId: 'a', mentorCadreId: 'a', mentorName: null }],
  ])('refuses %s with BAD_USER_INPUT', (_case, choice) => {
    expect(() => assertMentorChoice(choice)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe(assertMentorshipFollows.name, () => {
  it('allows a first mentorship and one starting later', () => {
    expect(() => assertMentorshipFollows(null, '2026-01-01')).not.toThrow();
    expect(() => assertMentorshipFollows({ since: '2025-01-01' }, '2026-01-01')).not.toThrow();
  });

  it('refuses one starting on or before the current one with CONFLICT', () => {
    expect(() => assertMentorshipFollows({ since: '2026-01-01' }, '2026-01-01')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});
