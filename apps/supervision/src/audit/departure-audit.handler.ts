import { type EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { cadreLeftOffice, type CadreLeftOfficeV1 } from '@grassroots/contracts';
import { isRegionCode, isUuid, REGION_LEVEL_LENGTH, RegionScope } from '@grassroots/kernel';
import { on } from '@grassroots/messaging';
import { ConsumesEvents, type EventHandlerSet } from '@grassroots/subgraph';
import { FIRST_AUDIT_CYCLE_START } from './audit-cycle.util';
import { Audit } from './audit.entity';
import { AuditRepository } from './audit.repository';

// A departing village cadre must get a departure audit 离任审计 (DOMAIN §4, §6): personnel's
// `cadre left office` schedules one, due from the day they left. A cadre who leaves two posts at
// once (一肩挑: secretary and chair) gets one audit, not two: none is added while one is open.
// Runs in the inbox transaction, so a redelivered event changes nothing.
@ConsumesEvents()
@Injectable()
export class DepartureAuditScheduler implements EventHandlerSet {
  private readonly logger = new Logger(DepartureAuditScheduler.name);

  handlers() {
    return { ...on(cadreLeftOffice, (em, event) => this.schedule(em, event.id, event.data)) };
  }

  private async schedule(em: EntityManager, eventId: string, data: CadreLeftOfficeV1): Promise<void> {
    if (!isUuid(data.cadreId) || !isRegionCode(data.regionCode) || data.regionCode.length !== REGION_LEVEL_LENGTH.VILLAGE) {
      this.logger.warn({ eventId, cadreId: data.cadreId, regionCode: data.regionCode }, 'cadre left office with an id or village that is not one: no audit');
      return;
    }
    const audits = new AuditRepository(em);
    const scope = RegionScope.of(data.regionCode);
    const cadreId = data.cadreId.toLowerCase();
    if (await audits.count(scope, { cadreId, kind: 'DEPARTURE', status: { $in: ['SCHEDULED', 'IN_PROGRESS'] } })) return;
    const firstDay = `${FIRST_AUDIT_CYCLE_START}-01-01`;
    const due = data.leftAt.slice(0, 10) < firstDay ? firstDay : data.leftAt.slice(0, 10);
    audits.add(scope, new Audit(data.regionCode, data.name.slice(0, 50), cadreId, 'DEPARTURE', due));
    await em.flush();
  }
}
