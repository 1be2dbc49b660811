import { GRID_DEPARTMENT_LABELS, GRID_DEPARTMENTS, normalizeGridDepartments } from './grid-department';

describe(normalizeGridDepartments.name, () => {
  it('knows the fourteen departments of one county, each with a Chinese name', () => {
    expect(GRID_DEPARTMENTS).toHaveLength(14);
    for (const department of GRID_DEPARTMENTS) expect(GRID_DEPARTMENT_LABELS[department]).toMatch(/\p{Script=Han}/u);
  });

  it('keeps each department once, in the canonical order', () => {
    expect(normalizeGridDepartments(['PUBLIC_SECURITY', 'PARTY_BUILDING', 'PUBLIC_SECURITY'])).toEqual(['PARTY_BUILDING', 'PUBLIC_SECURITY']);
    expect(normalizeGridDepartments([])).toEqual([]);
  });

  it('refuses an unknown department with BAD_USER_INPUT listing the known ones', () => {
    expect(() => normalizeGridDepartments(['PARTY_BUILDING', 'TAXES'])).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/unknown department TAXES: use PARTY_BUILDING/) }),
    );
  });
});
