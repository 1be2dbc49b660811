import { MikroOrmModule } from '@mikro-orm/nestjs';
import { type EntityClass } from '@mikro-orm/postgresql';
import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { MESSAGING_ENTITIES } from '@grassroots/messaging';
import { createOrmConfig, type MigrationList } from '@grassroots/persistence';
import { loggerOptions } from './bootstrap/logger.options';
import { type SubgraphConfig } from './config/subgraph-config';
import { SUBGRAPH_CONFIG } from './config/subgraph-config.token';
import { subgraphGraphqlOptions } from './graphql/subgraph-graphql.options';
import { HealthController } from './health/health.controller';
import { EventOutbox } from './messaging/event-outbox';
import { MESSAGE_BUS_PROBE } from './messaging/message-bus.probe';
import { MessagingService } from './messaging/messaging.service';

export type SubgraphPlatformOptions = {
  config: SubgraphConfig;
  /** The subgraph's own entities; the outbox and inbox tables are added here. */
  entities: EntityClass<object>[];
  migrations: MigrationList;
  migrationsPath: string;
};

/**
 * What every subgraph runs on: logs, its database, the federated GraphQL endpoint with the
 * gateway identity check, health endpoints, and the outbox relay and event consumers.
 */
@Module({})
export class SubgraphPlatformModule {
  static forRoot(options: SubgraphPlatformOptions): DynamicModule {
    const { config } = options;
    return {
      module: SubgraphPlatformModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerOptions(config.service, config.logLevel)),
        MikroOrmModule.forRoot({
          ...createOrmConfig({
            clientUrl: config.databaseUrl,
            entities: [...options.entities, ...MESSAGING_ENTITIES],
            migrations: options.migrations,
            migrationsPath: options.migrationsPath,
            queryLogger: config.queryLogger,
          }),
          connect: !config.offline,
        }),
        GraphQLModule.forRoot(subgraphGraphqlOptions(config.gatewayIdentitySecret)),
        TerminusModule.forRoot({ logger: false }),
        DiscoveryModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: SUBGRAPH_CONFIG, useValue: config },
        MessagingService,
        { provide: MESSAGE_BUS_PROBE, useExisting: MessagingService },
        EventOutbox,
      ],
      exports: [SUBGRAPH_CONFIG, EventOutbox],
    };
  }
}
