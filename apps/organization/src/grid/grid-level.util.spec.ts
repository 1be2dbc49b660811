import { assertGridPlacement, assertGridShape, parentGridLevelOf, regionLevelForGrid } from './grid-level.util';

const TOWNSHIP = '421181111'; // 黄土岗镇
const VILLAGE = '421181111229'; // 堰头垸村
const OTHER_TOWNSHIP = '421181100';
const OTHER_VILLAGE = '421181100200';

describe(parentGridLevelOf.name, () => {
  it('steps up one level at a time and stops at the township', () => {
    expect(parentGridLevelOf('BASIC')).toBe('VILLAGE');
    expect(parentGridLevelOf('VILLAGE')).toBe('WORK_AREA');
    expect(parentGridLevelOf('WORK_AREA')).toBe('TOWNSHIP');
    expect(parentGridLevelOf('TOWNSHIP')).toBeNull();
  });
});

describe(regionLevelForGrid.name, () => {
  it('puts the first two levels on a township and the last two on a village', () => {
    expect(['TOWNSHIP', 'WORK_AREA', 'VILLAGE', 'BASIC'].map((level) => regionLevelForGrid(level as never))).toEqual([
      'TOWNSHIP',
      'TOWNSHIP',
      'VILLAGE',
      'VILLAGE',
    ]);
  });
});

describe(assertGridShape.name, () => {
  it('accepts each level on its own region level', () => {
    expect(() => assertGridShape('TOWNSHIP', TOWNSHIP, false)).not.toThrow();
    expect(() => assertGridShape('WORK_AREA', TOWNSHIP, true)).not.toThrow();
    expect(() => assertGridShape('VILLAGE', VILLAGE, true)).not.toThrow();
    expect(() => assertGridShape('BASIC', VILLAGE, true)).not.toThrow();
  });

  it.each([
    ['TOWNSHIP', VILLAGE, false, /lies on a township \(9-digit code\)/],
    ['WORK_AREA', VILLAGE, true, /lies on a township/],
    ['VILLAGE', TOWNSHIP, true, /lies on a village \(12-digit code\)/],
    ['BASIC', '421181', true, /lies on a village/],
    ['TOWNSHIP', TOWNSHIP, true, /takes no parent/],
    ['WORK_AREA', TOWNSHIP, false, /needs a parent 镇街 \(TOWNSHIP\) grid/],
    ['BASIC', VILLAGE, false, /needs a parent 村居 \(VILLAGE\) grid/],
  ] as const)('refuses a %s grid on %s (parent given: %s) with BAD_USER_INPUT', (level, region, hasParent, message) => {
    expect(() => assertGridShape(level, region, hasParent)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) }));
  });
});

describe(assertGridPlacement.name, () => {
  it('accepts a chain 镇街 → 工作区 → 村居 → 基础网格 nested by region', () => {
    expect(() => assertGridPlacement({ level: 'TOWNSHIP', regionCode: TOWNSHIP, parent: null })).not.toThrow();
    expect(() => assertGridPlacement({ level: 'WORK_AREA', regionCode: TOWNSHIP, parent: { level: 'TOWNSHIP', regionCode: TOWNSHIP } })).not.toThrow();
    expect(() => assertGridPlacement({ level: 'VILLAGE', regionCode: VILLAGE, parent: { level: 'WORK_AREA', regionCode: TOWNSHIP } })).not.toThrow();
    expect(() => assertGridPlacement({ level: 'BASIC', regionCode: VILLAGE, parent: { level: 'VILLAGE', regionCode: VILLAGE } })).not.toThrow();
  });

  it.each([
    ['a basic grid straight under a work area', { level: 'BASIC', regionCode: VILLAGE, parent: { level: 'WORK_AREA', regionCode: TOWNSHIP } }, /directly under a 村居/],
    ['a village grid under a township grid', { level: 'VILLAGE', regionCode: VILLAGE, parent: { level: 'TOWNSHIP', regionCode: TOWNSHIP } }, /directly under a 工作区/],
    ['a work area under a work area', { level: 'WORK_AREA', regionCode: TOWNSHIP, parent: { level: 'WORK_AREA', regionCode: TOWNSHIP } }, /directly under a 镇街/],
    ['a work area of another township', { level: 'WORK_AREA', regionCode: OTHER_TOWNSHIP, parent: { level: 'TOWNSHIP', regionCode: TOWNSHIP } }, /same region as its parent/],
    ['a village grid outside its work area’s township', { level: 'VILLAGE', regionCode: OTHER_VILLAGE, parent: { level: 'WORK_AREA', regionCode: TOWNSHIP } }, /inside the region of its parent/],
    ['a basic grid in another village', { level: 'BASIC', regionCode: OTHER_VILLAGE, parent: { level: 'VILLAGE', regionCode: VILLAGE } }, /same region as its parent/],
    ['a township grid with a parent', { level: 'TOWNSHIP', regionCode: TOWNSHIP, parent: { level: 'TOWNSHIP', regionCode: TOWNSHIP } }, /takes no parent/],
  ] as const)('refuses %s with BAD_USER_INPUT', (_case, placement, message) => {
    expect(() => assertGridPlacement(placement)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) }));
  });
});
