// The vocabulary of weak-organization rectification 软弱涣散村党组织整顿 (DOMAIN §1), as string
// unions with their lists; the GraphQL enums with the Chinese terms are in rectification.enums.ts.

/** Why a village party organization is designated weak and slack. */
export type WeakOrganizationReason =
  | 'SECRETARY_VACANT'
  | 'CLAN_INTERFERENCE'
  | 'HISTORICAL_PROBLEMS'
  | 'ELECTION_RISK'
  | 'EMPTY_COLLECTIVE_ECONOMY'
  | 'WEAK_COHESION'
  | 'POOR_SERVICE'
  | 'OTHER';

export const WEAK_ORGANIZATION_REASONS: readonly WeakOrganizationReason[] = [
  'SECRETARY_VACANT',
  'CLAN_INTERFERENCE',
  'HISTORICAL_PROBLEMS',
  'ELECTION_RISK',
  'EMPTY_COLLECTIVE_ECONOMY',
  'WEAK_COHESION',
  'POOR_SERVICE',
  'OTHER',
];

/** City-level (B) or county-level (C) key contact village 重点联系村. */
export type ContactLevel = 'CITY_B' | 'COUNTY_C';

export const CONTACT_LEVELS: readonly ContactLevel[] = ['CITY_B', 'COUNTY_C'];

/**
 * The eight remedies 八治 the county organization department assesses a plan against:
 * 严惩腐败治贪、改进作风治假、考准实绩治懒、提质增效治庸、配强班子治软、发展经济治穷、维护稳定治乱、完善制度治散.
 */
export type EightRemedy = 'GRAFT' | 'FALSITY' | 'SLOTH' | 'MEDIOCRITY' | 'SOFTNESS' | 'POVERTY' | 'DISORDER' | 'LAXITY';

export const EIGHT_REMEDIES: readonly EightRemedy[] = ['GRAFT', 'FALSITY', 'SLOTH', 'MEDIOCRITY', 'SOFTNESS', 'POVERTY', 'DISORDER', 'LAXITY'];

/** The parts every plan item needs ("三个不放过"). */
export type PlanItemPart = 'PROBLEM' | 'MEASURE' | 'RESPONSIBLE_PERSON' | 'DEADLINE';

export const PLAN_ITEM_PARTS: readonly PlanItemPart[] = ['PROBLEM', 'MEASURE', 'RESPONSIBLE_PERSON', 'DEADLINE'];

export const PLAN_ITEM_PART_LABELS: Readonly<Record<PlanItemPart, string>> = {
  PROBLEM: 'problem 存在问题',
  MEASURE: 'measure 整改措施',
  RESPONSIBLE_PERSON: 'responsible person 整改责任人',
  DEADLINE: 'deadline 整改时限',
};
