import { assertReplacementDates, assertResignationDates, leaveOffice, REPRESENTATIVE_STATUSES } from './representative-status.util';

const refused = (code: string, message: string) => expect.objectContaining({ code, message: expect.stringContaining(message) });

describe(leaveOffice.name, () => {
  it('lets a serving representative be replaced or resign', () => {
    expect(leaveOffice('ACTIVE', 'REPLACED', '李四')).toBe('REPLACED');
    expect(leaveOffice('ACTIVE', 'RESIGNED', '李四')).toBe('RESIGNED');
  });

  it('refuses any move once the representative has left', () => {
    const refusedMoves = REPRESENTATIVE_STATUSES.filter((from) => from !== 'ACTIVE').flatMap((from) =>
      (['REPLACED', 'RESIGNED'] as const).map((to) => [from, to] as const),
    );
    expect(refusedMoves).toHaveLength(4);
    for (const [from, to] of refusedMoves) {
      expect(() => leaveOffice(from, to, '李四')).toThrow(refused('CONFLICT', `李四 is already ${from}`));
    }
  });
});

describe(assertReplacementDates.name, () => {
  const valid = { outgoingElectedAt: '2021-01-10', incomingElectedAt: '2026-05-01', filedWithCountyOn: '2026-05-08', today: '2026-11-25' };

  it('accepts election, replacement and filing in order, same days included', () => {
    expect(() => assertReplacementDates(valid)).not.toThrow();
    expect(() => assertReplacementDates({ ...valid, incomingElectedAt: '2021-01-10', filedWithCountyOn: '2026-11-25' })).not.toThrow();
  });

  it.each([
    ['a future election', { incomingElectedAt: '2026-11-26', filedWithCountyOn: '2026-11-26' }, 'incoming.electedAt 2026-11-26 is in the future'],
    ['a future filing', { filedWithCountyOn: '2026-12-01' }, 'filedWithCountyOn 2026-12-01 is in the future'],
    ['a successor elected before the outgoing one', { incomingElectedAt: '2020-12-31' }, 'before the outgoing representative was elected'],
    ['a filing before the election', { filedWithCountyOn: '2026-04-30' }, 'before the replacement was elected'],
  ])('refuses %s', (_case, change, message) => {
    expect(() => assertReplacementDates({ ...valid, ...change })).toThrow(refused('BAD_USER_INPUT', message));
  });
});

describe(assertResignationDates.name, () => {
  const valid = { electedAt: '2021-01-10', leftOn: '2026-06-01', filedWithCountyOn: '2026-06-03', today: '2026-11-25' };

  it('accepts election, resignation and filing in order', () => {
    expect(() => assertResignationDates(valid)).not.toThrow();
  });

  it.each([
    ['a future resignation', { leftOn: '2026-11-26', filedWithCountyOn: '2026-11-26' }, 'leftOn 2026-11-26 is in the future'],
    ['a future filing', { filedWithCountyOn: '2026-11-26' }, 'filedWithCountyOn 2026-11-26 is in the future'],
    ['a resignation before the election', { leftOn: '2020-01-01' }, 'before the representative was elected'],
    ['a filing before the resignation', { filedWithCountyOn: '2026-05-31' }, 'before the resignation'],
  ])('refuses %s', (_case, change, message) => {
    expect(() => assertResignationDates({ ...valid, ...change })).toThrow(refused('BAD_USER_INPUT', message));
  });
});
