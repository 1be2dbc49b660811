import { type EntityClass } from '@mikro-orm/postgresql';

/** The party-organization tables, registered in the organization subgraph's ORM (see ../orm.ts). */
export const PARTY_ORGANIZATION_ENTITIES: EntityClass<object>[] = [];
