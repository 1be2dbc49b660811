import {
  addYears,
  type BranchVote,
  checkApplicantAge,
  checkBranchVote,
  checkPipelineStep,
  earliestNextStepDate,
  isPipelineOverdue,
  nextPipelineStage,
  PIPELINE_STAGES,
  type PipelinePosition,
  type PipelineStage,
  type PipelineStep,
  pipelineDueDate,
} from './pipeline-stage.util';

const TODAY = '2026-11-25';
const SPONSORS = ['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002'];
const PASSING: BranchVote = { eligible: 20, present: 15, inFavour: 14, against: 1 };

// A valid step to `to` from the stage before it, entered long enough ago.
const stepTo = (to: PipelineStage, overrides: Partial<PipelineStep> = {}): PipelineStep => ({
  to,
  on: '2026-06-01',
  sponsorIds: ['CANDIDATE', 'PROBATIONARY', 'FULL'].includes(to) ? SPONSORS : [],
  vote: ['PROBATIONARY', 'FULL'].includes(to) ? PASSING : null,
  ...overrides,
});
const at = (stage: PipelineStage, enteredAt = '2024-01-10'): PipelinePosition => ({ stage, enteredAt });

describe(nextPipelineStage.name, () => {
  it('walks the five stages in order and ends at FULL', () => {
    expect(PIPELINE_STAGES.map(nextPipelineStage)).toEqual(['ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL', null]);
  });
});

describe(addYears.name, () => {
  it.each([
    ['2024-07-01', 1, '2025-07-01'],
    ['2024-02-29', 1, '2025-03-01'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2008-12-31', 18, '2026-12-31'],
  ])('%s + %d years → %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });
});

describe(checkPipelineStep.name, () => {
  it.each([
    ['APPLICANT', 'ACTIVIST'],
    ['ACTIVIST', 'CANDIDATE'],
    ['CANDIDATE', 'PROBATIONARY'],
    ['PROBATIONARY', 'FULL'],
  ] as [PipelineStage, PipelineStage][])('allows %s → %s', (from, to) => {
    expect(() => checkPipelineStep(at(from), stepTo(to), TODAY)).not.toThrow();
  });

  it('allows the only valid move for each stage, and no other (16 refused of 20)', () => {
    const allowed = PIPELINE_STAGES.flatMap((from) =>
      PIPELINE_STAGES.filter((to) => {
        try {
          checkPipelineStep(at(from), stepTo(to), TODAY);
          return true;
        } catch (error) {
          expect(error).toMatchObject({ code: 'CONFLICT' });
          return false;
        }
      }).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual(['APPLICANT→ACTIVIST', 'ACTIVIST→CANDIDATE', 'CANDIDATE→PROBATIONARY', 'PROBATIONARY→FULL']);
  });

  it.each([
    ['APPLICANT', 'CANDIDATE', 'the next stage is ACTIVIST'],
    ['ACTIVIST', 'PROBATIONARY', 'the next stage is CANDIDATE'],
    ['APPLICANT', 'FULL', 'cannot be skipped'],
    ['CANDIDATE', 'ACTIVIST', 'the next stage is PROBATIONARY'],
    ['FULL', 'FULL', 'completed the pipeline'],
  ] as [PipelineStage, PipelineStage, string][])('refuses %s → %s with CONFLICT', (from, to, reason) => {
    expect(() => checkPipelineStep(at(from), stepTo(to), TODAY)).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining(reason) }));
  });

  describe('minimum durations', () => {
    it('makes an activist wait one year before becoming a candidate', () => {
      const activist = at('ACTIVIST', '2025-09-01');
      expect(earliestNextStepDate(activist)).toBe('2026-09-01');
      expect(() => checkPipelineStep(activist, stepTo('CANDIDATE', { on: '2026-08-31' }), TODAY)).toThrow(
        expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('not before 2026-09-01') }),
      );
      expect(() => checkPipelineStep(activist, stepTo('CANDIDATE', { on: '2026-09-01' }), TODAY)).not.toThrow();
    });

    it('holds the full-membership vote only after one year of probation', () => {
      const probationary = at('PROBATIONARY', '2025-07-01');
      expect(() => checkPipelineStep(probationary, stepTo('FULL', { on: '2026-06-30' }), TODAY)).toThrow(
        expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('needs 1 year(s) as PROBATIONARY') }),
      );
      expect(() => checkPipelineStep(probationary, stepTo('FULL', { on: '2026-07-01' }), TODAY)).not.toThrow();
    });

    it('allows steps without a minimum on the same day, never before the current stage began', () => {
      expect(() => checkPipelineStep(at('APPLICANT', '2026-06-01'), stepTo('ACTIVIST', { on: '2026-06-01' }), TODAY)).not.toThrow();
      expect(() => checkPipelineStep(at('CANDIDATE', '2026-06-02'), stepTo('PROBATIONARY', { on: '2026-06-01' }), TODAY)).toThrow(
        expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('cannot precede') }),
      );
    });

    it('refuses a date in the future with BAD_USER_INPUT', () => {
      expect(() => checkPipelineStep(at('APPLICANT'), stepTo('ACTIVIST', { on: '2026-11-26' }), TODAY)).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('future') }),
      );
    });
  });

  describe('sponsors', () => {
    it.each([
      ['CANDIDATE with one sponsor', 'ACTIVIST', stepTo('CANDIDATE', { sponsorIds: [SPONSORS[0]] }), 'exactly two sponsors'],
      ['CANDIDATE with none', 'ACTIVIST', stepTo('CANDIDATE', { sponsorIds: [] }), 'exactly two sponsors'],
      ['FULL with three', 'PROBATIONARY', stepTo('FULL', { sponsorIds: [...SPONSORS, 'a0000000-0000-4000-8000-000000000003'] }), 'exactly two'],
      ['the same sponsor twice', 'CANDIDATE', stepTo('PROBATIONARY', { sponsorIds: [SPONSORS[0], SPONSORS[0]] }), 'same member twice'],
      ['three contacts for an activist', 'APPLICANT', stepTo('ACTIVIST', { sponsorIds: [...SPONSORS, 'a0000000-0000-4000-8000-000000000003'] }), 'at most two'],
    ] as [string, PipelineStage, PipelineStep, string][])('refuses %s with BAD_USER_INPUT', (_case, from, step, reason) => {
      expect(() => checkPipelineStep(at(from), step, TODAY)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining(reason) }));
    });

    it('lets an activist have up to two contacts 培养联系人', () => {
      expect(() => checkPipelineStep(at('APPLICANT'), stepTo('ACTIVIST', { sponsorIds: SPONSORS }), TODAY)).not.toThrow();
    });
  });

  describe('votes', () => {
    it.each(['PROBATIONARY', 'FULL'] as PipelineStage[])('refuses %s without a vote', (to) => {
      const from = to === 'FULL' ? 'PROBATIONARY' : 'CANDIDATE';
      expect(() => checkPipelineStep(at(from), stepTo(to, { vote: null }), TODAY)).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('vote') }),
      );
    });

    it('refuses a vote on a step the branch committee decides', () => {
      expect(() => checkPipelineStep(at('ACTIVIST'), stepTo('CANDIDATE', { vote: PASSING }), TODAY)).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('leave vote out') }),
      );
    });

    it('refuses a failed vote with CONFLICT', () => {
      expect(() => checkPipelineStep(at('CANDIDATE'), stepTo('PROBATIONARY', { vote: { eligible: 20, present: 15, inFavour: 10, against: 5 } }), TODAY)).toThrow(
        expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('did not pass') }),
      );
    });
  });
});

