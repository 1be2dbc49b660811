import { type EntityClass } from '@mikro-orm/postgresql';

/** The rectification tables, registered in the organization subgraph's ORM (see ../orm.ts). */
export const RECTIFICATION_ENTITIES: EntityClass<object>[] = [];
