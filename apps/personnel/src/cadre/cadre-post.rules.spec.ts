import {
  assertOfAgeOn,
  assertPostMayEnd,
  assertPostVacant,
  holdsBothPosts,
  isTermOverdue,
  type PostHolding,
  servedDuring,
  termFromElection,
  termOfAppointment,
} from './cadre-post.rules';

const holding = (cadreId: string, post: PostHolding['post'], leftAt: string | null = null): PostHolding => ({
  cadreId,
  post,
  termStart: '2021-10-15',
  leftAt,
});

describe(termFromElection.name, () => {
  it('runs five years from the election', () => {
    expect(termFromElection('2021-10-15')).toEqual({ termStart: '2021-10-15', termEnd: '2026-10-15' });
  });
});

describe(termOfAppointment.name, () => {
  it('gives a general election 换届 five years, whatever the village holds', () => {
    expect(termOfAppointment('GENERAL_ELECTION', '2026-10-20', ['2026-10-15'])).toEqual({ termStart: '2026-10-20', termEnd: '2031-10-20' });
    expect(termOfAppointment('GENERAL_ELECTION', '2024-03-01', [])).toEqual({ termStart: '2024-03-01', termEnd: '2029-03-01' });
  });

  it('ends a by-election 补选 with the village’s current term: the latest end of its active posts', () => {
    expect(termOfAppointment('BY_ELECTION', '2024-03-01', ['2026-10-15', '2026-10-20', '2026-10-15'])).toEqual({
      termStart: '2024-03-01',
      termEnd: '2026-10-20',
    });
  });

  it('gives a by-election five years in a village with no active post', () => {
    expect(termOfAppointment('BY_ELECTION', '2024-03-01', [])).toEqual({ termStart: '2024-03-01', termEnd: '2029-03-01' });
  });

  it.each([
    ['on the day the term ends', '2026-10-15'],
    ['after the term ended (换届 overdue)', '2026-11-01'],
  ])('refuses a by-election %s with CONFLICT', (_case, electedOn) => {
    expect(() => termOfAppointment('BY_ELECTION', electedOn, ['2026-10-15'])).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('GENERAL_ELECTION') }),
    );
  });
});

describe(isTermOverdue.name, () => {
  it('is true for an active post after its term end', () => {
    expect(isTermOverdue({ termEnd: '2026-10-15', leftAt: null }, '2026-10-16')).toBe(true);
  });

  it.each([
    ['on the term end itself', { termEnd: '2026-10-15', leftAt: null }],
    ['within the term', { termEnd: '2031-10-15', leftAt: null }],
    ['for an ended post', { termEnd: '2026-10-15', leftAt: '2026-10-15' }],
  ])('is false %s', (_case, holding) => {
    expect(isTermOverdue(holding, '2026-10-15')).toBe(false);
  });
});

describe(holdsBothPosts.name, () => {
  it('is true with an active secretary and an active committee-chair post', () => {
    expect(holdsBothPosts([holding('a', 'SECRETARY'), holding('a', 'COMMITTEE_CHAIR')])).toBe(true);
  });

  it.each([
    ['only the secretary post', [holding('a', 'SECRETARY')]],
    ['the chair post ended', [holding('a', 'SECRETARY'), holding('a', 'COMMITTEE_CHAIR', '2024-01-01')]],
    ['the secretary post ended', [holding('a', 'SECRETARY', '2024-01-01'), holding('a', 'COMMITTEE_CHAIR')]],
    ['a deputy and a chair', [holding('a', 'DEPUTY_SECRETARY'), holding('a', 'COMMITTEE_CHAIR')]],
    ['no posts', []],
  ])('is false with %s', (_case, posts) => {
    expect(holdsBothPosts(posts)).toBe(false);
  });
});

describe(assertPostVacant.name, () => {
  it('allows a secretary where the last one has left', () => {
    expect(() => assertPostVacant('SECRETARY', 'b', [holding('a', 'SECRETARY', '2024-01-01')])).not.toThrow();
  });

  it('allows several committee members and deputies', () => {
    expect(() => assertPostVacant('COMMITTEE_MEMBER', 'c', [holding('a', 'COMMITTEE_MEMBER'), holding('b', 'COMMITTEE_MEMBER')])).not.toThrow();
    expect(() => assertPostVacant('DEPUTY_SECRETARY', 'c', [holding('a', 'DEPUTY_SECRETARY')])).not.toThrow();
  });

  it('allows the secretary to become committee chair too (一肩挑)', () => {
    expect(() => assertPostVacant('COMMITTEE_CHAIR', 'a', [holding('a', 'SECRETARY')])).not.toThrow();
  });

  it.each(['SECRETARY', 'COMMITTEE_CHAIR'] as const)('refuses a second active %s with CONFLICT', (post) => {
    expect(() => assertPostVacant(post, 'b', [holding('a', post)])).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('already has an active') }),
    );
  });

  it('refuses the same post twice for one cadre with CONFLICT', () => {
    expect(() => assertPostVacant('COMMITTEE_MEMBER', 'a', [holding('a', 'COMMITTEE_MEMBER')])).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('already holds') }),
    );
  });
});

describe(assertOfAgeOn.name, () => {
  it('accepts a cadre on the 18th birthday', () => {
    expect(() => assertOfAgeOn('2003-05-01', '2021-05-01', 'electedOn')).not.toThrow();
  });

  it('refuses a cadre of 17 with BAD_USER_INPUT', () => {
    expect(() => assertOfAgeOn('2003-05-02', '2021-05-01', 'electedOn')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe(assertPostMayEnd.name, () => {
  const active = { post: 'SECRETARY' as const, termStart: '2021-10-15', leftAt: null };

  it('allows an end within the term, up to today', () => {
    expect(() => assertPostMayEnd(active, '2021-10-15', '2026-11-25')).not.toThrow();
    expect(() => assertPostMayEnd(active, '2026-11-25', '2026-11-25')).not.toThrow();
  });

  it('refuses a post that already ended with CONFLICT', () => {
    expect(() => assertPostMayEnd({ ...active, leftAt: '2024-01-01' }, '2024-02-01', '2026-11-25')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('already ended') }),
    );
  });

  it.each([
    ['before the term', '2021-10-14', /before the term/],
    ['in the future', '2026-11-26', /future/],
  ])('refuses an end %s with BAD_USER_INPUT', (_case, leftAt, message) => {
    expect(() => assertPostMayEnd(active, leftAt, '2026-11-25')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) }));
  });
});

describe(servedDuring.name, () => {
  it('sees a post overlapping the period', () => {
    expect(servedDuring([{ termStart: '2021-10-15', leftAt: null }], '2026-01-01', '2026-07-01')).toBe(true);
    expect(servedDuring([{ termStart: '2021-10-15', leftAt: '2026-01-01' }], '2026-01-01', '2026-07-01')).toBe(true);
  });

  it('does not see a post that ended before or began after the period', () => {
    expect(servedDuring([{ termStart: '2021-10-15', leftAt: '2025-12-31' }], '2026-01-01', '2026-07-01')).toBe(false);
    expect(servedDuring([{ termStart: '2026-07-01', leftAt: null }], '2026-01-01', '2026-07-01')).toBe(false);
  });
});
