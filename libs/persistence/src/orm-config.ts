import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type EntityClass, type MigrationObject, type Options } from '@mikro-orm/postgresql';

export type MigrationList = MigrationObject[];

export type OrmSettings = {
  clientUrl: string;
  entities: EntityClass<object>[];
  /** Folder of the service's migrations and committed snapshot. */
  migrationsPath: string;
  /** The migrations, listed explicitly so ts-node, Jest and a build all find the same set. */
  migrations: MigrationList;
  poolMax?: number;
  /** Receives every SQL statement (tests count queries with it). */
  queryLogger?: (sql: string) => void;
};

export function createOrmConfig(settings: OrmSettings): Options {
  return defineConfig({
    clientUrl: settings.clientUrl,
    entities: settings.entities,
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: settings.migrationsPath,
      pathTs: settings.migrationsPath,
      migrationsList: settings.migrations,
      snapshotName: '.snapshot',
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      fileName: (timestamp, name) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
    discovery: { requireEntitiesArray: true },
    forceUtcTimezone: true,
    // Requests run in their own forked context; the global manager is never used by mistake.
    allowGlobalContext: false,
    pool: { min: 0, max: settings.poolMax ?? 10 },
    ...(settings.queryLogger ? { debug: ['query' as const], logger: settings.queryLogger, colors: false } : { debug: false }),
  });
}
