// Dispatched cadres 驻村干部 (DOMAIN §2): first secretaries and village work teams sent by
// county departments, assigned to villages by type.

export type DispatchedRole = 'FIRST_SECRETARY' | 'WORK_TEAM_LEADER' | 'WORK_TEAM_MEMBER';
export const DISPATCHED_ROLES: readonly DispatchedRole[] = ['FIRST_SECRETARY', 'WORK_TEAM_LEADER', 'WORK_TEAM_MEMBER'];
export const DISPATCHED_ROLE_LABELS: Readonly<Record<DispatchedRole, string>> = {
  FIRST_SECRETARY: '第一书记',
  WORK_TEAM_LEADER: '驻村工作队队长',
  WORK_TEAM_MEMBER: '驻村工作队员',
};

export type VillageType = 'POVERTY_RELIEF' | 'RELOCATED' | 'WEAK_ORGANIZATION' | 'MODEL' | 'OTHER';
export const VILLAGE_TYPES: readonly VillageType[] = ['POVERTY_RELIEF', 'RELOCATED', 'WEAK_ORGANIZATION', 'MODEL', 'OTHER'];
export const VILLAGE_TYPE_LABELS: Readonly<Record<VillageType, string>> = {
  POVERTY_RELIEF: '脱贫村',
  RELOCATED: '易地搬迁安置点',
  WEAK_ORGANIZATION: '软弱涣散村',
  MODEL: '示范村',
  OTHER: '其他',
};
