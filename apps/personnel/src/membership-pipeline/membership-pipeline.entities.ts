import { type EntityClass } from '@mikro-orm/postgresql';

/** The membership-pipeline tables, registered in the personnel subgraph's ORM (see ../orm.ts). */
export const MEMBERSHIP_PIPELINE_ENTITIES: EntityClass<object>[] = [];
