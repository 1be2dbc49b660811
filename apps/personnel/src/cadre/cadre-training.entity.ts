import { DecimalType, Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { Cadre } from './cadre.entity';

// A training a cadre attended: every two-committee member is trained each quarter.
@Entity({ tableName: 'cadre_training' })
@Index({
  name: 'cadre_training_region_prefix_idx',
  expression: 'create index "cadre_training_region_prefix_idx" on "cadre_training" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'cadre_training_cadre_date_idx', properties: ['cadre', 'trainedOn'] })
export class CadreTraining {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => Cadre })
  cadre: Cadre;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'date' })
  trainedOn: string;

  @Property({ type: 'varchar', length: 100 })
  topic: string;

  @Property({ type: new DecimalType('number'), precision: 5, scale: 1 })
  hours: number;

  @Property({ type: 'varchar', length: 100 })
  recordedBy: string;

  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();

  constructor(cadre: Cadre, trainedOn: string, topic: string, hours: number, recordedBy: string) {
    this.cadre = cadre;
    this.regionCode = cadre.regionCode;
    this.trainedOn = trainedOn;
    this.topic = topic;
    this.hours = hours;
    this.recordedBy = recordedBy;
  }
}
