import { assertBranchOfVillageFacts, branchOfVillageProblem, type KnownOrganizationFacts } from './branch-directory.rules';

const VILLAGE = '421181111229';
const ID = '6f1c2a70-5a3e-4c1b-9a55-0d7c1e2f3a4b';
const branch: KnownOrganizationFacts = { id: ID, kind: 'BRANCH', regionCode: VILLAGE, name: '中共堰头垸村支部委员会', dissolvedAt: null };

describe(branchOfVillageProblem.name, () => {
  it('accepts an active branch of the village', () => {
    expect(branchOfVillageProblem(ID, VILLAGE, branch, false)).toBeNull();
  });

  it('says an unknown id may be too new, and a known one elsewhere is not of this village', () => {
    expect(branchOfVillageProblem(ID, VILLAGE, null, false)).toMatch(/is not known to personnel yet: organization publishes new branches within seconds; retry, or check the id/);
    expect(branchOfVillageProblem(ID, VILLAGE, null, true)).toMatch(`branch ${ID} is not a branch of village ${VILLAGE}`);
  });

  it('refuses a committee, a general branch or a party group, naming the kind', () => {
    expect(branchOfVillageProblem(ID, VILLAGE, { ...branch, kind: 'COMMITTEE' }, false)).toMatch(/is a COMMITTEE 党委, not a branch 党支部/);
    expect(branchOfVillageProblem(ID, VILLAGE, { ...branch, kind: 'GENERAL_BRANCH' }, false)).toMatch(/GENERAL_BRANCH 党总支/);
    expect(branchOfVillageProblem(ID, VILLAGE, { ...branch, kind: 'GROUP', regionCode: `${VILLAGE}001` }, false)).toMatch(/GROUP 党小组/);
  });

  it('refuses a branch of one of the village’s groups: the branch must sit in the village itself', () => {
    expect(branchOfVillageProblem(ID, VILLAGE, { ...branch, regionCode: `${VILLAGE}001` }, false)).toMatch(`is a branch of ${VILLAGE}001, not of village ${VILLAGE}`);
  });

  it('refuses a dissolved branch with its date', () => {
    expect(branchOfVillageProblem(ID, VILLAGE, { ...branch, dissolvedAt: '2025-06-30' }, false)).toMatch(/is dissolved \(since 2025-06-30\)/);
  });
});

describe(assertBranchOfVillageFacts.name, () => {
  it('throws BAD_USER_INPUT naming the field', () => {
    expect(() => assertBranchOfVillageFacts(ID, VILLAGE, null, false, 'toBranchId')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field: 'toBranchId' }) }),
    );
    expect(() => assertBranchOfVillageFacts(ID, VILLAGE, branch, false)).not.toThrow();
  });
});
