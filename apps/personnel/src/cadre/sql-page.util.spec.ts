import { decodeKeysetCursor, encodeKeysetCursor, keysetPage, keysetRequest } from './sql-page.util';

describe(decodeKeysetCursor.name, () => {
  it('reads back what was encoded', () => {
    expect(decodeKeysetCursor(encodeKeysetCursor(['421181111229']), 1)).toEqual(['421181111229']);
    expect(decodeKeysetCursor(null, 1)).toBeNull();
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['a key of the wrong length', encodeKeysetCursor(['a', 'b'])],
  ])('refuses %s with BAD_USER_INPUT', (_case, after) => {
    expect(() => decodeKeysetCursor(after, 1)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe(keysetRequest.name, () => {
  it('refuses a page size out of range', () => {
    expect(() => keysetRequest({ first: 0 }, 1)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe(keysetPage.name, () => {
  it('keeps the page size and reports a next page from the extra row', () => {
    const page = keysetPage([{ k: 'a' }, { k: 'b' }, { k: 'c' }], 2, 7, false, (row) => [row.k]);
    expect(page.items).toEqual([{ k: 'a' }, { k: 'b' }]);
    expect(page.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(7);
    expect(decodeKeysetCursor(page.cursors[1], 1)).toEqual(['b']);
  });
});
