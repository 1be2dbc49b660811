import 'reflect-metadata';
import { loadSubgraphConfig, runSubgraph } from '@grassroots/subgraph';
import { EconomyAppModule } from './app.module';

runSubgraph((config) => EconomyAppModule.forRoot(config), () => loadSubgraphConfig('economy'));
