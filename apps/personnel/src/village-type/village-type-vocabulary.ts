// Village types 村类型 (DOMAIN §2): the kinds of village county departments send cadres to.

export type VillageType = 'POVERTY_RELIEF' | 'RELOCATED' | 'WEAK_ORGANIZATION' | 'MODEL' | 'OTHER';
export const VILLAGE_TYPES: readonly VillageType[] = ['POVERTY_RELIEF', 'RELOCATED', 'WEAK_ORGANIZATION', 'MODEL', 'OTHER'];
export const VILLAGE_TYPE_LABELS: Readonly<Record<VillageType, string>> = {
  POVERTY_RELIEF: '脱贫村',
  RELOCATED: '易地搬迁安置点',
  WEAK_ORGANIZATION: '软弱涣散村',
  MODEL: '示范村',
  OTHER: '其他',
};

/** Set only by organization's weak-organization cases 软弱涣散村党组织整顿, never by hand. */
export const WEAK_ORGANIZATION: VillageType = 'WEAK_ORGANIZATION';

/** Who set a type from organization's events (a caller's subject otherwise). */
export const SET_BY_ORGANIZATION = 'organization';
