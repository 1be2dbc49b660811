import { type EntityClass } from '@mikro-orm/postgresql';
import { VillageTypePeriod } from './village-type-period.entity';

/** The village-type table, registered in the personnel subgraph's ORM (see ../orm.ts). */
export const VILLAGE_TYPE_ENTITIES: EntityClass<object>[] = [VillageTypePeriod];
