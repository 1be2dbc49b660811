import { type ActiveGridRole, isStaffingComplete, seatForGridRole, staffingOf } from './grid-roles.util';

const holder = (personId: string, personName: string, role: ActiveGridRole['role'], seat = 1): ActiveGridRole => ({ personId, personName, role, seat });
const CHIEF = holder('p-chief', '王书记', 'CHIEF');
const INSTRUCTOR_1 = holder('p-i1', '李指导', 'INSTRUCTOR', 1);
const INSTRUCTOR_2 = holder('p-i2', '陈指导', 'INSTRUCTOR', 2);
const WORKER = holder('p-worker', '张网格', 'WORKER');

describe(seatForGridRole.name, () => {
  it('gives the first chief, instructor and worker seat 1', () => {
    expect(seatForGridRole('BASIC', [], { personId: 'p1', role: 'CHIEF' })).toBe(1);
    expect(seatForGridRole('BASIC', [CHIEF], { personId: 'p1', role: 'INSTRUCTOR' })).toBe(1);
    expect(seatForGridRole('BASIC', [CHIEF, INSTRUCTOR_1], { personId: 'p1', role: 'WORKER' })).toBe(1);
  });

  it('gives the second instructor the free seat, whichever it is', () => {
    expect(seatForGridRole('BASIC', [INSTRUCTOR_1], { personId: 'p1', role: 'INSTRUCTOR' })).toBe(2);
    expect(seatForGridRole('BASIC', [INSTRUCTOR_2], { personId: 'p1', role: 'INSTRUCTOR' })).toBe(1);
  });

  it.each([
    ['a second chief', [CHIEF], 'CHIEF', /1 网格长 \(CHIEF\) at most and it is held by 王书记/],
    ['a third instructor', [INSTRUCTOR_1, INSTRUCTOR_2], 'INSTRUCTOR', /2 网格指导员 \(INSTRUCTOR\) at most and it is held by 李指导, 陈指导/],
    ['a second worker', [WORKER], 'WORKER', /1 网格员 \(WORKER\) at most and it is held by 张网格/],
  ] as const)('refuses %s with CONFLICT naming the holders', (_case, active, role, message) => {
    expect(() => seatForGridRole('BASIC', active, { personId: 'p-new', role })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(message) }),
    );
  });

  it('refuses the same person twice in one grid with CONFLICT, even for another role', () => {
    expect(() => seatForGridRole('BASIC', [CHIEF], { personId: 'p-chief', role: 'WORKER' })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/王书记 already holds 网格长 \(CHIEF\)/) }),
    );
  });

  it.each(['TOWNSHIP', 'WORK_AREA', 'VILLAGE'] as const)('refuses roles in a %s grid with BAD_USER_INPUT', (level) => {
    expect(() => seatForGridRole(level, [], { personId: 'p1', role: 'WORKER' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/basic grid 基础网格 only/) }),
    );
  });
});

describe(staffingOf.name, () => {
  it('counts active holders and is complete only with 1 + 2 + 1', () => {
    expect(staffingOf([])).toEqual({ chiefs: 0, instructors: 0, workers: 0, complete: false });
    expect(staffingOf([CHIEF, INSTRUCTOR_1, WORKER])).toEqual({ chiefs: 1, instructors: 1, workers: 1, complete: false });
    expect(staffingOf([CHIEF, INSTRUCTOR_1, INSTRUCTOR_2, WORKER])).toEqual({ chiefs: 1, instructors: 2, workers: 1, complete: true });
  });
});

describe(isStaffingComplete.name, () => {
  it('needs every seat', () => {
    expect(isStaffingComplete({ chiefs: 1, instructors: 2, workers: 1 })).toBe(true);
    expect(isStaffingComplete({ chiefs: 0, instructors: 2, workers: 1 })).toBe(false);
    expect(isStaffingComplete({ chiefs: 1, instructors: 2, workers: 0 })).toBe(false);
  });
});
