import { assertDutyLineOwner, assertRoomForDutyLine, dutyLinesNeedAttention, MAX_DUTY_LINES_PER_VILLAGE, MIN_DUTY_LINES_PER_VILLAGE } from './duty-line.rules';

describe(assertRoomForDutyLine.name, () => {
  it('allows lines up to the twelfth', () => {
    expect(() => assertRoomForDutyLine(0, '421181111229')).not.toThrow();
    expect(() => assertRoomForDutyLine(MAX_DUTY_LINES_PER_VILLAGE - 1, '421181111229')).not.toThrow();
  });

  it('refuses a thirteenth line with CONFLICT', () => {
    expect(() => assertRoomForDutyLine(MAX_DUTY_LINES_PER_VILLAGE, '421181111229')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('12') }),
    );
  });
});

describe(assertDutyLineOwner.name, () => {
  it('accepts an active cadre of the village', () => {
    expect(() => assertDutyLineOwner({ regionCode: '421181111229', activePosts: 1 }, '421181111229')).not.toThrow();
  });

  it('refuses a cadre of another village with CONFLICT', () => {
    expect(() => assertDutyLineOwner({ regionCode: '421181111201', activePosts: 1 }, '421181111229')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('refuses a cadre without an active post with CONFLICT', () => {
    expect(() => assertDutyLineOwner({ regionCode: '421181111229', activePosts: 0 }, '421181111229')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('no active post') }),
    );
  });
});

describe(dutyLinesNeedAttention.name, () => {
  it.each([
    [MIN_DUTY_LINES_PER_VILLAGE, 0],
    [10, 0],
    [MAX_DUTY_LINES_PER_VILLAGE, 0],
  ])('is false for %i lines all owned by serving cadres', (lineCount, orphanedLineCount) => {
    expect(dutyLinesNeedAttention({ lineCount, orphanedLineCount })).toBe(false);
  });

  it.each([
    ['no lines', 0, 0],
    ['seven lines', MIN_DUTY_LINES_PER_VILLAGE - 1, 0],
    ['ten lines, one owned by someone out of office', 10, 1],
  ])('is true with %s', (_case, lineCount, orphanedLineCount) => {
    expect(dutyLinesNeedAttention({ lineCount, orphanedLineCount })).toBe(true);
  });
});
