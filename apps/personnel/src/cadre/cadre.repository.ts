import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type RegionScope } from '@grassroots/kernel';
import { RegionScopedRepository } from '@grassroots/persistence';
import { KeyedPageRepository } from '../shared/keyed-page.repository';
import { CadrePost, CadrePostChange } from './cadre-post.entity';
import { CadreTraining } from './cadre-training.entity';
import { HIGH_SCHOOL_OR_ABOVE, TWO_COMMITTEE_POSTS } from './cadre-vocabulary';
import { Cadre } from './cadre.entity';
import { DutyLine, DutyLineAssignment } from './duty-line.entity';
import { type VillageDutyLineCounts } from './duty-line.rules';
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
export class CadreRepository extends KeyedPageRepository<Cadre> {
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
export class CadrePostRepository extends KeyedPageRepository<CadrePost> {
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
export class QualificationReviewRepository extends KeyedPageRepository<QualificationReview> {
  constructor(em: EntityManager) {
    super(em, QualificationReview, 'Qualification review');
  }
}

@Injectable()
export class MajorMatterReportRepository extends KeyedPageRepository<MajorMatterReport> {
  constructor(em: EntityManager) {
    super(em, MajorMatterReport, 'Major-matter report');
  }
}

@Injectable()
export class HalfYearAssessmentRepository extends KeyedPageRepository<HalfYearAssessment> {
  constructor(em: EntityManager) {
    super(em, HalfYearAssessment, 'Half-year assessment');
  }
}

@Injectable()
export class EscalatedTalkRepository extends KeyedPageRepository<EscalatedTalk> {
  constructor(em: EntityManager) {
    super(em, EscalatedTalk, 'Escalated talk');
  }
}

@Injectable()
export class CadreTrainingRepository extends KeyedPageRepository<CadreTraining> {
  constructor(em: EntityManager) {
    super(em, CadreTraining, 'Cadre training');
  }
}

@Injectable()
export class MentorshipRepository extends KeyedPageRepository<Mentorship> {
  constructor(em: EntityManager) {
    super(em, Mentorship, 'Mentorship');
  }
}

@Injectable()
export class DutyLineRepository extends KeyedPageRepository<DutyLine> {
  constructor(em: EntityManager) {
    super(em, DutyLine, 'Duty line');
  }

  /**
   * One page of the duty-line report 履职工作线情况, by village code, in ONE statement: each village
   * of `scope` with an active post or a line, its line count and the lines whose owner holds no
   * active post. With `shortOfLines` set, only villages with fewer lines or with orphaned lines.
   */
  async villageReport(
    scope: RegionScope,
    filter: { attentionOnly: boolean; shortOfLines: number },
    size: number,
    after: string | null,
  ): Promise<{ rows: VillageDutyLineCounts[]; totalCount: number }> {
    const like = scope.likePattern;
    const rows = await this.em.execute<(Partial<DutyLineReportRow> & { total: number })[]>(
      `with villages as (
         select region_code from cadre_post where region_code like ? and left_at is null
         union
         select region_code from duty_line where region_code like ?
       ), report as (
         select v.region_code,
                count(l.id)::int as line_count,
                (count(l.id) filter (where not exists (
                   select 1 from cadre_post p where p.cadre_id = l.owner_id and p.left_at is null
                 )))::int as orphaned_line_count
           from villages v
           left join duty_line l on l.region_code = v.region_code
          group by v.region_code
       ), wanted as (
         select * from report where not ?::boolean or line_count < ? or orphaned_line_count > 0
       )
       select (select count(*)::int from wanted) as total, page.*
         from (select 1) as one
         left join lateral (
           select * from wanted where ?::varchar is null or wanted.region_code > ? order by wanted.region_code limit ?
         ) as page on true`,
      [like, like, filter.attentionOnly, filter.shortOfLines, after, after, size + 1],
    );
    return {
      totalCount: rows[0]?.total ?? 0,
      rows: rows
        .filter((row): row is DutyLineReportRow & { total: number } => row.region_code != null)
        .map((row) => ({ regionCode: row.region_code, lineCount: row.line_count, orphanedLineCount: row.orphaned_line_count })),
    };
  }
}

type DutyLineReportRow = { region_code: string; line_count: number; orphaned_line_count: number };

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
