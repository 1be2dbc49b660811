import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { Cadre } from './cadre.entity';
import { type AssessmentGrade, type HalfYear } from './cadre-vocabulary';

// 半年履职评估: one per cadre per half-year (the unique index backs the rule).
@Entity({ tableName: 'half_year_assessment' })
@Index({
  name: 'half_year_assessment_region_prefix_idx',
  expression: 'create index "half_year_assessment_region_prefix_idx" on "half_year_assessment" ("region_code" varchar_pattern_ops, "id")',
})
@Unique({ name: 'half_year_assessment_cadre_period_uq', properties: ['cadre', 'year', 'half'] })
export class HalfYearAssessment {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => Cadre })
  cadre: Cadre;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'smallint' })
  year: number;

  @Property({ type: 'varchar', length: 6 })
  half: HalfYear;

  @Property({ type: 'varchar', length: 20 })
  grade: AssessmentGrade;

  @Property({ type: 'text', nullable: true })
  note: string | null;

  @Property({ type: 'varchar', length: 100 })
  assessedBy: string;

  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();

  constructor(cadre: Cadre, year: number, half: HalfYear, grade: AssessmentGrade, note: string | null, assessedBy: string) {
    this.cadre = cadre;
    this.regionCode = cadre.regionCode;
    this.year = year;
    this.half = half;
    this.grade = grade;
    this.note = note;
    this.assessedBy = assessedBy;
  }
}
