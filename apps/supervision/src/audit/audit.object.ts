import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { RegionRef } from '../region/region.ref';
import { type AuditKind } from './audit-kind';
import { type AuditStatus } from './audit-status.util';

export const AuditKindEnum: Record<AuditKind, AuditKind> = { IN_OFFICE: 'IN_OFFICE', DEPARTURE: 'DEPARTURE' };
registerEnumType(AuditKindEnum, {
  name: 'AuditKind',
  description: '审计类型 (kind of economic-responsibility audit)',
  valuesMap: {
    IN_OFFICE: { description: '任中审计 (audit while the cadre is in office)' },
    DEPARTURE: { description: '离任审计 (audit when the cadre leaves office)' },
  },
});

export const AuditStatusEnum: Record<AuditStatus, AuditStatus> = {
  SCHEDULED: 'SCHEDULED',
  IN_PROGRESS: 'IN_PROGRESS',
  COMPLETED: 'COMPLETED',
};
registerEnumType(AuditStatusEnum, {
  name: 'AuditStatus',
  description: '审计状态 (status; moves forward only: SCHEDULED → IN_PROGRESS → COMPLETED)',
  valuesMap: {
    SCHEDULED: { description: '已计划 (scheduled)' },
    IN_PROGRESS: { description: '审计中 (in progress)' },
    COMPLETED: { description: '已完成 (completed)' },
  },
});

@ObjectType('AuditCycle', { description: '审计周期 (the three-year cycle in which every village cadre is audited once)' })
export class AuditCycleObject {
  @Field(() => Int, { description: '起始年度 (first year, e.g. 2026)' })
  start!: number;

  @Field(() => Int, { description: '结束年度 (last year, e.g. 2028)' })
  end!: number;
}

@ObjectType('Audit', { description: '村干部经济责任审计 (economic-responsibility audit of a village cadre)' })
@Directive('@key(fields: "id")')
export class AuditObject {
  @Field(() => ID, { description: '审计编号 (audit id)' })
  id!: string;

  @Field(() => RegionRef, { description: '所在村(社区) (the village whose cadre is audited)' })
  region!: RegionRef;

  @Field({ description: '被审计干部姓名 (name of the audited cadre)' })
  cadreName!: string;

  @Field(() => ID, { nullable: true, description: '被审计干部编号 (the cadre’s id in the personnel subgraph, when known)' })
  cadreId!: string | null;

  @Field(() => AuditKindEnum, { description: '审计类型 (in-office or departure)' })
  kind!: AuditKind;

  @Field(() => AuditStatusEnum, { description: '审计状态 (status)' })
  status!: AuditStatus;

  @Field(() => LocalDateScalar, { description: '计划审计日期 (date the audit is scheduled for)' })
  scheduledFor!: string;

  @Field(() => AuditCycleObject, { description: '所属审计周期 (the three-year cycle of the scheduled date)' })
  cycle!: AuditCycleObject;
}

@ObjectType('AuditConnection', { description: '审计分页列表 (a page of audits)' })
export class AuditConnection extends Connection(AuditObject, 'Audit') {}

@InputType({ description: '安排审计 (schedule an audit of a village cadre)' })
export class ScheduleAuditInput {
  @Field(() => RegionCodeScalar, { description: '所在村(社区)代码 (a 12-digit village code within your scope)' })
  regionCode!: string;

  @Field({ description: '被审计干部姓名 (1–50 characters)' })
  cadreName!: string;

  @Field(() => ID, { nullable: true, description: '被审计干部编号 (the cadre’s personnel id, optional)' })
  cadreId?: string | null;

  @Field(() => AuditKindEnum, { description: '审计类型 (in-office or departure)' })
  kind!: AuditKind;

  @Field(() => LocalDateScalar, { description: '计划审计日期 (2014-01-01 or later; decides the cycle)' })
  scheduledFor!: string;
}
