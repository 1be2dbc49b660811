// Rural social organizations 农村社会组织 (DOMAIN §1).
export type SocialOrganizationKind =
  | 'ANCESTRAL_HALL_COUNCIL'
  | 'ELDERS_ASSOCIATION'
  | 'WEDDINGS_FUNERALS_COUNCIL'
  | 'FIVE_ELDERS_SOCIETY'
  | 'MORALITY_ASSOCIATION'
  | 'SECURITY_PATROL'
  | 'OTHER';

export const SOCIAL_ORGANIZATION_KIND_LABELS: Readonly<Record<SocialOrganizationKind, string>> = {
  ANCESTRAL_HALL_COUNCIL: '宗祠会',
  ELDERS_ASSOCIATION: '老人会',
  WEDDINGS_FUNERALS_COUNCIL: '红白理事会',
  FIVE_ELDERS_SOCIETY: '五老和谐会',
  MORALITY_ASSOCIATION: '道德评议会',
  SECURITY_PATROL: '治安巡逻队',
  OTHER: '其他',
};

export const SOCIAL_ORGANIZATION_KINDS = Object.keys(SOCIAL_ORGANIZATION_KIND_LABELS) as SocialOrganizationKind[];
