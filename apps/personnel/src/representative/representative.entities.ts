import { type EntityClass } from '@mikro-orm/postgresql';

/** The representative tables, registered in the personnel subgraph's ORM (see ../orm.ts). */
export const REPRESENTATIVE_ENTITIES: EntityClass<object>[] = [];
