import { type EntityClass } from '@mikro-orm/postgresql';
import { EconomyAppModule, ECONOMY_ENTITIES, ECONOMY_MIGRATIONS, ECONOMY_MIGRATIONS_PATH } from '@grassroots/economy-app';
import {
  GovernanceAppModule,
  GOVERNANCE_ENTITIES,
  GOVERNANCE_MIGRATIONS,
  GOVERNANCE_MIGRATIONS_PATH,
} from '@grassroots/governance-app';
import {
  OrganizationAppModule,
  ORGANIZATION_ENTITIES,
  ORGANIZATION_MIGRATIONS,
  ORGANIZATION_MIGRATIONS_PATH,
} from '@grassroots/organization-app';
import { PersonnelAppModule, PERSONNEL_ENTITIES, PERSONNEL_MIGRATIONS, PERSONNEL_MIGRATIONS_PATH } from '@grassroots/personnel-app';
import {
  SupervisionAppModule,
  SUPERVISION_ENTITIES,
  SUPERVISION_MIGRATIONS,
  SUPERVISION_MIGRATIONS_PATH,
} from '@grassroots/supervision-app';
import { MESSAGING_ENTITIES } from '@grassroots/messaging';
import { type MigrationList, type ServiceName } from '@grassroots/persistence';
import { type SubgraphModuleFactory } from '@grassroots/subgraph';

export type SubgraphDefinition = {
  name: ServiceName;
  createModule: SubgraphModuleFactory;
  /** Every entity in the service's database, the outbox and inbox included. */
  entities: EntityClass<object>[];
  migrations: MigrationList;
  migrationsPath: string;
};

// The five subgraphs in start order (organization first: the others extend its Region).
export const SUBGRAPHS: SubgraphDefinition[] = [
  {
    name: 'organization',
    createModule: (config) => OrganizationAppModule.forRoot(config),
    entities: [...ORGANIZATION_ENTITIES, ...MESSAGING_ENTITIES],
    migrations: ORGANIZATION_MIGRATIONS,
    migrationsPath: ORGANIZATION_MIGRATIONS_PATH,
  },
  {
    name: 'personnel',
    createModule: (config) => PersonnelAppModule.forRoot(config),
    entities: [...PERSONNEL_ENTITIES, ...MESSAGING_ENTITIES],
    migrations: PERSONNEL_MIGRATIONS,
    migrationsPath: PERSONNEL_MIGRATIONS_PATH,
  },
  {
    name: 'governance',
    createModule: (config) => GovernanceAppModule.forRoot(config),
    entities: [...GOVERNANCE_ENTITIES, ...MESSAGING_ENTITIES],
    migrations: GOVERNANCE_MIGRATIONS,
    migrationsPath: GOVERNANCE_MIGRATIONS_PATH,
  },
  {
    name: 'supervision',
    createModule: (config) => SupervisionAppModule.forRoot(config),
    entities: [...SUPERVISION_ENTITIES, ...MESSAGING_ENTITIES],
    migrations: SUPERVISION_MIGRATIONS,
    migrationsPath: SUPERVISION_MIGRATIONS_PATH,
  },
  {
    name: 'economy',
    createModule: (config) => EconomyAppModule.forRoot(config),
    entities: [...ECONOMY_ENTITIES, ...MESSAGING_ENTITIES],
    migrations: ECONOMY_MIGRATIONS,
    migrationsPath: ECONOMY_MIGRATIONS_PATH,
  },
];

export function subgraphNamed(name: string): SubgraphDefinition {
  const found = SUBGRAPHS.find((subgraph) => subgraph.name === name);
  if (!found) throw new Error(`unknown subgraph "${name}": use one of ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  return found;
}
