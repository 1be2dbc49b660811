// Public entry point for the platform's end-to-end tests and tools.
export { OrganizationAppModule } from './app.module';
export * from './orm';
export { Region } from './region/region.entity';
export { importRegions } from './region/region-import';
export { PartyOrganization } from './party-organization/party-organization.entity';
export { PartyOrganizationMemberRegion } from './party-organization/party-organization-member-region.entity';
export { PartyOrganizationResidentUnit } from './party-organization/party-organization-resident-unit.entity';
export { Grid } from './grid/grid.entity';
export { GridRoleAssignment } from './grid/grid-role-assignment.entity';
export { SocialActivityReport, SocialOrganization, SocialOrganizationFilingTransition } from './social-organization/social-organization.entity';
export { StarRating } from './star-rating/star-rating.entity';
export { CaseTransition } from './rectification/case-transition.entity';
export { RectificationItem } from './rectification/rectification-item.entity';
export { RectificationPlan } from './rectification/rectification-plan.entity';
export { WeakOrganizationCase } from './rectification/weak-organization-case.entity';
