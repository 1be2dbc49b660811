import 'reflect-metadata';
import { loadSubgraphConfig, runSubgraph } from '@grassroots/subgraph';
import { OrganizationAppModule } from './app.module';

runSubgraph((config) => OrganizationAppModule.forRoot(config), () => loadSubgraphConfig('organization'));
