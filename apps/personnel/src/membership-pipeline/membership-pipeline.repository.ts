import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { KeyedPageRepository } from '../party-member/keyed-page.repository';
import { PipelinePerson } from './pipeline-person.entity';
import { PipelineStageRecord } from './pipeline-stage-record.entity';

@Injectable()
export class PipelinePersonRepository extends KeyedPageRepository<PipelinePerson> {
  constructor(em: EntityManager) {
    super(em, PipelinePerson, 'Pipeline person');
  }
}

@Injectable()
export class PipelineStageRecordRepository extends KeyedPageRepository<PipelineStageRecord> {
  constructor(em: EntityManager) {
    super(em, PipelineStageRecord, 'Pipeline stage');
  }
}
