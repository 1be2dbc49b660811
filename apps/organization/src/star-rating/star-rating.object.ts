import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, RegionCodeScalar } from '@grassroots/graphql';
import { STAR_GRADES, type StarGrade, type Stars } from './star-scale.util';

const SCALE = '1 一星 达标 (meets the standard), 2 二星 规范, 3 三星 先进, 4 四星 优秀, 5 五星 示范 (model)';

export const StarGradeEnum = Object.fromEntries(Object.values(STAR_GRADES).map((grade) => [grade.name, grade.name])) as Record<StarGrade, StarGrade>;
registerEnumType(StarGradeEnum, {
  name: 'StarGrade',
  description: `星级 (grade of 达标创星、晋位升级: one star is reaching the standard, each further star a step up; ${SCALE}. Falling short of the standard is not a grade: that is a weak organization 软弱涣散)`,
  valuesMap: Object.fromEntries(
    (Object.entries(STAR_GRADES) as [string, (typeof STAR_GRADES)[Stars]][]).map(([stars, grade]) => [
      grade.name,
      { description: `${grade.label} (${stars} star${stars === '1' ? '' : 's'}: ${grade.meaning})` },
    ]),
  ) as Record<StarGrade, { description: string }>,
});

@ObjectType('StarRating', { description: '星级评定 (annual star rating 达标创星、晋位升级 of a village organization; one per village and year)' })
@Directive('@key(fields: "id")')
export class StarRatingObject {
  @Field(() => ID, { description: '评定编号 (rating id)' })
  id!: string;

  @Field(() => RegionCodeScalar, { description: '所在村(社区)代码 (village code)' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: '村党组织编号 (the village party organization, a PartyOrganization id, when given)' })
  organizationId!: string | null;

  @Field(() => Int, { description: '评定年度 (year rated)' })
  year!: number;

  @Field(() => Int, { description: `星数 (stars, 1–5, current value after any correction: ${SCALE})` })
  stars!: number;

  @Field(() => StarGradeEnum, { description: '星级 (grade named by the stars)' })
  grade!: StarGrade;

  @Field(() => String, { nullable: true, description: '评定说明 (note given with the rating)' })
  note!: string | null;

  @Field({ description: '评定人 (who rated)' })
  ratedBy!: string;

  @Field({ description: '评定时间 (ISO 8601 timestamp, UTC)' })
  ratedAt!: string;
}

@ObjectType('StarRatingConnection', { description: '星级评定分页列表 (a page of star ratings)' })
export class StarRatingConnection extends Connection(StarRatingObject, 'StarRating') {}

@ObjectType('StarRatingCorrection', { description: '星级更正记录 (a correction of a rating: before, after, who, when, why)' })
export class StarRatingCorrectionObject {
  @Field(() => ID, { description: '更正编号 (correction id)' })
  id!: string;

  @Field(() => Int, { description: '更正前星数 (stars before)' })
  previousStars!: number;

  @Field(() => Int, { description: '更正后星数 (stars after)' })
  stars!: number;

  @Field({ description: '更正理由 (why)' })
  note!: string;

  @Field({ description: '更正人 (who corrected)' })
  correctedBy!: string;

  @Field({ description: '更正时间 (ISO 8601 timestamp, UTC)' })
  correctedAt!: string;
}

@ObjectType('StarRatingCorrectionConnection', { description: '星级更正记录分页列表 (a page of rating corrections)' })
export class StarRatingCorrectionConnection extends Connection(StarRatingCorrectionObject, 'StarRatingCorrection') {}

@InputType({ description: '星级评定 (rate a village organization for a year)' })
export class RateVillageOrganizationInput {
  @Field(() => RegionCodeScalar, { description: '所在村(社区)代码 (a 12-digit village code within your scope)' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: '村党组织编号 (the village party organization, optional)' })
  organizationId?: string | null;

  @Field(() => Int, { description: '评定年度 (2000 up to the current year)' })
  year!: number;

  @Field(() => Int, { description: `星数 (1–5: ${SCALE})` })
  stars!: number;

  @Field(() => String, { nullable: true, description: '评定说明 (note, up to 500 characters)' })
  note?: string | null;
}
