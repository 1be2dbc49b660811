import { type VillageTypePeriod } from './village-type-period.entity';
import { VillageTypePeriodObject } from './village-type.object';

export function toVillageTypePeriodObject(period: VillageTypePeriod): VillageTypePeriodObject {
  return Object.assign(new VillageTypePeriodObject(), {
    id: period.id,
    region: { code: period.regionCode },
    villageType: period.villageType,
    since: period.since,
    until: period.until,
    setBy: period.setBy,
    caseId: period.caseId,
    note: period.note,
    endedBy: period.endedBy,
    endNote: period.endNote,
  });
}
