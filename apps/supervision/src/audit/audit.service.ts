import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { DomainError, isUuid, parseId, parseRegionCode, regionLevelOf } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { requireRole } from '@grassroots/subgraph';
import { FIRST_AUDIT_CYCLE_START } from './audit-cycle.util';
import { AUDIT_KINDS, type AuditKind } from './audit-kind';
import { advanceAuditStatus, type AuditStatus } from './audit-status.util';
import { Audit } from './audit.entity';
import { AuditRepository } from './audit.repository';

export type ScheduleAudit = {
  regionCode: string;
  cadreName: string;
  cadreId?: string | null;
  kind: AuditKind;
  scheduledFor: string;
};

export type AuditFilter = { within?: string | null; kind?: AuditKind | null; status?: AuditStatus | null };

const AUDITORS = ['audit', 'discipline'] as const;

@Injectable()
export class AuditService {
  constructor(private readonly audits: AuditRepository) {}

  get(caller: Caller, id: string): Promise<Audit> {
    return this.audits.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  /** Batch read for entity references; unknown, malformed and out-of-scope ids are left out. */
  getMany(caller: Caller, ids: readonly string[]): Promise<Audit[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.audits.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /** Audits under `within` (default: the caller's scope), latest scheduled first. */
  list(caller: Caller, filter: AuditFilter, page: PageRequest): Promise<Page<Audit>> {
    const scope = caller.scope.narrowTo(filter.within);
    const where = {
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    };
    return this.audits.page(scope, where, page, { scheduledFor: 'desc', id: 'desc' });
  }

  /** Plans an in-office or departure audit of a village cadre. */
  async schedule(caller: Caller, input: ScheduleAudit): Promise<Audit> {
    requireRole(caller, 'Scheduling an audit', ...AUDITORS);
    const regionCode = parseRegionCode(input.regionCode);
    if (regionLevelOf(regionCode) !== 'VILLAGE') {
      throw new DomainError('BAD_USER_INPUT', `regionCode ${regionCode} is not a village: audits are of village cadres, use a 12-digit village code`, {
        field: 'regionCode',
      });
    }
    caller.scope.assertCovers(regionCode, 'village');
    const cadreName = input.cadreName.trim();
    if (cadreName.length < 1 || cadreName.length > 50) {
      throw new DomainError('BAD_USER_INPUT', `cadreName must be 1 to 50 characters, got ${cadreName.length}`, { field: 'cadreName' });
    }
    const cadreId = input.cadreId ? parseId(input.cadreId, 'cadreId') : null;
    if (!AUDIT_KINDS.includes(input.kind)) {
      throw new DomainError('BAD_USER_INPUT', `kind "${input.kind}" is unknown: use one of ${AUDIT_KINDS.join(', ')}`, { field: 'kind' });
    }
    if (input.scheduledFor < `${FIRST_AUDIT_CYCLE_START}-01-01`) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `scheduledFor ${input.scheduledFor} is before the first audit cycle: use ${FIRST_AUDIT_CYCLE_START}-01-01 or later`,
        { field: 'scheduledFor' },
      );
    }
    const audit = this.audits.add(caller.scope, new Audit(regionCode, cadreName, cadreId, input.kind, input.scheduledFor));
    await this.audits.flush();
    return audit;
  }

  /** Moves an audit one step forward; CONFLICT for any other move. */
  async advance(caller: Caller, id: string, to: AuditStatus): Promise<Audit> {
    requireRole(caller, 'Advancing an audit', ...AUDITORS);
    const audit = await this.get(caller, id);
    audit.status = advanceAuditStatus(audit.status, to);
    await this.audits.flush();
    return audit;
  }
}
