import { DomainError } from '@grassroots/kernel';

// 精准履职考核: about ten work lines per village, each owned by one cadre; twelve at most.
export const MAX_DUTY_LINES_PER_VILLAGE = 12;

/** CONFLICT when the village already has the maximum number of duty lines. */
export function assertRoomForDutyLine(existingLines: number, regionCode: string): void {
  if (existingLines >= MAX_DUTY_LINES_PER_VILLAGE) {
    throw new DomainError(
      'CONFLICT',
      `village ${regionCode} already has ${existingLines} duty lines, the most allowed is ${MAX_DUTY_LINES_PER_VILLAGE}: reassign an existing line instead`,
      { regionCode, existingLines },
    );
  }
}

/** The owner of a village's line is an active cadre (holding a post) of that village: CONFLICT otherwise. */
export function assertDutyLineOwner(owner: { regionCode: string; activePosts: number }, regionCode: string): void {
  if (owner.regionCode !== regionCode) {
    throw new DomainError('CONFLICT', `the owner is a cadre of ${owner.regionCode}, not of ${regionCode}: a line is owned by a cadre of its village`, {
      field: 'ownerId',
    });
  }
  if (owner.activePosts === 0) {
    throw new DomainError('CONFLICT', 'the owner holds no active post: a duty line is owned by a serving two-committee member', { field: 'ownerId' });
  }
}

/** About ten lines per village 约十条: a village with fewer than eight is short of lines. */
export const TARGET_DUTY_LINES_PER_VILLAGE = 10;
export const MIN_DUTY_LINES_PER_VILLAGE = 8;

/** A village's duty lines: how many, and how many are owned by someone holding no active post. */
export type VillageDutyLineCounts = { regionCode: string; lineCount: number; orphanedLineCount: number };

/**
 * The township should act: the village has fewer lines than expected, or lines whose owner left
 * office (those wait for assignDutyLine to a serving cadre; nothing reassigns them silently).
 * The report's SQL filter (DutyLineRepository.villageReport) applies the same test.
 */
export function dutyLinesNeedAttention(counts: Pick<VillageDutyLineCounts, 'lineCount' | 'orphanedLineCount'>): boolean {
  return counts.lineCount < MIN_DUTY_LINES_PER_VILLAGE || counts.orphanedLineCount > 0;
}
