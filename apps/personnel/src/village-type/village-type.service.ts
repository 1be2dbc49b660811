import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { DomainError, notInFuture, optionalText, shanghaiDate } from '@grassroots/kernel';
import { lockVillage, type Page, type PageRequest } from '@grassroots/persistence';
import { requireRole } from '@grassroots/subgraph';
import { scopeWithin } from '../cadre/cadre-access';
import { villageCode } from '../cadre/cadre-input.util';
import { assertOneOf } from '../cadre/cadre-vocabulary';
import { VillageTypePeriod } from './village-type-period.entity';
import { VillageTypePeriodRepository } from './village-type.repository';
import { assertPeriodMayEnd, assertPeriodMayStart, assertSetByHand } from './village-type.rules';
import { VILLAGE_TYPE_LABELS, VILLAGE_TYPES, type VillageType } from './village-type-vocabulary';

export type SetVillageType = { regionCode: string; villageType: VillageType; since: string; note?: string | null };
export type EndVillageType = { regionCode: string; villageType: VillageType; until: string; note?: string | null };
export type VillageTypeFilter = { within?: string | null; villageType?: VillageType | null; activeOn?: string | null };

// Village types are kept by the organization department 组织部, which sends the first secretaries.
const VILLAGE_TYPE_WRITERS = ['organization-dept'] as const;

/** 村类型: which villages are poverty-relief, relocated, model... villages, and since when. */
@Injectable()
export class VillageTypeService {
  constructor(
    private readonly periods: VillageTypePeriodRepository,
    private readonly em: EntityManager,
  ) {}

  /** Periods under `within`, of one type, covering a day (all, with history, when no day): by village. */
  list(caller: Caller, filter: VillageTypeFilter, page: PageRequest): Promise<Page<VillageTypePeriod>> {
    const where = {
      ...(filter.villageType ? { villageType: filter.villageType } : {}),
      ...(filter.activeOn ? { since: { $lte: filter.activeOn }, $or: [{ until: null }, { until: { $gt: filter.activeOn } }] } : {}),
    };
    return this.periods.page(scopeWithin(caller, filter.within), where, page, { regionCode: 'asc', villageType: 'asc', since: 'desc', id: 'asc' });
  }

  /** Gives a village a type from `since`; a type it has (or had past `since`) is a CONFLICT. */
  async set(caller: Caller, input: SetVillageType, today = shanghaiDate()): Promise<VillageTypePeriod> {
    requireRole(caller, 'Setting a village type', ...VILLAGE_TYPE_WRITERS);
    const { regionCode, villageType } = this.target(input);
    const since = notInFuture(input.since, today, 'since');
    const note = optionalText(input.note, 'note', 500);
    caller.scope.assertCovers(regionCode, 'village');
    return this.em.transactional(async () => {
      await lockVillage(this.em, 'village-type', regionCode);
      assertPeriodMayStart(await this.periods.find(caller.scope, { regionCode, villageType }), since, regionCode, villageType);
      const period = this.periods.add(caller.scope, new VillageTypePeriod(regionCode, villageType, since, caller.subject));
      period.note = note;
      await this.em.flush();
      return period;
    });
  }

  /** Ends a village's current type: from `until` on the village no longer has it; the period stays. */
  async end(caller: Caller, input: EndVillageType, today = shanghaiDate()): Promise<VillageTypePeriod> {
    requireRole(caller, 'Ending a village type', ...VILLAGE_TYPE_WRITERS);
    const { regionCode, villageType } = this.target(input);
    const until = notInFuture(input.until, today, 'until');
    const note = optionalText(input.note, 'note', 500);
    caller.scope.assertCovers(regionCode, 'village');
    return this.em.transactional(async () => {
      await lockVillage(this.em, 'village-type', regionCode);
      const period = await this.periods.findOne(caller.scope, { regionCode, villageType, until: null });
      if (!period) {
        throw new DomainError('NOT_FOUND', `village ${regionCode} is not ${villageType} ${VILLAGE_TYPE_LABELS[villageType]} now: there is nothing to end`, {
          regionCode,
          villageType,
        });
      }
      assertPeriodMayEnd(period, until);
      Object.assign(period, { until, endedBy: caller.subject, endNote: note });
      await this.em.flush();
      return period;
    });
  }

  private target(input: { regionCode: string; villageType: VillageType }): { regionCode: string; villageType: VillageType } {
    const regionCode = villageCode(input.regionCode);
    const villageType = assertOneOf(input.villageType, VILLAGE_TYPES, 'villageType');
    assertSetByHand(villageType);
    return { regionCode, villageType };
  }
}
