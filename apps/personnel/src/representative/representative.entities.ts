import { type EntityClass } from '@mikro-orm/postgresql';
import { RepresentativePointChange } from './representative-point-change.entity';
import { RepresentativeStatusChange } from './representative-status-change.entity';
import { VillageRepresentative } from './village-representative.entity';

/** The representative tables, registered in the personnel subgraph's ORM (see ../orm.ts). */
export const REPRESENTATIVE_ENTITIES: EntityClass<object>[] = [VillageRepresentative, RepresentativePointChange, RepresentativeStatusChange];
