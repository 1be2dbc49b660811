import {
  assertNoCycle,
  kindForForm,
  memberRegionsProblem,
  type Placed,
  placementProblem,
  type RegionFacts,
  regionProblem,
  residentUnitsProblem,
} from './party-organization-hierarchy.util';

const TOWNSHIP = '421181111'; // 黄土岗镇
const VILLAGE = '421181111229'; // 堰头垸村
const OTHER_VILLAGE = '421181111201'; // 严家畈村
const VILLAGE_GROUP = '421181111229001';
const STREET = '421181002'; // 鼓楼街道
const COMMUNITY = '421181002001'; // 鼓楼社区

const org = (kind: Placed['kind'], form: Placed['form'], regionCode: string, memberRegionCodes?: string[]): Placed => ({
  kind,
  form,
  regionCode,
  memberRegionCodes,
});
const region = (code: string, level: RegionFacts['level'], name: string, settlement: RegionFacts['settlement'] = null): RegionFacts => ({
  code,
  level,
  name,
  settlement,
});

describe(kindForForm.name, () => {
  it('gives a special form its own rank and takes the given one for STANDARD', () => {
    expect(kindForForm('GRID_BRANCH', null)).toBe('BRANCH');
    expect(kindForForm('CENTRAL_HOUSEHOLD', 'GROUP')).toBe('GROUP');
    expect(kindForForm('STANDARD', 'GENERAL_BRANCH')).toBe('GENERAL_BRANCH');
  });

  it('refuses a rank that contradicts the form, and STANDARD without a rank', () => {
    expect(() => kindForForm('COMMUNITY_BIG_COMMITTEE', 'BRANCH')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('is a COMMITTEE 党委, not a BRANCH 党支部') }),
    );
    expect(() => kindForForm('STANDARD', undefined)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('kind is required') }));
  });
});

describe(regionProblem.name, () => {
  it('accepts each form in its own kind of region', () => {
    expect(regionProblem('STREET_WORKING_COMMITTEE', region(STREET, 'TOWNSHIP', '鼓楼街道'))).toBeNull();
    expect(regionProblem('COMMUNITY_BIG_COMMITTEE', region(COMMUNITY, 'VILLAGE', '鼓楼社区居委会', 'URBAN'))).toBeNull();
    expect(regionProblem('VILLAGE_GROUP_GROUP', region(VILLAGE_GROUP, 'VILLAGE_GROUP', '一组'))).toBeNull();
    expect(regionProblem('JOINT_COMMITTEE', region(TOWNSHIP, 'TOWNSHIP', '黄土岗镇'))).toBeNull();
    expect(regionProblem('STANDARD', region(VILLAGE, 'VILLAGE', '堰头垸村村民委员会', 'RURAL'))).toBeNull();
  });

  it.each([
    ['a street working committee in a town', 'STREET_WORKING_COMMITTEE', region(TOWNSHIP, 'TOWNSHIP', '黄土岗镇'), 'not one'],
    ['a street working committee in a village', 'STREET_WORKING_COMMITTEE', region(VILLAGE, 'VILLAGE', '堰头垸村', 'RURAL'), 'is a VILLAGE'],
    ['a big committee in a rural village', 'COMMUNITY_BIG_COMMITTEE', region(VILLAGE, 'VILLAGE', '堰头垸村', 'RURAL'), 'urban community'],
    ['a joint committee in a village', 'JOINT_COMMITTEE', region(VILLAGE, 'VILLAGE', '堰头垸村', 'RURAL'), 'COUNTY or TOWNSHIP'],
    ['a grid branch in a township', 'GRID_BRANCH', region(STREET, 'TOWNSHIP', '鼓楼街道'), 'VILLAGE region'],
    ['a building group in a village group', 'BUILDING_GROUP', region(VILLAGE_GROUP, 'VILLAGE_GROUP', '一组'), 'VILLAGE region'],
  ] as const)('refuses %s', (_case, form, facts, reason) => {
    expect(regionProblem(form, facts)).toContain(reason);
  });
});

describe(memberRegionsProblem.name, () => {
  it('accepts two or more distinct villages within the committee region', () => {
    expect(memberRegionsProblem('JOINT_COMMITTEE', TOWNSHIP, [VILLAGE, OTHER_VILLAGE])).toBeNull();
    expect(memberRegionsProblem('STANDARD', TOWNSHIP, [])).toBeNull();
  });

  it.each([
    ['a single village', 'JOINT_COMMITTEE', [VILLAGE], '2 to 30 villages, got 1'],
    ['a village twice', 'JOINT_COMMITTEE', [VILLAGE, VILLAGE], 'listed twice'],
    ['a township as a member', 'JOINT_COMMITTEE', [VILLAGE, '421181111'], 'not a village'],
    ['a village of another township', 'JOINT_COMMITTEE', [VILLAGE, '421181100200'], 'outside the committee'],
    ['members on an ordinary committee', 'STANDARD', [VILLAGE, OTHER_VILLAGE], 'only a JOINT_COMMITTEE'],
  ] as const)('refuses %s', (_case, form, codes, reason) => {
    expect(memberRegionsProblem(form, TOWNSHIP, codes)).toContain(reason);
  });
});

