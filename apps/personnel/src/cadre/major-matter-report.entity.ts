import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { Cadre } from './cadre.entity';
import { type MajorMatterCategory } from './cadre-vocabulary';

// 重大事项报告: a matter a cadre must report (family events, absence, relatives' business ...).
@Entity({ tableName: 'major_matter_report' })
@Index({
  name: 'major_matter_report_region_prefix_idx',
  expression: 'create index "major_matter_report_region_prefix_idx" on "major_matter_report" ("region_code" varchar_pattern_ops, "id")',
})
export class MajorMatterReport {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => Cadre, index: 'major_matter_report_cadre_idx' })
  cadre: Cadre;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'date' })
  reportedOn: string;

  @Property({ type: 'varchar', length: 24 })
  category: MajorMatterCategory;

  @Property({ type: 'text' })
  summary: string;

  @Property({ type: 'varchar', length: 100 })
  recordedBy: string;

  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();

  constructor(cadre: Cadre, reportedOn: string, category: MajorMatterCategory, summary: string, recordedBy: string) {
    this.cadre = cadre;
    this.regionCode = cadre.regionCode;
    this.reportedOn = reportedOn;
    this.category = category;
    this.summary = summary;
    this.recordedBy = recordedBy;
  }
}
