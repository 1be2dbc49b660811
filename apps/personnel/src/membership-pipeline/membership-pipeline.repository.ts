import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type RegionScope } from '@grassroots/kernel';
import { KeyedPageRepository } from '../shared/keyed-page.repository';
import { PipelinePerson } from './pipeline-person.entity';
import { PipelineStageRecord } from './pipeline-stage-record.entity';

@Injectable()
export class PipelinePersonRepository extends KeyedPageRepository<PipelinePerson> {
  constructor(em: EntityManager) {
    super(em, PipelinePerson, 'Pipeline person');
  }

  /** The open (not yet FULL) record of a probationary member, locked until the transaction ends; null when none. */
  lockOpenRecordOf(scope: RegionScope, memberId: string): Promise<PipelinePerson | null> {
    return this.findOne(scope, { memberId, stage: { $ne: 'FULL' } }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }
}

@Injectable()
export class PipelineStageRecordRepository extends KeyedPageRepository<PipelineStageRecord> {
  constructor(em: EntityManager) {
    super(em, PipelineStageRecord, 'Pipeline stage');
  }
}
