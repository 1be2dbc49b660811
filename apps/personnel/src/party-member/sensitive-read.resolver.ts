import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { CurrentCaller } from '@grassroots/subgraph';
import { type SensitiveRead } from './sensitive-read.entity';
import { SensitiveReadConnection, SensitiveReadObject } from './sensitive-read.object';
import { SensitiveFieldService } from './sensitive-field.service';

const toObject = (read: SensitiveRead): SensitiveReadObject =>
  Object.assign(new SensitiveReadObject(), {
    id: read.id,
    region: { code: read.regionCode },
    readerSubject: read.readerSubject,
    readerRoles: read.readerRoles,
    subjectType: read.subjectType,
    subjectId: read.subjectId,
    field: read.field,
    readAt: read.readAt.toISOString(),
  });

@Resolver(() => SensitiveReadObject)
export class SensitiveReadResolver {
  constructor(private readonly sensitive: SensitiveFieldService) {}

  @Query(() => SensitiveReadConnection, { description: '敏感数据查看记录 (unmasked reads of personal data within your scope, latest first). Roles: auditadmin' })
  async sensitiveReads(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' }) within?: string | null,
    @Args('subjectId', { type: () => ID, nullable: true, description: '主体编号 (only reads of this member or person)' }) subjectId?: string | null,
  ): Promise<SensitiveReadConnection> {
    return toConnection(await this.sensitive.readLog(caller, { within, subjectId }, page), toObject);
  }
}
