import { type EntityClass } from '@mikro-orm/postgresql';
import { AnnualRecord } from './annual-record.entity';
import { MemberDeparture } from './member-departure.entity';
import { MemberDisposition } from './member-disposition.entity';
import { MemberTransfer } from './member-transfer.entity';
import { PartyMember } from './party-member.entity';
import { SensitiveRead } from './sensitive-read.entity';

/** The party-member tables, registered in the personnel subgraph's ORM (see ../orm.ts). */
export const PARTY_MEMBER_ENTITIES: EntityClass<object>[] = [PartyMember, MemberTransfer, MemberDeparture, MemberDisposition, AnnualRecord, SensitiveRead];
