import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type AnnualRating } from './member-vocabulary';
import { PartyMember } from './party-member.entity';

// The annual record 年度纪实 of one member for one year: what they did and how they were rated.
@Entity({ tableName: 'party_member_annual_record' })
@Index({
  name: 'party_member_annual_record_region_prefix_idx',
  expression: 'create index "party_member_annual_record_region_prefix_idx" on "party_member_annual_record" ("region_code" varchar_pattern_ops, "id")',
})
@Unique({ name: 'party_member_annual_record_member_year_unique', properties: ['member', 'year'] })
export class AnnualRecord {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => PartyMember })
  member: PartyMember;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'smallint' })
  year: number;

  @Property({ type: 'varchar', length: 24, nullable: true })
  rating: AnnualRating | null;

  @Property({ type: 'text' })
  summary: string;

  @Property({ type: 'varchar', length: 100 })
  recordedBy: string;

  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();

  constructor(member: PartyMember, year: number, rating: AnnualRating | null, summary: string, recordedBy: string) {
    this.member = member;
    this.regionCode = member.regionCode;
    this.year = year;
    this.rating = rating;
    this.summary = summary;
    this.recordedBy = recordedBy;
  }
}
