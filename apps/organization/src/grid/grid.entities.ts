import { type EntityClass } from '@mikro-orm/postgresql';

/** The grid tables, registered in the organization subgraph's ORM (see ../orm.ts). */
export const GRID_ENTITIES: EntityClass<object>[] = [];
