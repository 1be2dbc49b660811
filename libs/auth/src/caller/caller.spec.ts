import { DomainError, RegionScope } from '@grassroots/kernel';
import { type Role } from '../roles/role';
import { type Caller, GATEWAY_SERVICE_CALLER, isServiceCaller, requireUserCaller } from './caller';
import { hasRole, mayReadSensitive } from './caller-access';

const callerWith = (...roles: Role[]): Caller => ({ subject: 'u-1', roles, scope: RegionScope.of('421181') });

describe('Caller', () => {
  describe(isServiceCaller.name, () => {
    it('tells the gateway service identity from a user caller', () => {
      expect(isServiceCaller(GATEWAY_SERVICE_CALLER)).toBe(true);
      expect(isServiceCaller(callerWith('analyst'))).toBe(false);
    });
  });

  describe(requireUserCaller.name, () => {
    it('returns a user caller unchanged', () => {
      const sut = callerWith('audit');
      expect(requireUserCaller(sut)).toBe(sut);
    });

    it('refuses the service identity with FORBIDDEN', () => {
      expect(() => requireUserCaller(GATEWAY_SERVICE_CALLER)).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringContaining('health checks') }),
      );
    });

    it('refuses a missing identity with UNAUTHENTICATED', () => {
      expect(() => requireUserCaller(undefined)).toThrow(DomainError);
      expect(() => requireUserCaller(null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    });
  });

  describe(hasRole.name, () => {
    it('is true when any of the roles is held', () => {
      const sut = callerWith('audit', 'agriculture');
      expect(hasRole(sut, 'agriculture')).toBe(true);
      expect(hasRole(sut, 'discipline', 'audit')).toBe(true);
      expect(hasRole(sut, 'discipline')).toBe(false);
      expect(hasRole(sut)).toBe(false);
    });

    it('is always false for the service identity', () => {
      expect(hasRole(GATEWAY_SERVICE_CALLER, 'sysadmin')).toBe(false);
    });
  });

  describe(mayReadSensitive.name, () => {
    it.each<[Role[], boolean]>([
      [['organization-dept'], true],
      [['discipline'], true],
      [['audit', 'discipline'], true],
      [['analyst'], false],
      [['organization-dept', 'analyst'], false],
      [['township-officer'], false],
      [['sysadmin'], false],
    ])('roles %j → %s', (roles, expected) => {
      expect(mayReadSensitive(callerWith(...roles))).toBe(expected);
    });

    it('is false for the service identity', () => {
      expect(mayReadSensitive(GATEWAY_SERVICE_CALLER)).toBe(false);
    });
  });
});
