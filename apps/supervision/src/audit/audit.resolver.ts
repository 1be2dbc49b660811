import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { byKeys, CurrentCaller, loaderFor, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { type AuditKind } from './audit-kind';
import { type AuditStatus } from './audit-status.util';
import { type Audit } from './audit.entity';
import { toAuditObject } from './audit.mapper';
import { AuditConnection, AuditKindEnum, AuditObject, AuditStatusEnum, ScheduleAuditInput } from './audit.object';
import { AuditService } from './audit.service';

@Resolver(() => AuditObject)
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Query(() => AuditObject, { description: '按编号查询审计 (one audit within your scope)' })
  async audit(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID, description: '审计编号' }) id: string): Promise<AuditObject> {
    return toAuditObject(await this.auditService.get(caller, id));
  }

  @Query(() => AuditConnection, { description: '审计列表 (audits within your scope, latest scheduled first)' })
  async audits(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
    @Args('kind', { type: () => AuditKindEnum, nullable: true, description: '审计类型 (only audits of this kind)' })
    kind?: AuditKind | null,
    @Args('status', { type: () => AuditStatusEnum, nullable: true, description: '审计状态 (only audits in this status)' })
    status?: AuditStatus | null,
  ): Promise<AuditConnection> {
    return toConnection(await this.auditService.list(caller, { within, kind, status }, page), toAuditObject);
  }

  @Mutation(() => AuditObject, { description: '安排审计 (schedule an audit of a village cadre). Roles: audit, discipline' })
  async scheduleAudit(
    @CurrentCaller() caller: Caller,
    @Args('input', { description: '审计安排' }) input: ScheduleAuditInput,
  ): Promise<AuditObject> {
    return toAuditObject(await this.auditService.schedule(caller, input));
  }

  @Mutation(() => AuditObject, {
    description: '推进审计状态 (move an audit one step: SCHEDULED → IN_PROGRESS → COMPLETED; any other move is CONFLICT). Roles: audit, discipline',
  })
  async advanceAudit(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '审计编号' }) id: string,
    @Args('to', { type: () => AuditStatusEnum, description: '目标状态 (the next status)' }) to: AuditStatus,
  ): Promise<AuditObject> {
    return toAuditObject(await this.auditService.advance(caller, id, to));
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<AuditObject | null> {
    const caller = userCallerOf(context);
    const loader = loaderFor<string, Audit | null>(context, 'audit', async (ids) =>
      byKeys(ids, await this.auditService.getMany(caller, ids), (audit) => audit.id),
    );
    const audit = await loader.load(reference.id.toLowerCase());
    return audit ? toAuditObject(audit) : null;
  }
}
