import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AnnualRecord } from './annual-record.entity';
import { KeyedPageRepository } from '../shared/keyed-page.repository';
import { MemberDeparture } from './member-departure.entity';
import { MemberDisposition } from './member-disposition.entity';
import { MemberTransfer } from './member-transfer.entity';

// History rows are scoped by their own region code: the member's village when it happened.
@Injectable()
export class MemberTransferRepository extends KeyedPageRepository<MemberTransfer> {
  constructor(em: EntityManager) {
    super(em, MemberTransfer, 'Member transfer');
  }
}

@Injectable()
export class MemberDepartureRepository extends KeyedPageRepository<MemberDeparture> {
  constructor(em: EntityManager) {
    super(em, MemberDeparture, 'Member departure');
  }
}

@Injectable()
export class MemberDispositionRepository extends KeyedPageRepository<MemberDisposition> {
  constructor(em: EntityManager) {
    super(em, MemberDisposition, 'Member disposition');
  }
}

@Injectable()
export class AnnualRecordRepository extends KeyedPageRepository<AnnualRecord> {
  constructor(em: EntityManager) {
    super(em, AnnualRecord, 'Annual record');
  }
}
