import { DomainError } from '@grassroots/kernel';

// 多网合一: the departments whose matters one merged grid carries (fourteen in one county, DOMAIN §1).
export type GridDepartment =
  | 'PARTY_BUILDING'
  | 'COMPREHENSIVE_GOVERNANCE'
  | 'PUBLIC_SECURITY'
  | 'CIVIL_AFFAIRS'
  | 'EMERGENCY'
  | 'MARKET_REGULATION'
  | 'HEALTH'
  | 'HUMAN_RESOURCES'
  | 'NATURAL_RESOURCES'
  | 'ECOLOGY'
  | 'URBAN_MANAGEMENT'
  | 'FIRE'
  | 'PETITIONS'
  | 'JUSTICE';

export const GRID_DEPARTMENT_LABELS: Readonly<Record<GridDepartment, string>> = {
  PARTY_BUILDING: '党建',
  COMPREHENSIVE_GOVERNANCE: '综治',
  PUBLIC_SECURITY: '公安',
  CIVIL_AFFAIRS: '民政',
  EMERGENCY: '应急',
  MARKET_REGULATION: '市场监管',
  HEALTH: '卫健',
  HUMAN_RESOURCES: '人社',
  NATURAL_RESOURCES: '自然资源',
  ECOLOGY: '生态环境',
  URBAN_MANAGEMENT: '城管',
  FIRE: '消防',
  PETITIONS: '信访',
  JUSTICE: '司法',
};

export const GRID_DEPARTMENTS = Object.keys(GRID_DEPARTMENT_LABELS) as GridDepartment[];

/** The departments once each, in the canonical order above; BAD_USER_INPUT for an unknown code. */
export function normalizeGridDepartments(departments: readonly string[]): GridDepartment[] {
  const unknown = departments.filter((department) => !(GRID_DEPARTMENTS as readonly string[]).includes(department));
  if (unknown.length) {
    throw new DomainError('BAD_USER_INPUT', `unknown department ${unknown.join(', ')}: use ${GRID_DEPARTMENTS.join(', ')}`, { field: 'departments' });
  }
  return GRID_DEPARTMENTS.filter((department) => departments.includes(department));
}
