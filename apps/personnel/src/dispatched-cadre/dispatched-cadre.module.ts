import { Module } from '@nestjs/common';
import { DispatchedCadreChangeRepository, DispatchedCadreRepository } from './dispatched-cadre.repository';
import { DispatchedCadreResolver } from './dispatched-cadre.resolver';
import { DispatchedCadreService } from './dispatched-cadre.service';

@Module({ providers: [DispatchedCadreRepository, DispatchedCadreChangeRepository, DispatchedCadreService, DispatchedCadreResolver] })
export class DispatchedCadreModule {}
