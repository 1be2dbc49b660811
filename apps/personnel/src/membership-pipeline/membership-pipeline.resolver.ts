import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { byKeys, CurrentCaller, loaderFor, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { batchedPage } from '../shared/batched-page';
import { SensitiveFieldService } from '../party-member/sensitive-field.service';
import { masksPersonalData } from '../shared/personal-data';
import { toPipelinePersonObject, toPipelineStepObject } from './membership-pipeline.mapper';
import {
  AdvanceMembershipPipelineInput,
  ApplyForMembershipInput,
  PipelinePersonConnection,
  PipelinePersonObject,
  PipelineStageEnum,
  PipelineStepConnection,
} from './membership-pipeline.object';
import { MembershipPipelineService } from './membership-pipeline.service';
import { type PipelinePerson } from './pipeline-person.entity';
import { type PipelineStage } from './pipeline-stage.util';

@Resolver(() => PipelinePersonObject)
export class MembershipPipelineResolver {
  constructor(
    private readonly pipeline: MembershipPipelineService,
    private readonly sensitive: SensitiveFieldService,
  ) {}

  @Query(() => PipelinePersonObject, { description: '按编号查询发展党员对象 (one person of the pipeline within your scope)' })
  async pipelinePerson(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID, description: '编号 (person id)' }) id: string): Promise<PipelinePersonObject> {
    return toPipelinePersonObject(await this.pipeline.get(caller, id), masksPersonalData(caller));
  }

  @Query(() => PipelinePersonConnection, { description: '发展党员名单 (people in the pipeline within your scope, by name)' })
  async membershipPipeline(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' }) within?: string | null,
    @Args('stage', { type: () => PipelineStageEnum, nullable: true, description: '阶段 (one stage; default every stage before FULL)' })
    stage?: PipelineStage | null,
  ): Promise<PipelinePersonConnection> {
    const masked = masksPersonalData(caller);
    return toConnection(await this.pipeline.list(caller, within, stage, page), (person) => toPipelinePersonObject(person, masked));
  }

  @Query(() => PipelinePersonConnection, {
    description: '逾期未转正的预备党员 (probationary members past their year without a full-membership vote, most overdue first)',
  })
  async overdueMembershipPipeline(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' }) within?: string | null,
  ): Promise<PipelinePersonConnection> {
    const masked = masksPersonalData(caller);
    return toConnection(await this.pipeline.overdue(caller, within, page), (person) => toPipelinePersonObject(person, masked));
  }

  @Mutation(() => PipelinePersonObject, {
    description: '登记入党申请人 (enter an applicant; publishes personnel.pipeline.stage-changed.v1). Roles: organization-dept, township-officer',
  })
  async applyForPartyMembership(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => ApplyForMembershipInput, description: '申请人信息 (the applicant)' }) input: ApplyForMembershipInput,
  ): Promise<PipelinePersonObject> {
    return toPipelinePersonObject(await this.pipeline.apply(caller, input), masksPersonalData(caller));
  }

  @Mutation(() => PipelinePersonObject, {
    description:
      '发展党员下一步 (one stage forward; PROBATIONARY also registers the probationary party member and publishes personnel.member.joined.v1; every step publishes personnel.pipeline.stage-changed.v1). Roles: organization-dept, township-officer',
  })
  async advanceMembershipPipeline(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => AdvanceMembershipPipelineInput, description: '步骤信息 (the step)' }) input: AdvanceMembershipPipelineInput,
  ): Promise<PipelinePersonObject> {
    return toPipelinePersonObject(await this.pipeline.advance(caller, input), masksPersonalData(caller));
  }

  @ResolveField(() => String, {
    description: '身份证号码 (masked as 421181********1234 unless your role may read personal data: organization-dept, discipline; each unmasked read is recorded)',
  })
  async idNumber(@Parent() person: PipelinePersonObject, @RequestContextArg() context: SubgraphContext): Promise<string> {
    return (await this.sensitive.reveal(context, person.sealedIdNumber))!;
  }

  @ResolveField(() => Boolean, { description: '是否逾期 (probation past its year without the full-membership vote, and still a member)' })
  overdue(@Parent() person: PipelinePersonObject, @RequestContextArg() context: SubgraphContext): Promise<boolean> {
    if (person.dueAt === null) return Promise.resolve(false);
    const caller = userCallerOf(context);
    const loader = loaderFor<string, boolean>(context, 'pipeline-overdue', async (ids) => {
      const people = await this.pipeline.getMany(caller, ids);
      const flags = await this.pipeline.overdueOf(caller, people);
      return byKeys(ids, people.map((found, index) => ({ id: found.id, overdue: flags[index] })), (row) => row.id).map((row) =>
        row && !(row instanceof Error) ? row.overdue : false,
      );
    });
    return loader.load(person.id);
  }

  @ResolveField(() => PipelineStepConnection, { description: '发展步骤 (the recorded steps, in order)' })
  async steps(@Parent() person: PipelinePersonObject, @Args() page: PageArgs, @RequestContextArg() context: SubgraphContext): Promise<PipelineStepConnection> {
    const caller = userCallerOf(context);
    const found = await batchedPage(
      context,
      'pipeline-steps',
      person.id,
      page,
      (ids) => this.pipeline.firstPagesOfSteps(caller, ids, page.first),
      () => this.pipeline.steps(caller, person.id, page),
    );
    const masked = masksPersonalData(caller);
    return toConnection(found, (row) => toPipelineStepObject(row, masked));
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<PipelinePersonObject | null> {
    const caller = userCallerOf(context);
    const loader = loaderFor<string, PipelinePerson | null>(context, 'pipeline-person', async (ids) =>
      byKeys(ids, await this.pipeline.getMany(caller, ids), (person) => person.id),
    );
    const person = await loader.load(reference.id);
    return person ? toPipelinePersonObject(person, masksPersonalData(caller)) : null;
  }
}
