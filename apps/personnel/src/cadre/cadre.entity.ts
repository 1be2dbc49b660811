import { Collection, Entity, Index, OneToMany, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { CadrePost } from './cadre-post.entity';
import { CadreTraining } from './cadre-training.entity';
import { type Education, type Gender } from './cadre-vocabulary';

// A village cadre 村干部: the person. What they hold is in cadre_post, one row per post and term.
@Entity({ tableName: 'cadre' })
@Index({
  name: 'cadre_region_prefix_idx',
  expression: 'create index "cadre_region_prefix_idx" on "cadre" ("region_code" varchar_pattern_ops, "id")',
})
export class Cadre {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @Property({ type: 'varchar', length: 50 })
  name: string;

  @Property({ type: 'varchar', length: 6 })
  gender: Gender;

  @Property({ type: 'date' })
  birthDate: string;

  @Property({ type: 'varchar', length: 16 })
  education: Education;

  /** The village 村(社区) the cadre serves. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** The cadre's PartyMember id when they are a party member (not checked). */
  @Property({ type: 'uuid', nullable: true })
  memberId: string | null = null;

  @Property({ type: 'varchar', length: 100 })
  createdBy: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @OneToMany({ entity: () => CadrePost, mappedBy: 'cadre' })
  posts = new Collection<CadrePost>(this);

  @OneToMany({ entity: () => CadreTraining, mappedBy: 'cadre' })
  trainings = new Collection<CadreTraining>(this);

  constructor(name: string, gender: Gender, birthDate: string, education: Education, regionCode: string, createdBy: string) {
    this.name = name;
    this.gender = gender;
    this.birthDate = birthDate;
    this.education = education;
    this.regionCode = regionCode;
    this.createdBy = createdBy;
  }
}
