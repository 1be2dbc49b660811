import { DomainError, isWithinRegion, parseRegionCode, regionLevelOf } from '@grassroots/kernel';

// The four grid levels 镇街 → 工作区 → 村居 → 基础网格 (DOMAIN §1), top first.
export type GridLevel = 'TOWNSHIP' | 'WORK_AREA' | 'VILLAGE' | 'BASIC';

export const GRID_LEVELS: readonly GridLevel[] = ['TOWNSHIP', 'WORK_AREA', 'VILLAGE', 'BASIC'];

export const GRID_LEVEL_LABELS: Readonly<Record<GridLevel, string>> = {
  TOWNSHIP: '镇街',
  WORK_AREA: '工作区',
  VILLAGE: '村居',
  BASIC: '基础网格',
};

const GRID_LEVELS_TEXT = Object.fromEntries(GRID_LEVELS.map((level) => [level, `${GRID_LEVEL_LABELS[level]} (${level})`])) as Record<GridLevel, string>;

// The first two levels sit on a township code, the last two on a village code.
const REGION_LEVEL: Readonly<Record<GridLevel, 'TOWNSHIP' | 'VILLAGE'>> = {
  TOWNSHIP: 'TOWNSHIP',
  WORK_AREA: 'TOWNSHIP',
  VILLAGE: 'VILLAGE',
  BASIC: 'VILLAGE',
};

/** The level directly above `level`, or null for a township grid (the root). */
export function parentGridLevelOf(level: GridLevel): GridLevel | null {
  const index = GRID_LEVELS.indexOf(level);
  return index > 0 ? GRID_LEVELS[index - 1] : null;
}

/** Which region level a grid of `level` is recorded on. */
export function regionLevelForGrid(level: GridLevel): 'TOWNSHIP' | 'VILLAGE' {
  return REGION_LEVEL[level];
}

export type GridPlacement = {
  level: GridLevel;
  regionCode: string;
  parent: { level: GridLevel; regionCode: string } | null;
};

/**
 * What can be checked before the parent is read (BAD_USER_INPUT): a grid lies on a region of
 * its level (township code for 镇街 and 工作区, village code for 村居 and 基础网格), and a
 * township grid has no parent while every other grid has one.
 */
export function assertGridShape(level: GridLevel, code: string, hasParent: boolean): void {
  const regionCode = parseRegionCode(code);
  const label = `a ${GRID_LEVELS_TEXT[level]} grid`;
  const regionLevel = regionLevelForGrid(level);
  if (regionLevelOf(regionCode) !== regionLevel) {
    const digits = regionLevel === 'TOWNSHIP' ? 9 : 12;
    throw new DomainError('BAD_USER_INPUT', `${label} lies on a ${regionLevel.toLowerCase()} (${digits}-digit code), not on ${regionCode}`, {
      field: 'regionCode',
    });
  }
  const expectedParent = parentGridLevelOf(level);
  if (!expectedParent && hasParent) {
    throw new DomainError('BAD_USER_INPUT', `${label} is the top of the tree and takes no parent`, { field: 'parentId' });
  }
  if (expectedParent && !hasParent) {
    throw new DomainError('BAD_USER_INPUT', `${label} needs a parent ${GRID_LEVELS_TEXT[expectedParent]} grid: give parentId`, { field: 'parentId' });
  }
}

/**
 * Refuses (BAD_USER_INPUT) a grid placed where the tree does not allow it: the shape above,
 * then a grid sits exactly one level below its parent and inside its parent's region; a work
 * area and a basic grid share their parent's region, a village grid lies under its township.
 */
export function assertGridPlacement(placement: GridPlacement): void {
  const { level, parent } = placement;
  assertGridShape(level, placement.regionCode, parent !== null);
  if (!parent) return;
  const regionCode = parseRegionCode(placement.regionCode);
  const label = `a ${GRID_LEVELS_TEXT[level]} grid`;
  const expectedParent = parentGridLevelOf(level) as GridLevel;
  if (parent.level !== expectedParent) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `${label} goes directly under a ${GRID_LEVELS_TEXT[expectedParent]} grid, not under a ${GRID_LEVELS_TEXT[parent.level]} grid`,
      { field: 'parentId' },
    );
  }
  const sameRegion = regionLevelForGrid(parent.level) === regionLevelForGrid(level);
  if (sameRegion ? regionCode !== parent.regionCode : !isWithinRegion(regionCode, parent.regionCode)) {
    const relation = sameRegion ? 'on the same region as' : 'inside the region of';
    throw new DomainError('BAD_USER_INPUT', `${label} must lie ${relation} its parent (${parent.regionCode}), not on ${regionCode}`, {
      field: 'regionCode',
    });
  }
}
