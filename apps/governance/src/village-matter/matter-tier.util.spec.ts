import { DomainError } from '@grassroots/kernel';
import { amountRangeOf, MATTER_TIERS, matterTierOf, procedureOf } from './matter-tier.util';

const yuan = (amount: number) => amount * 100;

describe(matterTierOf.name, () => {
  it.each([
    [0, 'MINOR'],
    [yuan(2_000) - 1, 'MINOR'],
    [yuan(2_000), 'GENERAL'],
    [yuan(20_000) - 1, 'GENERAL'],
    [yuan(20_000), 'MAJOR'],
    [yuan(6_900_000_000), 'MAJOR'],
  ])('puts %p fen in %s', (amountFen, tier) => {
    expect(matterTierOf(amountFen)).toBe(tier);
  });

  it.each([-1, 0.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('refuses %p with BAD_USER_INPUT', (amountFen) => {
    expect(() => matterTierOf(amountFen)).toThrow(DomainError);
    expect(() => matterTierOf(amountFen)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe(procedureOf.name, () => {
  it('asks 四议两公开 of a major matter, in order', () => {
    expect(procedureOf('MAJOR')).toEqual(['PROPOSAL', 'DISCUSSION', 'REVIEW', 'RESOLUTION', 'RESOLUTION_PUBLIC', 'RESULT_PUBLIC']);
  });

  it('asks an enlarged two-committee meeting before and after of a general matter', () => {
    expect(procedureOf('GENERAL')).toEqual(['ENLARGED_MEETING_BEFORE', 'ENLARGED_MEETING_AFTER']);
  });

  it('asks two-committee confirmation of a minor matter', () => {
    expect(procedureOf('MINOR')).toEqual(['TWO_COMMITTEE_CONFIRMATION']);
  });

  it('returns a copy the caller may change', () => {
    procedureOf('MAJOR').pop();
    expect(procedureOf('MAJOR')).toHaveLength(6);
  });
});

describe(amountRangeOf.name, () => {
  it.each(MATTER_TIERS)('agrees with matterTierOf at the edges of %s', (tier) => {
    const { from, below } = amountRangeOf(tier);
    expect(matterTierOf(from)).toBe(tier);
    if (from > 0) expect(matterTierOf(from - 1)).not.toBe(tier);
    if (below !== null) {
      expect(matterTierOf(below - 1)).toBe(tier);
      expect(matterTierOf(below)).not.toBe(tier);
    }
  });
});
