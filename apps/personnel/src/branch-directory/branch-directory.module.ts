import { Module } from '@nestjs/common';
import { BranchDirectoryHandler } from './branch-directory.handler';
import { KnownPartyOrganizationRepository } from './branch-directory.repository';
import { BranchDirectoryService } from './branch-directory.service';

@Module({
  providers: [KnownPartyOrganizationRepository, BranchDirectoryService, BranchDirectoryHandler],
  exports: [BranchDirectoryService],
})
export class BranchDirectoryModule {}
