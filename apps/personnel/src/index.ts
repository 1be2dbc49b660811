// Public entry point for the platform's end-to-end tests and tools.
export { PersonnelAppModule } from './app.module';
export * from './orm';
export { PartyMember } from './party-member/party-member.entity';
export { PartyMemberService } from './party-member/party-member.service';
