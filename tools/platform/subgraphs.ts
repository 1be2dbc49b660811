import { type EntityClass } from '@mikro-orm/postgresql';
import { MESSAGING_ENTITIES } from '@grassroots/messaging';
import { type MigrationList, SERVICE_NAMES, type ServiceName } from '@grassroots/persistence';
import { type SubgraphModuleFactory } from '@grassroots/subgraph';

export type SubgraphDefinition = {
  name: ServiceName;
  createModule: SubgraphModuleFactory;
  /** Every entity in the service's database, the outbox and inbox included. */
  entities: EntityClass<object>[];
  migrations: MigrationList;
  migrationsPath: string;
};

type AppExports = { entities: EntityClass<object>[]; migrations: MigrationList; migrationsPath: string; createModule: SubgraphModuleFactory };

// Loaded one at a time on purpose: NestJS keeps GraphQL type metadata per process, so a process
// that builds a schema must load only its own subgraph (several `Region` types would clash).
const LOADERS: Record<ServiceName, () => Promise<AppExports>> = {
  organization: async () => {
    const app = await import('@grassroots/organization-app');
    return {
      entities: app.ORGANIZATION_ENTITIES,
      migrations: app.ORGANIZATION_MIGRATIONS,
      migrationsPath: app.ORGANIZATION_MIGRATIONS_PATH,
      createModule: (config) => app.OrganizationAppModule.forRoot(config),
    };
  },
  personnel: async () => {
    const app = await import('@grassroots/personnel-app');
    return {
      entities: app.PERSONNEL_ENTITIES,
      migrations: app.PERSONNEL_MIGRATIONS,
      migrationsPath: app.PERSONNEL_MIGRATIONS_PATH,
      createModule: (config) => app.PersonnelAppModule.forRoot(config),
    };
  },
  governance: async () => {
    const app = await import('@grassroots/governance-app');
    return {
      entities: app.GOVERNANCE_ENTITIES,
      migrations: app.GOVERNANCE_MIGRATIONS,
      migrationsPath: app.GOVERNANCE_MIGRATIONS_PATH,
      createModule: (config) => app.GovernanceAppModule.forRoot(config),
    };
  },
  supervision: async () => {
    const app = await import('@grassroots/supervision-app');
    return {
      entities: app.SUPERVISION_ENTITIES,
      migrations: app.SUPERVISION_MIGRATIONS,
      migrationsPath: app.SUPERVISION_MIGRATIONS_PATH,
      createModule: (config) => app.SupervisionAppModule.forRoot(config),
    };
  },
  economy: async () => {
    const app = await import('@grassroots/economy-app');
    return {
      entities: app.ECONOMY_ENTITIES,
      migrations: app.ECONOMY_MIGRATIONS,
      migrationsPath: app.ECONOMY_MIGRATIONS_PATH,
      createModule: (config) => app.EconomyAppModule.forRoot(config),
    };
  },
};

export function isServiceName(name: string): name is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(name);
}

export async function loadSubgraph(name: string): Promise<SubgraphDefinition> {
  if (!isServiceName(name)) throw new Error(`unknown subgraph "${name}": use one of ${SERVICE_NAMES.join(', ')}`);
  const app = await LOADERS[name]();
  return { name, ...app, entities: [...app.entities, ...MESSAGING_ENTITIES] };
}

/** All five, in start order (organization first: the others extend its Region). */
export async function loadSubgraphs(): Promise<SubgraphDefinition[]> {
  const subgraphs: SubgraphDefinition[] = [];
  for (const name of SERVICE_NAMES) subgraphs.push(await loadSubgraph(name));
  return subgraphs;
}
