import { type EntityClass } from '@mikro-orm/postgresql';
import { HouseholdLink } from './household-link.entity';
import { HouseholdVisit } from './household-visit.entity';
import { Household } from './household.entity';
import { LinkPerson } from './link-person.entity';

/** The household-link tables, registered in the personnel subgraph's ORM (see ../orm.ts). */
export const HOUSEHOLD_LINK_ENTITIES: EntityClass<object>[] = [Household, LinkPerson, HouseholdLink, HouseholdVisit];
