// Household links 党员联户 / 联户帮办: each person links to at most a quota of households by
// role — 村主干一人带十户、两委成员一人带五户、党员一人带三户、村民代表和网格员一人带一户.
export type LinkRole = 'CHIEF_CADRE' | 'TWO_COMMITTEE_MEMBER' | 'PARTY_MEMBER' | 'REPRESENTATIVE' | 'GRID_WORKER';

export const LINK_ROLES: readonly LinkRole[] = ['CHIEF_CADRE', 'TWO_COMMITTEE_MEMBER', 'PARTY_MEMBER', 'REPRESENTATIVE', 'GRID_WORKER'];

/** The most households a person of each role links at once (a maximum, enforced). */
export const LINK_QUOTAS: Readonly<Record<LinkRole, number>> = {
  CHIEF_CADRE: 10,
  TWO_COMMITTEE_MEMBER: 5,
  PARTY_MEMBER: 3,
  REPRESENTATIVE: 1,
  GRID_WORKER: 1,
};

export const LINK_ROLE_LABELS: Readonly<Record<LinkRole, string>> = {
  CHIEF_CADRE: '村主职干部',
  TWO_COMMITTEE_MEMBER: '其他两委成员',
  PARTY_MEMBER: '党员',
  REPRESENTATIVE: '村民代表',
  GRID_WORKER: '网格员',
};

/**
 * Which record a link person's id names. A cadre or representative who is a party member is
 * one person with their member record (Cadre.memberId, VillageRepresentative.memberId), so
 * CADRE and REPRESENTATIVE name only those who are not members. Grid workers are kept by the
 * organization subgraph (names only): a GRID_WORKER id is the link person's own.
 */
export type LinkPersonKind = 'MEMBER' | 'CADRE' | 'REPRESENTATIVE' | 'GRID_WORKER';
