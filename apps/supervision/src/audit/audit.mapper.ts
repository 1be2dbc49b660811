import { auditCycleOf } from './audit-cycle.util';
import { type Audit } from './audit.entity';
import { AuditCycleObject, AuditObject } from './audit.object';

export function toAuditObject(audit: Audit): AuditObject {
  return Object.assign(new AuditObject(), {
    id: audit.id,
    region: { code: audit.regionCode },
    cadreName: audit.cadreName,
    cadreId: audit.cadreId,
    kind: audit.kind,
    status: audit.status,
    scheduledFor: audit.scheduledFor,
    cycle: Object.assign(new AuditCycleObject(), auditCycleOf(audit.scheduledFor)),
  });
}
