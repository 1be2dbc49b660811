import { type EntityClass } from '@mikro-orm/postgresql';
import { TalentRecord, TalentRecordChange } from './talent-record.entity';

/** The talent-pool tables, registered in the personnel subgraph's ORM (see ../orm.ts). */
export const TALENT_POOL_ENTITIES: EntityClass<object>[] = [TalentRecord, TalentRecordChange];
