import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { PartyOrganization } from './party-organization.entity';

export type PartyOrganizationChangeAction = 'CREATED' | 'RENAMED' | 'MOVED' | 'DISSOLVED';

// Each change of an organization as a row: who, when, from, to (never only a changed column).
@Entity({ tableName: 'party_organization_change' })
@Index({
  name: 'party_organization_change_prefix_idx',
  expression: 'create index "party_organization_change_prefix_idx" on "party_organization_change" ("region_code" varchar_pattern_ops)',
})
@Index({ name: 'party_organization_change_organization_idx', properties: ['organization', 'changedAt'] })
export class PartyOrganizationChange {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => PartyOrganization, fieldName: 'organization_id' })
  organization: PartyOrganization;

  @Property({ type: 'varchar', length: 15 })
  regionCode: string;

  @Property({ type: 'varchar', length: 16 })
  action: PartyOrganizationChangeAction;

  /** The value before: old name, old parent id; null on creation. */
  @Property({ type: 'varchar', length: 100, nullable: true })
  fromValue: string | null;

  /** The value after: new name, new parent id, dissolution date. */
  @Property({ type: 'varchar', length: 100, nullable: true })
  toValue: string | null;

  @Property({ type: 'varchar', length: 200, nullable: true })
  note: Opt<string> | null = null;

  /** The caller's subject. */
  @Property({ type: 'varchar', length: 100 })
  changedBy: string;

  @Property({ type: 'datetime' })
  changedAt: Opt<Date> = new Date();

  constructor(
    organization: PartyOrganization,
    action: PartyOrganizationChangeAction,
    fromValue: string | null,
    toValue: string | null,
    changedBy: string,
    note: string | null = null,
  ) {
    this.organization = organization;
    this.regionCode = organization.regionCode;
    this.action = action;
    this.fromValue = fromValue;
    this.toValue = toValue;
    this.changedBy = changedBy;
    this.note = note;
  }
}
