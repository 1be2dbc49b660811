import { DomainError } from '@grassroots/kernel';

// DOMAIN.md §7. The three administrator roles stay separate, as level-3 protection requires.
export const ROLES = [
  'organization-dept',
  'discipline',
  'audit',
  'agriculture',
  'civil-affairs',
  'political-legal',
  'township-officer',
  'village-cadre',
  'grid-worker',
  'analyst',
  'integration',
  'sysadmin',
  'secadmin',
  'auditadmin',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  'organization-dept': '组织部',
  discipline: '纪委监委·巡察办',
  audit: '审计局',
  agriculture: '农业农村局·农经站',
  'civil-affairs': '民政',
  'political-legal': '政法委',
  'township-officer': '乡镇干部',
  'village-cadre': '村干部',
  'grid-worker': '网格员',
  analyst: '数据分析员',
  integration: '第三方系统',
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditadmin: '安全审计员',
};

const ROLE_SET: ReadonlySet<string> = new Set(ROLES);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && ROLE_SET.has(value);
}

/** The role named by `input`, or BAD_USER_INPUT listing the known roles. */
export function parseRole(input: string): Role {
  const value = (input ?? '').trim();
  if (isRole(value)) return value;
  throw new DomainError('BAD_USER_INPUT', `unknown role "${input}": use one of ${ROLES.join(', ')}`, { role: input });
}
