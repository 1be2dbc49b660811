import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';

// Personnel's replica of one of organization's party organizations 党组织, kept from
// organization's events (see branch-directory.handler.ts), so a member's branch can be checked
// without calling organization. The id is organization's; the parent is a plain id because the
// parent's event may arrive after the child's (each village's events are ordered, not the tree's).
@Entity({ tableName: 'known_party_organization' })
@Index({
  name: 'known_party_organization_region_prefix_idx',
  expression: 'create index "known_party_organization_region_prefix_idx" on "known_party_organization" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'known_party_organization_parent_idx', properties: ['parentId'] })
export class KnownPartyOrganization {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  /** Organization's kind code: COMMITTEE 党委, GENERAL_BRANCH 党总支, BRANCH 党支部, GROUP 党小组. */
  @Property({ type: 'varchar', length: 16 })
  kind: string;

  /** Organization's special form: STANDARD, GRID_BRANCH, JOINT_COMMITTEE... */
  @Property({ type: 'varchar', length: 32 })
  form: string;

  /** The region it serves: a county, township, village or village group. */
  @Property({ type: 'varchar', length: 15 })
  regionCode: string;

  @Property({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Property({ type: 'varchar', length: 100 })
  name: string;

  /** The day organization dissolved it 撤销; null while active. */
  @Property({ type: 'date', nullable: true })
  dissolvedAt: string | null = null;

  @Property({ type: 'datetime' })
  receivedAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(id: string, kind: string, form: string, regionCode: string, parentId: string | null, name: string) {
    this.id = id;
    this.kind = kind;
    this.form = form;
    this.regionCode = regionCode;
    this.parentId = parentId;
    this.name = name;
  }
}
