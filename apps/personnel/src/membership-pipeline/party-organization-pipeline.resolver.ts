import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { masksPersonalData } from '../shared/personal-data';
import { batchedPage } from '../shared/batched-page';
import { PartyOrganizationRef } from '../party-member/party-organization.ref';
import { toPipelinePersonObject } from './membership-pipeline.mapper';
import { PipelinePersonConnection, PipelineStageEnum } from './membership-pipeline.object';
import { MembershipPipelineService } from './membership-pipeline.service';
import { type PipelineStage } from './pipeline-stage.util';

@Resolver(() => PartyOrganizationRef)
export class PartyOrganizationPipelineResolver {
  constructor(private readonly pipelineService: MembershipPipelineService) {}

  // Hundreds of organizations in one `_entities` call cost two SQL statements, with or without overdueOnly.
  @ResolveField(() => PipelinePersonConnection, { description: '本支部发展党员名单 (the branch’s pipeline within your scope, by name)' })
  async pipeline(
    @Parent() organization: PartyOrganizationRef,
    @Args() page: PageArgs,
    @Args('stage', { type: () => PipelineStageEnum, nullable: true, description: '阶段 (one stage; default every stage before FULL)' })
    stage: PipelineStage | null,
    @Args('overdueOnly', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: '仅逾期 (only probationary members past their year without the full-membership vote who are still members; default false)',
    })
    overdueOnly: boolean | null,
    @RequestContextArg() context: SubgraphContext,
  ): Promise<PipelinePersonConnection> {
    const caller = userCallerOf(context);
    const filter = { stage, overdueOnly: overdueOnly ?? false };
    const found = await batchedPage(
      context,
      `party-organization-pipeline:${stage ?? 'open'}:${filter.overdueOnly ? 'overdue' : 'all'}`,
      organization.id,
      page,
      (ids) => this.pipelineService.firstPagesOfBranches(caller, ids, filter, page.first),
      () => this.pipelineService.listOfBranch(caller, organization.id, filter, page),
    );
    const masked = masksPersonalData(caller);
    return toConnection(found, (person) => toPipelinePersonObject(person, masked));
  }
}
