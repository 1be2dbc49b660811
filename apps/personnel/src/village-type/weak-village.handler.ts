import { type EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { type EventEnvelope, weakVillageClosed, weakVillageDesignated, weakVillageRelapsed } from '@grassroots/contracts';
import { isRegionCode, isUuid, RegionScope } from '@grassroots/kernel';
import { on } from '@grassroots/messaging';
import { ConsumesEvents, type EventHandlerSet } from '@grassroots/subgraph';
import { VillageTypePeriod } from './village-type-period.entity';
import { VillageTypePeriodRepository } from './village-type.repository';
import { SET_BY_ORGANIZATION, WEAK_ORGANIZATION } from './village-type-vocabulary';

type CaseEvent = { caseId: string; regionCode: string };

// The WEAK_ORGANIZATION village type follows organization's weak-organization cases 软弱涣散村党组织
// 整顿: designated or relapsed 反复回潮 starts it, closed 销号 ends it. Runs in the inbox transaction
// (a redelivered event is skipped there), and each step is also safe twice: a village already weak
// stays as it is, and only an open period is ended. A village's events arrive in order.
@ConsumesEvents()
@Injectable()
export class WeakVillageHandler implements EventHandlerSet {
  private readonly logger = new Logger(WeakVillageHandler.name);

  handlers() {
    return {
      ...on(weakVillageDesignated, (em, event) => this.start(em, event, event.data.designatedAt, event.data.reasons.join('; '))),
      ...on(weakVillageRelapsed, (em, event) => this.start(em, event, event.data.relapsedAt, `反复回潮: ${event.data.reason}`)),
      ...on(weakVillageClosed, (em, event) => this.close(em, event, event.data.closedAt)),
    };
  }

  private async start(em: EntityManager, event: EventEnvelope<CaseEvent>, since: string, note: string): Promise<void> {
    const { caseId, regionCode } = event.data;
    if (!this.readable(event)) return;
    const periods = new VillageTypePeriodRepository(em);
    const scope = RegionScope.of(regionCode);
    if (await periods.findOne(scope, { regionCode, villageType: WEAK_ORGANIZATION, until: null })) {
      this.logger.warn({ eventId: event.id, caseId, regionCode }, 'village is already weak-organization: nothing to start');
      return;
    }
    const period = periods.add(scope, new VillageTypePeriod(regionCode, WEAK_ORGANIZATION, since.slice(0, 10), SET_BY_ORGANIZATION));
    Object.assign(period, { caseId: caseId.toLowerCase(), note: note.slice(0, 2000) || null });
    await em.flush();
  }

  private async close(em: EntityManager, event: EventEnvelope<CaseEvent>, closedAt: string): Promise<void> {
    const { caseId, regionCode } = event.data;
    if (!this.readable(event)) return;
    const periods = new VillageTypePeriodRepository(em);
    const period = await periods.findOne(RegionScope.of(regionCode), { regionCode, villageType: WEAK_ORGANIZATION, until: null });
    if (!period) {
      this.logger.warn({ eventId: event.id, caseId, regionCode }, 'weak-organization case closed for a village not weak here: nothing to end');
      return;
    }
    const day = closedAt.slice(0, 10);
    Object.assign(period, { until: day < period.since ? period.since : day, endedBy: SET_BY_ORGANIZATION, endNote: `销号: case ${caseId} closed` });
    await em.flush();
  }

  private readable(event: EventEnvelope<CaseEvent>): boolean {
    const { caseId, regionCode } = event.data;
    if (isUuid(caseId) && isRegionCode(regionCode) && regionCode.length === 12) return true;
    this.logger.warn({ eventId: event.id, caseId, regionCode }, `${event.type} with a case id that is not a uuid or a region that is not a village: skipped`);
    return false;
  }
}
