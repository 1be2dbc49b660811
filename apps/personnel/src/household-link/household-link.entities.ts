import { type EntityClass } from '@mikro-orm/postgresql';

/** The household-link tables, registered in the personnel subgraph's ORM (see ../orm.ts). */
export const HOUSEHOLD_LINK_ENTITIES: EntityClass<object>[] = [];