describe(checkBranchVote.name, () => {
  it.each([
    [{ eligible: 20, present: 11, inFavour: 11, against: 0 }],
    [{ eligible: 3, present: 2, inFavour: 2, against: 0 }],
    [{ eligible: 20, present: 20, inFavour: 11, against: 9 }],
  ])('passes %j', (vote) => {
    expect(() => checkBranchVote(vote)).not.toThrow();
  });

  it.each([
    ['no quorum', { eligible: 20, present: 10, inFavour: 10, against: 0 }, 'CONFLICT', 'no quorum'],
    ['exactly half in favour', { eligible: 20, present: 18, inFavour: 10, against: 8 }, 'CONFLICT', 'did not pass'],
    ['a majority of those present but not of the eligible', { eligible: 20, present: 11, inFavour: 9, against: 2 }, 'CONFLICT', 'did not pass'],
    ['more present than eligible', { eligible: 10, present: 11, inFavour: 11, against: 0 }, 'BAD_USER_INPUT', 'do not add up'],
    ['more votes than present', { eligible: 20, present: 12, inFavour: 10, against: 3 }, 'BAD_USER_INPUT', 'do not add up'],
    ['negative figures', { eligible: 20, present: 12, inFavour: -1, against: 0 }, 'BAD_USER_INPUT', 'whole numbers'],
    ['fractions', { eligible: 20, present: 12.5, inFavour: 11, against: 0 }, 'BAD_USER_INPUT', 'whole numbers'],
    ['nobody eligible', { eligible: 0, present: 0, inFavour: 0, against: 0 }, 'BAD_USER_INPUT', 'at least one eligible'],
  ] as [string, BranchVote, string, string][])('refuses %s', (_case, vote, code, reason) => {
    expect(() => checkBranchVote(vote)).toThrow(expect.objectContaining({ code, message: expect.stringContaining(reason) }));
  });
});

describe(checkApplicantAge.name, () => {
  it('accepts an applicant on their 18th birthday', () => {
    expect(() => checkApplicantAge('2008-03-12', '2026-03-12')).not.toThrow();
  });

  it('refuses an applicant the day before with BAD_USER_INPUT', () => {
    expect(() => checkApplicantAge('2008-03-12', '2026-03-11')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('not before 2026-03-12') }));
  });
});

describe(pipelineDueDate.name, () => {
  it('gives probation a one-year deadline and no other stage one', () => {
    expect(pipelineDueDate(at('PROBATIONARY', '2025-07-01'))).toBe('2026-07-01');
    expect(PIPELINE_STAGES.filter((stage) => pipelineDueDate(at(stage)) !== null)).toEqual(['PROBATIONARY']);
  });
});

describe(isPipelineOverdue.name, () => {
  it('is overdue only after the due date has passed', () => {
    expect(isPipelineOverdue(at('PROBATIONARY', '2025-11-25'), TODAY)).toBe(false);
    expect(isPipelineOverdue(at('PROBATIONARY', '2025-11-24'), TODAY)).toBe(true);
    expect(isPipelineOverdue(at('CANDIDATE', '2000-01-01'), TODAY)).toBe(false);
  });
});