describe(residentUnitsProblem.name, () => {
  it('accepts distinct units on a big committee and none elsewhere', () => {
    expect(residentUnitsProblem('COMMUNITY_BIG_COMMITTEE', ['麻城市人民医院', '鼓楼小学'])).toBeNull();
    expect(residentUnitsProblem('GRID_BRANCH', [])).toBeNull();
  });

  it.each([
    ['a big committee without units', 'COMMUNITY_BIG_COMMITTEE', [], '1 to 100 resident units'],
    ['a unit twice', 'COMMUNITY_BIG_COMMITTEE', ['鼓楼小学', '鼓楼小学'], 'listed twice'],
    ['an empty unit name', 'COMMUNITY_BIG_COMMITTEE', [''], 'must be 1 to 100 characters'],
    ['units on a grid branch', 'GRID_BRANCH', ['鼓楼小学'], 'only a COMMUNITY_BIG_COMMITTEE'],
  ] as const)('refuses %s', (_case, form, names, reason) => {
    expect(residentUnitsProblem(form, names)).toContain(reason);
  });
});

describe(placementProblem.name, () => {
  const township = org('COMMITTEE', 'STANDARD', TOWNSHIP);
  const villageBranch = org('BRANCH', 'STANDARD', VILLAGE);
  const street = org('COMMITTEE', 'STREET_WORKING_COMMITTEE', STREET);
  const bigCommittee = org('COMMITTEE', 'COMMUNITY_BIG_COMMITTEE', COMMUNITY);
  const grid = org('BRANCH', 'GRID_BRANCH', COMMUNITY);
  const building = org('GROUP', 'BUILDING_GROUP', COMMUNITY);
  const villageGroup = org('GROUP', 'VILLAGE_GROUP_GROUP', VILLAGE_GROUP);
  const joint = org('COMMITTEE', 'JOINT_COMMITTEE', TOWNSHIP, [VILLAGE, OTHER_VILLAGE]);

  it('accepts the rural three-level system 村党组织—村民小组党小组—党员联系户', () => {
    expect(placementProblem(villageBranch, township)).toBeNull();
    expect(placementProblem(villageGroup, villageBranch)).toBeNull();
    expect(placementProblem(org('GROUP', 'CENTRAL_HOUSEHOLD', VILLAGE_GROUP), villageGroup)).toBeNull();
  });

  it('accepts the urban five-level system 街道大工委—社区大党委—网格党支部—楼栋党小组—党员中心户', () => {
    expect(placementProblem(street, null)).toBeNull();
    expect(placementProblem(bigCommittee, street)).toBeNull();
    expect(placementProblem(grid, bigCommittee)).toBeNull();
    expect(placementProblem(building, grid)).toBeNull();
    expect(placementProblem(org('GROUP', 'CENTRAL_HOUSEHOLD', COMMUNITY), building)).toBeNull();
  });

  it('accepts committees over committees and a village branch in one of a joint committee’s villages', () => {
    expect(placementProblem(org('COMMITTEE', 'STANDARD', VILLAGE), township)).toBeNull();
    expect(placementProblem(joint, township)).toBeNull();
    expect(placementProblem(org('BRANCH', 'STANDARD', OTHER_VILLAGE), joint)).toBeNull();
    expect(placementProblem(org('BRANCH', 'STANDARD', VILLAGE), null)).toBeNull();
  });

  it.each([
    ['a party group at the top', org('GROUP', 'STANDARD', VILLAGE), null, 'sits under a branch'],
    ['a grid branch at the top', grid, null, 'always sits under a parent'],
    ['a central household at the top', org('GROUP', 'CENTRAL_HOUSEHOLD', COMMUNITY), null, 'always sits under a parent'],
    ['a committee under a branch', org('COMMITTEE', 'STANDARD', VILLAGE), villageBranch, 'COMMITTEE 党委 cannot sit under a BRANCH 党支部'],
    ['a group under a committee', org('GROUP', 'STANDARD', VILLAGE), township, 'GROUP 党小组 cannot sit under a COMMITTEE 党委'],
    ['a group under a general branch', org('GROUP', 'STANDARD', VILLAGE), org('GENERAL_BRANCH', 'STANDARD', VILLAGE), 'cannot sit under a GENERAL_BRANCH'],
    ['a plain group under a group', org('GROUP', 'STANDARD', COMMUNITY), building, 'GROUP 党小组 cannot sit under a GROUP 党小组'],
    ['anything under a central household', org('GROUP', 'CENTRAL_HOUSEHOLD', COMMUNITY), org('GROUP', 'CENTRAL_HOUSEHOLD', COMMUNITY), 'has no organizations under it'],
    ['a big committee under a grid branch', bigCommittee, grid, 'sits under a STREET_WORKING_COMMITTEE or STANDARD'],
    ['a building group straight under a big committee', building, bigCommittee, 'sits under a GRID_BRANCH or STANDARD'],
    ['a street committee under a street committee', street, street, 'sits under a STANDARD'],
    ['a village branch under another township', villageBranch, org('COMMITTEE', 'STANDARD', '421181100'), 'outside the parent'],
    ['a village group group of another village', org('GROUP', 'VILLAGE_GROUP_GROUP', '421181111201001'), villageBranch, 'outside the parent'],
    ['a branch of a village not in the joint committee', org('BRANCH', 'STANDARD', '421181111203'), joint, 'not among them'],
  ] as const)('refuses %s', (_case, child, parent, reason) => {
    expect(placementProblem(child, parent)).toContain(reason);
  });
});

describe(assertNoCycle.name, () => {
  it('allows a parent outside the organization’s subtree', () => {
    expect(() => assertNoCycle('a', 'b', ['c', 'd'])).not.toThrow();
  });

  it('refuses the organization itself and its descendants with CONFLICT', () => {
    expect(() => assertNoCycle('a', 'a', [])).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('its own parent') }));
    expect(() => assertNoCycle('a', 'd', ['c', 'd'])).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('cycle') }));
  });
});
