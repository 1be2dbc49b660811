import 'reflect-metadata';
import { loadSubgraphConfig, runSubgraph } from '@grassroots/subgraph';
import { SupervisionAppModule } from './app.module';

runSubgraph((config) => SupervisionAppModule.forRoot(config), () => loadSubgraphConfig('supervision'));
