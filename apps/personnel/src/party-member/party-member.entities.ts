import { type EntityClass } from '@mikro-orm/postgresql';
import { PartyMember } from './party-member.entity';

/** The party-member tables, registered in the personnel subgraph's ORM (see ../orm.ts). */
export const PARTY_MEMBER_ENTITIES: EntityClass<object>[] = [PartyMember];
