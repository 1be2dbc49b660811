import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { batchedPage } from '../party-member/batched-page';
import { PartyOrganizationRef } from '../party-member/party-organization.ref';
import { toPipelinePersonObject } from './membership-pipeline.mapper';
import { PipelinePersonConnection, PipelineStageEnum } from './membership-pipeline.object';
import { MembershipPipelineService } from './membership-pipeline.service';
import { type PipelineStage } from './pipeline-stage.util';

@Resolver(() => PartyOrganizationRef)
export class PartyOrganizationPipelineResolver {
  constructor(private readonly pipelineService: MembershipPipelineService) {}

  @ResolveField(() => PipelinePersonConnection, { description: '本支部发展党员名单 (the branch’s pipeline within your scope, by name)' })
  async pipeline(
    @Parent() organization: PartyOrganizationRef,
    @Args() page: PageArgs,
    @Args('stage', { type: () => PipelineStageEnum, nullable: true, description: '阶段 (one stage; default every stage before FULL)' })
    stage: PipelineStage | null,
    @RequestContextArg() context: SubgraphContext,
  ): Promise<PipelinePersonConnection> {
    const caller = userCallerOf(context);
    const found = await batchedPage(
      context,
      `party-organization-pipeline:${stage ?? 'open'}`,
      organization.id,
      page,
      (ids) => this.pipelineService.firstPagesOfBranches(caller, ids, stage, page.first),
      () => this.pipelineService.listOfBranch(caller, organization.id, stage, page),
    );
    return toConnection(found, toPipelinePersonObject);
  }
}
