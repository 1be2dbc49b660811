import { type EntityClass } from '@mikro-orm/postgresql';
import { DispatchedCadre, DispatchedCadreChange } from './dispatched-cadre.entity';

/** The dispatched-cadre tables, registered in the personnel subgraph's ORM (see ../orm.ts). */
export const DISPATCHED_CADRE_ENTITIES: EntityClass<object>[] = [DispatchedCadre, DispatchedCadreChange];
