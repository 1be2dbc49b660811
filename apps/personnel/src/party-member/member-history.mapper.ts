import { type AnnualRecord } from './annual-record.entity';
import { type MemberDeparture } from './member-departure.entity';
import { type MemberDisposition } from './member-disposition.entity';
import { AnnualRecordObject, MemberDepartureObject, MemberDispositionObject, MemberTransferObject } from './member-history.object';
import { type MemberTransfer } from './member-transfer.entity';

export function toMemberTransferObject(row: MemberTransfer): MemberTransferObject {
  return Object.assign(new MemberTransferObject(), {
    id: row.id,
    fromRegion: { code: row.fromRegionCode },
    region: { code: row.regionCode },
    fromBranchId: row.fromBranchId,
    toBranchId: row.toBranchId,
    fromInVillage: row.fromInVillage,
    inVillage: row.inVillage,
    transferredAt: row.transferredAt,
    note: row.note,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  });
}

export function toMemberDepartureObject(row: MemberDeparture): MemberDepartureObject {
  return Object.assign(new MemberDepartureObject(), {
    id: row.id,
    region: { code: row.regionCode },
    branchId: row.branchId,
    reason: row.reason,
    leftAt: row.leftAt,
    note: row.note,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  });
}

export function toMemberDispositionObject(row: MemberDisposition): MemberDispositionObject {
  return Object.assign(new MemberDispositionObject(), {
    id: row.id,
    kind: row.kind,
    reason: row.reason,
    decidedAt: row.decidedAt,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  });
}

export function toAnnualRecordObject(row: AnnualRecord): AnnualRecordObject {
  return Object.assign(new AnnualRecordObject(), {
    id: row.id,
    memberId: row.member.id,
    year: row.year,
    rating: row.rating,
    summary: row.summary,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  });
}
