import { maskedText, maskName } from '../shared/personal-data';
import { type TalentPoolCounts } from './talent-pool.service';
import { TalentPoolCountsObject, TalentRecordObject } from './talent-pool.object';
import { type TalentRecord } from './talent-record.entity';

export function toTalentRecordObject(record: TalentRecord, reveal: boolean): TalentRecordObject {
  return Object.assign(new TalentRecordObject(), {
    id: record.id,
    kind: record.kind,
    name: reveal ? record.name : maskName(record.name),
    region: { code: record.regionCode },
    since: record.since,
    until: record.until,
    note: maskedText(record.note, !reveal),
  });
}

export function toTalentPoolCountsObject(counts: TalentPoolCounts): TalentPoolCountsObject {
  const { regionCode, ...figures } = counts;
  return Object.assign(new TalentPoolCountsObject(), { region: { code: regionCode }, ...figures });
}
