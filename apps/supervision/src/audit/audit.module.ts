import { Module } from '@nestjs/common';
import { RegionAuditsResolver } from '../region/region-audits.resolver';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({
  providers: [AuditRepository, AuditService, AuditResolver, RegionAuditsResolver],
  exports: [AuditService],
})
export class AuditModule {}
