import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { Cadre } from './cadre.entity';
import { type QualificationResult } from './cadre-vocabulary';

// 任职资格审查: a candidate's qualification review; appointment needs a PASSED one.
@Entity({ tableName: 'qualification_review' })
@Index({
  name: 'qualification_review_region_prefix_idx',
  expression: 'create index "qualification_review_region_prefix_idx" on "qualification_review" ("region_code" varchar_pattern_ops, "id")',
})
export class QualificationReview {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => Cadre, index: 'qualification_review_cadre_idx' })
  cadre: Cadre;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'date' })
  reviewedOn: string;

  @Property({ type: 'varchar', length: 8 })
  result: QualificationResult;

  @Property({ type: 'json' })
  reasons: string[];

  @Property({ type: 'varchar', length: 100 })
  reviewedBy: string;

  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();

  constructor(cadre: Cadre, reviewedOn: string, result: QualificationResult, reasons: string[], reviewedBy: string) {
    this.cadre = cadre;
    this.regionCode = cadre.regionCode;
    this.reviewedOn = reviewedOn;
    this.result = result;
    this.reasons = reasons;
    this.reviewedBy = reviewedBy;
  }
}
