import 'reflect-metadata';
import { loadSubgraphConfig, runSubgraph } from '@grassroots/subgraph';
import { PersonnelAppModule } from './app.module';

runSubgraph((config) => PersonnelAppModule.forRoot(config), () => loadSubgraphConfig('personnel'));
