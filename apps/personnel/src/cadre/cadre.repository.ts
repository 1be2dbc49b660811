import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type RegionScope } from '@grassroots/kernel';
import { RegionScopedRepository } from '@grassroots/persistence';
import { CadrePost, CadrePostChange } from './cadre-post.entity';
import { CadreTraining } from './cadre-training.entity';
import { HIGH_SCHOOL_OR_ABOVE, TWO_COMMITTEE_POSTS } from './cadre-vocabulary';
import { Cadre } from './cadre.entity';
import { DutyLine, DutyLineAssignment } from './duty-line.entity';
import { EscalatedTalk } from './escalated-talk.entity';
import { HalfYearAssessment } from './half-year-assessment.entity';
import { MajorMatterReport } from './major-matter-report.entity';
import { Mentorship } from './mentorship.entity';
import { QualificationReview } from './qualification-review.entity';

/** The counts behind a region's cadre profile 村干部队伍结构 (see CadreProfileService). */
export type CadreProfileCounts = {
  code: string;
  cadres: number;
  averageAge: number | null;
  secretaries: number;
  secretariesAverageAge: number | null;
  under45: number;
  highSchoolOrAbove: number;
  villagesWithSecretary: number;
  villagesWithBothPosts: number;
};

type ProfileRow = {
  code: string;
  cadres: number;
  average_age: number | null;
  secretaries: number;
  secretaries_average_age: number | null;
  under45: number;
  high_school_or_above: number;
  villages_with_secretary: number;
  villages_with_both: number;
};

@Injectable()
export class CadreRepository extends RegionScopedRepository<Cadre> {
  constructor(em: EntityManager) {
    super(em, Cadre, 'Cadre');
  }

  /**
   * The profile counts of serving two-committee members under each of `roots` (each already
   * within `scope`), in ONE aggregate query. Ages are full years on `today`.
   */
  async profileCounts(scope: RegionScope, roots: readonly string[], today: string): Promise<CadreProfileCounts[]> {
    const rows: ProfileRow[] = await this.em.execute(
      `with roots as (
         select value as code from json_array_elements_text(?::json)
       ), serving as (
         select c.id, c.region_code, c.education,
                date_part('year', age(?::date, c.birth_date))::int as age,
                bool_or(p.post = 'SECRETARY') as secretary,
                bool_or(p.post = 'COMMITTEE_CHAIR') as chair
           from cadre c
           join cadre_post p on p.cadre_id = c.id and p.left_at is null and p.post in (?)
          where c.region_code like ?
          group by c.id
       )
       select r.code,
              count(s.id)::int as cadres,
              avg(s.age)::float8 as average_age,
              (count(s.id) filter (where s.secretary))::int as secretaries,
              (avg(s.age) filter (where s.secretary))::float8 as secretaries_average_age,
              (count(s.id) filter (where s.age < 45))::int as under45,
              (count(s.id) filter (where s.education in (?)))::int as high_school_or_above,
              (count(distinct s.region_code) filter (where s.secretary))::int as villages_with_secretary,
              (count(distinct s.region_code) filter (where s.secretary and s.chair))::int as villages_with_both
         from roots r
         left join serving s on s.region_code like (r.code || '%')
        group by r.code`,
      [JSON.stringify(roots), today, [...TWO_COMMITTEE_POSTS], scope.likePattern, [...HIGH_SCHOOL_OR_ABOVE]],
    );
    return rows.map((row) => ({
      code: row.code,
      cadres: row.cadres,
      averageAge: row.average_age,
      secretaries: row.secretaries,
      secretariesAverageAge: row.secretaries_average_age,
      under45: row.under45,
      highSchoolOrAbove: row.high_school_or_above,
      villagesWithSecretary: row.villages_with_secretary,
      villagesWithBothPosts: row.villages_with_both,
    }));
  }
}

@Injectable()
export class CadrePostRepository extends RegionScopedRepository<CadrePost> {
  constructor(em: EntityManager) {
    super(em, CadrePost, 'Cadre post');
  }
}

@Injectable()
export class CadrePostChangeRepository extends RegionScopedRepository<CadrePostChange> {
  constructor(em: EntityManager) {
    super(em, CadrePostChange, 'Cadre post change');
  }
}

@Injectable()
export class QualificationReviewRepository extends RegionScopedRepository<QualificationReview> {
  constructor(em: EntityManager) {
    super(em, QualificationReview, 'Qualification review');
  }
}

@Injectable()
export class MajorMatterReportRepository extends RegionScopedRepository<MajorMatterReport> {
  constructor(em: EntityManager) {
    super(em, MajorMatterReport, 'Major-matter report');
  }
}

@Injectable()
export class HalfYearAssessmentRepository extends RegionScopedRepository<HalfYearAssessment> {
  constructor(em: EntityManager) {
    super(em, HalfYearAssessment, 'Half-year assessment');
  }
}

@Injectable()
export class EscalatedTalkRepository extends RegionScopedRepository<EscalatedTalk> {
  constructor(em: EntityManager) {
    super(em, EscalatedTalk, 'Escalated talk');
  }
}

@Injectable()
export class CadreTrainingRepository extends RegionScopedRepository<CadreTraining> {
  constructor(em: EntityManager) {
    super(em, CadreTraining, 'Cadre training');
  }
}

@Injectable()
export class MentorshipRepository extends RegionScopedRepository<Mentorship> {
  constructor(em: EntityManager) {
    super(em, Mentorship, 'Mentorship');
  }
}

@Injectable()
export class DutyLineRepository extends RegionScopedRepository<DutyLine> {
  constructor(em: EntityManager) {
    super(em, DutyLine, 'Duty line');
  }
}

@Injectable()
export class DutyLineAssignmentRepository extends RegionScopedRepository<DutyLineAssignment> {
  constructor(em: EntityManager) {
    super(em, DutyLineAssignment, 'Duty line assignment');
  }
}

export const CADRE_REPOSITORIES = [
  CadreRepository,
  CadrePostRepository,
  CadrePostChangeRepository,
  QualificationReviewRepository,
  MajorMatterReportRepository,
  HalfYearAssessmentRepository,
  EscalatedTalkRepository,
  CadreTrainingRepository,
  MentorshipRepository,
  DutyLineRepository,
  DutyLineAssignmentRepository,
];
