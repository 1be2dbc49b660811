import { type EntityClass } from '@mikro-orm/postgresql';

/** The cadre tables, registered in the personnel subgraph's ORM (see ../orm.ts). */
export const CADRE_ENTITIES: EntityClass<object>[] = [];
