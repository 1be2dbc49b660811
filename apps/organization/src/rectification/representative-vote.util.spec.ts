import { passedBy, representativesPass } from './representative-vote.util';

describe(representativesPass.name, () => {
  it.each([
    [30, 20, 11, true],
    [30, 20, 10, false],
    [30, 30, 16, true],
    [30, 30, 15, false],
    [3, 2, 2, true],
  ])('with %i representatives, %i attending and %i for: passed %p', (representativeCount, attendance, votesFor, passed) => {
    expect(representativesPass({ representativeCount, attendance, votesFor })).toBe(passed);
  });

  it('refuses a meeting below the two-thirds quorum', () => {
    expect(() => representativesPass({ representativeCount: 30, attendance: 19, votesFor: 19 })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('at least 20 (two thirds)') }),
    );
  });

  it.each([
    [{ representativeCount: 0, attendance: 0, votesFor: 0 }, /representativeCount/],
    [{ representativeCount: 30, attendance: 31, votesFor: 20 }, /attendance/],
    [{ representativeCount: 30, attendance: 25, votesFor: 26 }, /votesFor/],
    [{ representativeCount: 30, attendance: 25, votesFor: -1 }, /votesFor/],
    [{ representativeCount: 30.5, attendance: 25, votesFor: 20 }, /representativeCount/],
  ])('refuses impossible figures %p', (vote, message) => {
    expect(() => representativesPass(vote)).toThrow(message);
  });
});

describe(passedBy.name, () => {
  it('needs more than half of those attending; a tie fails', () => {
    expect(passedBy(20, 11)).toBe(true);
    expect(passedBy(20, 10)).toBe(false);
  });
});
