import { Module } from '@nestjs/common';
import { MembershipTallyHandler } from './membership-tally.handler';

@Module({ providers: [MembershipTallyHandler] })
export class MembershipTallyModule {}
