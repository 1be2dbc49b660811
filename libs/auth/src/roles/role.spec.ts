import { DomainError } from '@grassroots/kernel';
import { isRole, parseRole, ROLE_LABELS, ROLES } from './role';

describe('Role', () => {
  it('lists the fourteen roles of DOMAIN.md §7, each with a Chinese label', () => {
    expect(ROLES).toHaveLength(14);
    expect(new Set(ROLES).size).toBe(ROLES.length);
    for (const role of ROLES) expect(ROLE_LABELS[role]).toMatch(/\p{Script=Han}/u);
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
  });

  it('recognises role names exactly', () => {
    expect(isRole('analyst')).toBe(true);
    expect(isRole('Analyst')).toBe(false);
    expect(isRole(42)).toBe(false);
  });

  it('parses a role and refuses an unknown one with the list of known roles', () => {
    expect(parseRole(' discipline ')).toBe('discipline');
    const error = catchError(() => parseRole('admin'));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(error.message).toContain('unknown role "admin"');
    expect(error.message).toContain('organization-dept');
  });
});

function catchError(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
