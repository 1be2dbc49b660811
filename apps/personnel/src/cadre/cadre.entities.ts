import { type EntityClass } from '@mikro-orm/postgresql';
import { CadrePost, CadrePostChange } from './cadre-post.entity';
import { CadreTraining } from './cadre-training.entity';
import { Cadre } from './cadre.entity';
import { DutyLine, DutyLineAssignment } from './duty-line.entity';
import { EscalatedTalk } from './escalated-talk.entity';
import { HalfYearAssessment } from './half-year-assessment.entity';
import { MajorMatterReport } from './major-matter-report.entity';
import { Mentorship } from './mentorship.entity';
import { QualificationReview } from './qualification-review.entity';

/** The cadre tables, registered in the personnel subgraph's ORM (see ../orm.ts). */
export const CADRE_ENTITIES: EntityClass<object>[] = [
  Cadre,
  CadrePost,
  CadrePostChange,
  QualificationReview,
  MajorMatterReport,
  HalfYearAssessment,
  DutyLine,
  DutyLineAssignment,
  EscalatedTalk,
  CadreTraining,
  Mentorship,
];
