import 'reflect-metadata';
import { loadSubgraphConfig, runSubgraph } from '@grassroots/subgraph';
import { GovernanceAppModule } from './app.module';

runSubgraph((config) => GovernanceAppModule.forRoot(config), () => loadSubgraphConfig('governance'));
