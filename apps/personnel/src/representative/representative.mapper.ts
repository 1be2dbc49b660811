import { maskedText, maskName } from '../shared/personal-data';
import { type PointItem, pointItemByCode } from './point-items';
import { type RankedRepresentative } from './representative.repository';
import {
  RankedRepresentativeObject,
  RepresentativePointChangeObject,
  RepresentativePointItemObject,
  RepresentativeStatusChangeObject,
  VillageRepresentativeObject,
} from './representative.object';
import { type RepresentativePointChange } from './representative-point-change.entity';
import { type RepresentativeStatusChange } from './representative-status-change.entity';
import { type VillageRepresentative } from './village-representative.entity';

export function toPointItemObject(item: PointItem): RepresentativePointItemObject {
  return Object.assign(new RepresentativePointItemObject(), { code: item.code, name: item.name, kind: item.kind, defaultPoints: item.defaultPoints });
}

export function toRepresentativeObject(representative: VillageRepresentative, masked: boolean): VillageRepresentativeObject {
  return Object.assign(new VillageRepresentativeObject(), {
    id: representative.id,
    name: masked ? maskName(representative.name) : representative.name,
    region: { code: representative.regionCode },
    memberId: representative.memberId,
    electedAt: representative.electedAt,
    status: representative.status,
    leftOn: representative.leftOn,
    replacedById: representative.replacedBy,
  });
}

export function toPointChangeObject(change: RepresentativePointChange, masked: boolean): RepresentativePointChangeObject {
  // A stored code always names a known item; an unknown one (retired later) still shows its code.
  const item = pointItemByCode(change.itemCode) ?? { code: change.itemCode, name: change.itemCode, kind: change.points < 0 ? 'DEDUCTION' : 'BONUS', defaultPoints: 0 };
  return Object.assign(new RepresentativePointChangeObject(), {
    id: change.id,
    year: change.year,
    item: toPointItemObject(item),
    points: change.points,
    reason: maskedText(change.reason, masked),
    occurredOn: change.occurredOn,
    recordedBy: change.recordedBy,
    recordedAt: change.recordedAt.toISOString(),
    representativeId: change.representative.id,
  });
}

export function toStatusChangeObject(change: RepresentativeStatusChange, masked: boolean): RepresentativeStatusChangeObject {
  return Object.assign(new RepresentativeStatusChangeObject(), {
    id: change.id,
    fromStatus: change.fromStatus,
    toStatus: change.toStatus,
    effectiveOn: change.effectiveOn,
    reason: maskedText(change.reason, masked),
    filedWithCountyOn: change.filedWithCountyOn,
    counterpartId: change.counterpartId,
    changedBy: change.changedBy,
    changedAt: change.changedAt.toISOString(),
  });
}

export function toRankedObject(ranked: RankedRepresentative, masked: boolean): RankedRepresentativeObject {
  return Object.assign(new RankedRepresentativeObject(), {
    representative: toRepresentativeObject(ranked.representative, masked),
    points: ranked.balance,
    rank: ranked.rank,
    villageRank: ranked.villageRank,
    townshipRank: ranked.townshipRank,
  });
}
