import { Module } from '@nestjs/common';
import { RegionAuditsResolver } from '../region/region-audits.resolver';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { DepartureAuditScheduler } from './departure-audit.handler';

@Module({
  providers: [AuditRepository, AuditService, AuditResolver, RegionAuditsResolver, DepartureAuditScheduler],
  exports: [AuditService],
})
export class AuditModule {}
