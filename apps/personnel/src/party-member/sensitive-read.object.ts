import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@grassroots/graphql';
import { RegionRef } from '../region/region.ref';
import { type SensitiveReadField, type SensitiveSubject } from './sensitive-read.entity';

export const SensitiveFieldEnum: Record<SensitiveReadField, SensitiveReadField> = { ID_NUMBER: 'ID_NUMBER', PHONE: 'PHONE', ID_LOOKUP: 'ID_LOOKUP' };
registerEnumType(SensitiveFieldEnum, {
  name: 'SensitiveField',
  description: '敏感字段 (a personal field shown unmasked, or a lookup by ID number)',
  valuesMap: {
    ID_NUMBER: { description: '身份证号码 (ID number)' },
    PHONE: { description: '联系电话 (phone)' },
    ID_LOOKUP: { description: '按身份证号码查找 (the person was found from an ID number: the lookup itself discloses who holds it)' },
  },
});

export const SensitiveSubjectEnum: Record<SensitiveSubject, SensitiveSubject> = { PARTY_MEMBER: 'PARTY_MEMBER', PIPELINE_PERSON: 'PIPELINE_PERSON' };
registerEnumType(SensitiveSubjectEnum, {
  name: 'SensitiveSubject',
  description: '敏感数据主体类型 (whose data was read)',
  valuesMap: { PARTY_MEMBER: { description: '党员 (a party member)' }, PIPELINE_PERSON: { description: '发展党员对象 (a person in the membership pipeline)' } },
});

@ObjectType('SensitiveRead', { description: '敏感数据查看记录 (one unmasked read of a personal field: who, whose, which field, when)' })
export class SensitiveReadObject {
  @Field(() => ID, { description: '记录编号 (record id)' })
  id!: string;

  @Field(() => RegionRef, { description: '所在村(社区) (the person’s village at the time)' })
  region!: RegionRef;

  @Field(() => String, { description: '查看人 (the reader’s subject)' })
  readerSubject!: string;

  @Field(() => String, { description: '查看人角色 (the reader’s roles, comma-separated)' })
  readerRoles!: string;

  @Field(() => SensitiveSubjectEnum, { description: '主体类型 (member or pipeline person)' })
  subjectType!: SensitiveSubject;

  @Field(() => ID, { description: '主体编号 (the member’s or person’s id)' })
  subjectId!: string;

  @Field(() => SensitiveFieldEnum, { description: '字段 (which field, or ID_LOOKUP for a lookup by ID number)' })
  field!: SensitiveReadField;

  @Field(() => String, { description: '查看时间 (when, ISO 8601)' })
  readAt!: string;
}

@ObjectType('SensitiveReadConnection', { description: '敏感数据查看记录分页列表 (a page of sensitive reads, latest first)' })
export class SensitiveReadConnection extends Connection(SensitiveReadObject, 'SensitiveRead') {}
