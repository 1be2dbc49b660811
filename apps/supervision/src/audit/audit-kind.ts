// In-office 任中 and departure 离任 audits of a village cadre (DOMAIN §4).
export type AuditKind = 'IN_OFFICE' | 'DEPARTURE';

export const AUDIT_KINDS: readonly AuditKind[] = ['IN_OFFICE', 'DEPARTURE'];
