import { type EntityClass } from '@mikro-orm/postgresql';
import { SocialActivityReport, SocialOrganization, SocialOrganizationFilingTransition } from './social-organization.entity';

/** The social-organization tables, registered in the organization subgraph's ORM (see ../orm.ts). */
export const SOCIAL_ORGANIZATION_ENTITIES: EntityClass<object>[] = [SocialOrganization, SocialOrganizationFilingTransition, SocialActivityReport];
