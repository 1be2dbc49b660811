import { type EntityClass } from '@mikro-orm/postgresql';
import { PipelinePerson } from './pipeline-person.entity';
import { PipelineStageRecord } from './pipeline-stage-record.entity';

/** The membership-pipeline tables, registered in the personnel subgraph's ORM (see ../orm.ts). */
export const MEMBERSHIP_PIPELINE_ENTITIES: EntityClass<object>[] = [PipelinePerson, PipelineStageRecord];
