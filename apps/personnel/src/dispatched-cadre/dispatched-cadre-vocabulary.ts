// Dispatched cadres 驻村干部 (DOMAIN §2): first secretaries and village work teams sent by
// county departments, assigned to villages by type.

export type DispatchedRole = 'FIRST_SECRETARY' | 'WORK_TEAM_LEADER' | 'WORK_TEAM_MEMBER';
export const DISPATCHED_ROLES: readonly DispatchedRole[] = ['FIRST_SECRETARY', 'WORK_TEAM_LEADER', 'WORK_TEAM_MEMBER'];
export const DISPATCHED_ROLE_LABELS: Readonly<Record<DispatchedRole, string>> = {
  FIRST_SECRETARY: '第一书记',
  WORK_TEAM_LEADER: '驻村工作队队长',
  WORK_TEAM_MEMBER: '驻村工作队员',
};

// The village types live with the village-type reference data; re-exported for this folder's callers.
export { VILLAGE_TYPE_LABELS, VILLAGE_TYPES, type VillageType } from '../village-type/village-type-vocabulary';
