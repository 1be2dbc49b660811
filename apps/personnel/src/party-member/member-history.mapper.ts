import { maskedText } from '../shared/personal-data';
import { type AnnualRecord } from './annual-record.entity';
import { type MemberDeparture } from './member-departure.entity';
import { type MemberDisposition } from './member-disposition.entity';
import { AnnualRecordObject, MemberDepartureObject, MemberDispositionObject, MemberTransferObject } from './member-history.object';
import { type MemberTransfer } from './member-transfer.entity';

// `masked` for an analyst: the free text written about the member (notes, reasons, summaries) reads ***.

export function toMemberTransferObject(row: MemberTransfer, masked: boolean): MemberTransferObject {
  return Object.assign(new MemberTransferObject(), {
    id: row.id,
    fromRegion: { code: row.fromRegionCode },
    region: { code: row.regionCode },
    fromBranchId: row.fromBranchId,
    toBranchId: row.toBranchId,
    fromInVillage: row.fromInVillage,
    inVillage: row.inVillage,
    transferredAt: row.transferredAt,
    note: maskedText(row.note, masked),
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  });
}

export function toMemberDepartureObject(row: MemberDeparture, masked: boolean): MemberDepartureObject {
  return Object.assign(new MemberDepartureObject(), {
    id: row.id,
    region: { code: row.regionCode },
    branchId: row.branchId,
    reason: row.reason,
    leftAt: row.leftAt,
    note: maskedText(row.note, masked),
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  });
}

export function toMemberDispositionObject(row: MemberDisposition, masked: boolean): MemberDispositionObject {
  return Object.assign(new MemberDispositionObject(), {
    id: row.id,
    kind: row.kind,
    reason: maskedText(row.reason, masked),
    decidedAt: row.decidedAt,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  });
}

export function toAnnualRecordObject(row: AnnualRecord, masked: boolean): AnnualRecordObject {
  return Object.assign(new AnnualRecordObject(), {
    id: row.id,
    memberId: row.member.id,
    year: row.year,
    rating: row.rating,
    summary: maskedText(row.summary, masked),
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  });
}
