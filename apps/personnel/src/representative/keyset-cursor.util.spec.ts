import { decodeCursor, encodeCursor, keysetPage, pageOfList } from './keyset-cursor.util';

describe(decodeCursor.name, () => {
  it('reads back what encodeCursor wrote, and null when there is no cursor', () => {
    expect(decodeCursor(encodeCursor([95, 'abc']), ['number', 'string'])).toEqual([95, 'abc']);
    expect(decodeCursor(undefined, ['string'])).toBeNull();
    expect(decodeCursor('', ['string'])).toBeNull();
  });

  it.each([
    ['a cursor of another shape', encodeCursor(['95', 'abc'])],
    ['a cursor of another length', encodeCursor([95])],
    ['text that is no cursor', 'not-a-cursor'],
  ])('refuses %s with BAD_USER_INPUT', (_case, after) => {
    expect(() => decodeCursor(after, ['number', 'string'])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe(keysetPage.name, () => {
  it('keeps `first` rows and tells from the extra one that a next page exists', () => {
    const sut = keysetPage([1, 2, 3], 10, 2, true, (n) => [n]);
    expect(sut).toEqual({ items: [1, 2], cursors: [encodeCursor([1]), encodeCursor([2])], totalCount: 10, hasNextPage: true, hasPreviousPage: true });
    expect(keysetPage([1], 1, 2, false, (n) => [n]).hasNextPage).toBe(false);
  });
});

describe(pageOfList.name, () => {
  const list = ['a', 'b', 'c'];

  it('pages a list held in memory by key', () => {
    const first = pageOfList(list, { first: 2 }, (item) => item);
    expect(first.items).toEqual(['a', 'b']);
    expect(pageOfList(list, { first: 2, after: first.cursors[1] }, (item) => item)).toMatchObject({ items: ['c'], hasNextPage: false, totalCount: 3 });
  });

  it('refuses a cursor naming no item of the list', () => {
    expect(() => pageOfList(list, { after: encodeCursor(['z']) }, (item) => item)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
