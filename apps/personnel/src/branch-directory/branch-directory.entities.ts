import { type EntityClass } from '@mikro-orm/postgresql';
import { KnownPartyOrganization } from './known-party-organization.entity';

/** The branch directory's table, registered in the personnel subgraph's ORM (see ../orm.ts). */
export const BRANCH_DIRECTORY_ENTITIES: EntityClass<object>[] = [KnownPartyOrganization];
