import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, LocalDateScalar } from '@grassroots/graphql';
import { RegionRef } from '../region/region.ref';
import { CadreLeftReasonEnum, CadrePostKindEnum, EducationEnum, GenderEnum } from './cadre-enums.object';
import { type CadrePostKind, type Education, type Gender, type LeftReason } from './cadre-vocabulary';

@ObjectType('Cadre', { description: '村干部 (a village cadre: two-committee member 两委成员 or accountant)' })
@Directive('@key(fields: "id")')
export class CadreObject {
  @Field(() => ID, { description: '村干部编号 (cadre id)' })
  id!: string;

  @Field(() => String, { description: '姓名 (name; masked for analysts, e.g. 张**)' })
  name!: string;

  @Field(() => GenderEnum, { description: '性别 (gender)' })
  gender!: Gender;

  @Field(() => LocalDateScalar, { nullable: true, description: '出生日期 (birth date; null for analysts)' })
  birthDate!: string | null;

  @Field(() => EducationEnum, { description: '学历 (highest education)' })
  education!: Education;

  @Field(() => RegionRef, { description: '所在村(社区) (the village the cadre serves)' })
  region!: RegionRef;

  @Field(() => ID, { nullable: true, description: '党员编号 (the PartyMember id when the cadre is a party member; null for analysts)' })
  memberId!: string | null;
}

@ObjectType('CadreConnection', { description: '村干部分页列表 (a page of cadres)' })
export class CadreConnection extends Connection(CadreObject, 'Cadre') {}

@ObjectType('CadrePost', { description: '村干部任职 (a post a cadre holds or held for one term 任期)' })
export class CadrePostObject {
  @Field(() => ID, { description: '任职编号 (post id; pass it to endCadrePost)' })
  id!: string;

  @Field(() => ID, { description: '村干部编号 (the cadre holding the post)' })
  cadreId!: string;

  @Field(() => CadrePostKindEnum, { description: '职务 (the post)' })
  post!: CadrePostKind;

  @Field(() => RegionRef, { description: '所在村(社区) (the village)' })
  region!: RegionRef;

  @Field(() => LocalDateScalar, { description: '任期开始 (term start: the election 换届选举 or appointment date)' })
  termStart!: string;

  @Field(() => LocalDateScalar, {
    description: '任期届满 (term end, the next 换届: five years after a general election; for a by-election 补选, the end of the village’s current term)',
  })
  termEnd!: string;

  @Field(() => Boolean, { description: '换届逾期 (true while the post is active after its term end: the village is due for its general election)' })
  termOverdue!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: '离任日期 (date the cadre left the post; null while serving)' })
  leftAt!: string | null;

  @Field(() => CadreLeftReasonEnum, { nullable: true, description: '离任原因 (why the cadre left; null while serving)' })
  leftReason!: LeftReason | null;

  @Field(() => Boolean, { description: '是否在任 (true while serving: not yet left)' })
  active!: boolean;
}

@ObjectType('CadrePostConnection', { description: '任职分页列表 (a page of posts)' })
export class CadrePostConnection extends Connection(CadrePostObject, 'CadrePost') {}

@ObjectType('CadreProfile', {
  description: '村干部队伍结构 (profile of the serving two-committee members 两委成员 of a region, within your scope; ages as of asOf)',
})
export class CadreProfileObject {
  @Field(() => RegionRef, { description: '统计区划 (the region counted: the requested region, or your scope when you asked for a region above it)' })
  region!: RegionRef;

  @Field(() => LocalDateScalar, { description: '统计日期 (the Asia/Shanghai date ages are counted on: today)' })
  asOf!: string;

  @Field(() => Int, { description: '在任两委成员人数 (serving two-committee members)' })
  cadreCount!: number;

  @Field(() => Float, { nullable: true, description: '平均年龄 (average age in full years; null without cadres)' })
  averageAge!: number | null;

  @Field(() => Int, { description: '在任村党组织书记人数 (serving secretaries)' })
  secretaryCount!: number;

  @Field(() => Float, { nullable: true, description: '书记平均年龄 (secretaries’ average age; null without secretaries)' })
  secretariesAverageAge!: number | null;

  @Field(() => Float, { nullable: true, description: '45岁以下占比 (share under 45, 0–1; null without cadres)' })
  shareUnder45!: number | null;

  @Field(() => Float, { nullable: true, description: '高中(中专)及以上学历占比 (share with high-school education or above, 0–1)' })
  shareHighSchoolOrAbove!: number | null;

  @Field(() => Int, { description: '有在任书记的村数 (villages with a serving secretary)' })
  villagesWithSecretary!: number;

  @Field(() => Int, { description: '书记、主任一肩挑的村数 (villages whose secretary also chairs the villagers’ committee)' })
  villagesWithBothPosts!: number;

  @Field(() => Float, {
    nullable: true,
    description: '一肩挑比例 (share of villages with a secretary where the secretary holds both posts, 0–1; null without secretaries)',
  })
  shareVillagesWithBothPosts!: number | null;
}
