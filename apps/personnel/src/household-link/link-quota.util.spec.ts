import { LINK_QUOTAS, LINK_ROLES } from './link-role';
import { assertLinkEnd, assertNotLinkedYet, assertWithinQuota, linkQuotaOf, quotaGap } from './link-quota.util';

const refused = (code: string, message: string) => expect.objectContaining({ code, message: expect.stringContaining(message) });

describe(linkQuotaOf.name, () => {
  it('is 10, 5, 3, 1 and 1 households by role', () => {
    expect(LINK_ROLES.map(linkQuotaOf)).toEqual([10, 5, 3, 1, 1]);
    expect(LINK_QUOTAS).toEqual({ CHIEF_CADRE: 10, TWO_COMMITTEE_MEMBER: 5, PARTY_MEMBER: 3, REPRESENTATIVE: 1, GRID_WORKER: 1 });
  });
});

describe(assertWithinQuota.name, () => {
  it.each(LINK_ROLES.map((role) => [role, LINK_QUOTAS[role]] as const))('lets a %s link up to %d households', (role, quota) => {
    expect(() => assertWithinQuota(role, quota - 1, '张三')).not.toThrow();
    expect(() => assertWithinQuota(role, quota, '张三')).toThrow(refused('CONFLICT', `a quota of ${quota} households and already has ${quota} active links`));
  });

  it('names the role in Chinese', () => {
    expect(() => assertWithinQuota('PARTY_MEMBER', 3, '张三')).toThrow(refused('CONFLICT', '张三 links as 党员 (PARTY_MEMBER)'));
  });
});

describe(quotaGap.name, () => {
  it('is what remains to the quota, never negative', () => {
    expect(quotaGap('CHIEF_CADRE', 4)).toBe(6);
    expect(quotaGap('GRID_WORKER', 1)).toBe(0);
    expect(quotaGap('GRID_WORKER', 3)).toBe(0);
  });
});

describe(assertNotLinkedYet.name, () => {
  it('refuses a second active link of the same household', () => {
    expect(() => assertNotLinkedYet(false, '李四', 'h-1')).not.toThrow();
    expect(() => assertNotLinkedYet(true, '李四', 'h-1')).toThrow(refused('CONFLICT', '李四 already links household h-1'));
  });
});

describe(assertLinkEnd.name, () => {
  const link = { linkedAt: '2026-03-01', endedAt: null };

  it('ends an active link from its first day to today', () => {
    expect(() => assertLinkEnd(link, '2026-03-01', '2026-11-25')).not.toThrow();
    expect(() => assertLinkEnd(link, '2026-11-25', '2026-11-25')).not.toThrow();
  });

  it('refuses an ended link (CONFLICT), a future day and a day before the link (BAD_USER_INPUT)', () => {
    expect(() => assertLinkEnd({ ...link, endedAt: '2026-05-01' }, '2026-06-01', '2026-11-25')).toThrow(refused('CONFLICT', 'already ended on 2026-05-01'));
    expect(() => assertLinkEnd(link, '2026-11-26', '2026-11-25')).toThrow(refused('BAD_USER_INPUT', 'in the future'));
    expect(() => assertLinkEnd(link, '2026-02-28', '2026-11-25')).toThrow(refused('BAD_USER_INPUT', 'before the link began'));
  });
});
