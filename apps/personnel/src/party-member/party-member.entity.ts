import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';

// A party member 党员. Only the fields the platform foundation needs; the personnel issue
// adds the full record (sensitive data, pipeline, dispositions).
@Entity({ tableName: 'party_member' })
@Index({
  name: 'party_member_region_prefix_idx',
  expression: 'create index "party_member_region_prefix_idx" on "party_member" ("region_code" varchar_pattern_ops, "id")',
})
export class PartyMember {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'varchar', length: 50 })
  name: string;

  /** The village 村(社区) the member belongs to. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** The branch 党支部 (a PartyOrganization id owned by the organization subgraph). */
  @Property({ type: 'uuid', nullable: true })
  branchId: string | null;

  /** Lives in the village; false for a migrant member 流动党员 (about two thirds in rural villages). */
  @Property({ type: 'boolean', default: true })
  inVillage: Opt<boolean> = true;

  @Property({ type: 'date' })
  joinedAt: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  constructor(name: string, regionCode: string, branchId: string | null, joinedAt: string) {
    this.name = name;
    this.regionCode = regionCode;
    this.branchId = branchId;
    this.joinedAt = joinedAt;
  }
}
