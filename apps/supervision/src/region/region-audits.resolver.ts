import { Args, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { CurrentCaller } from '@grassroots/subgraph';
import { toAuditObject } from '../audit/audit.mapper';
import { AuditConnection } from '../audit/audit.object';
import { AuditService } from '../audit/audit.service';
import { RegionRef } from './region.ref';

@Resolver(() => RegionRef)
export class RegionAuditsResolver {
  constructor(private readonly auditService: AuditService) {}

  @ResolveField(() => AuditConnection, {
    description: '该区划内的村干部审计 (audits in this region and below, within your scope, latest scheduled first)',
  })
  async audits(@Parent() region: RegionRef, @CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<AuditConnection> {
    return toConnection(await this.auditService.list(caller, { within: region.code }, page), toAuditObject);
  }

  @ResolveReference()
  resolveReference(reference: { code: string }): RegionRef {
    return { code: reference.code };
  }
}
