import { assertQualifiedOn, type ReviewOutcome, reviewReasons } from './qualification.rules';

const review = (result: ReviewOutcome['result'], reviewedOn: string, recordedAt = `${reviewedOn}T08:00:00Z`): ReviewOutcome => ({
  result,
  reviewedOn,
  recordedAt: new Date(recordedAt),
});

describe(assertQualifiedOn.name, () => {
  it('accepts a passed review on or before the appointment', () => {
    expect(() => assertQualifiedOn([review('PASSED', '2021-09-01')], '2021-10-15')).not.toThrow();
    expect(() => assertQualifiedOn([review('PASSED', '2021-10-15')], '2021-10-15')).not.toThrow();
  });

  it('accepts a pass that follows an earlier failure', () => {
    expect(() => assertQualifiedOn([review('FAILED', '2021-08-01'), review('PASSED', '2021-09-01')], '2021-10-15')).not.toThrow();
  });

  it('refuses a cadre without any review with CONFLICT', () => {
    expect(() => assertQualifiedOn([], '2021-10-15')).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('no qualification review') }));
  });

  it('refuses when the only pass comes after the appointment date', () => {
    expect(() => assertQualifiedOn([review('PASSED', '2021-10-16')], '2021-10-15')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('refuses when a later review failed', () => {
    expect(() => assertQualifiedOn([review('PASSED', '2021-09-01'), review('FAILED', '2021-10-01')], '2021-10-15')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('FAILED') }),
    );
  });

  it('takes the review recorded last when two fall on the same day', () => {
    const passedThenFailed = [review('PASSED', '2021-09-01', '2021-09-01T08:00:00Z'), review('FAILED', '2021-09-01', '2021-09-01T09:00:00Z')];
    expect(() => assertQualifiedOn(passedThenFailed, '2021-10-15')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});

describe(reviewReasons.name, () => {
  it('trims and drops empty reasons', () => {
    expect(reviewReasons('PASSED', [' 群众认可 ', ''])).toEqual(['群众认可']);
  });

  it('refuses a FAILED review without a reason with BAD_USER_INPUT', () => {
    expect(() => reviewReasons('FAILED', ['  '])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('refuses more than ten reasons or an over-long reason', () => {
    expect(() => reviewReasons('FAILED', Array.from({ length: 11 }, (_, i) => `原因${i}`))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => reviewReasons('FAILED', ['长'.repeat(201)])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
