import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { attachScalars, createErrorFormatter } from '@grassroots/graphql';
import { createContextFactory } from './subgraph-context';

const logger = new Logger('GraphQL');

export function subgraphGraphqlOptions(identitySecret: string): ApolloFederationDriverConfig {
  return {
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    playground: false,
    // Behind the gateway only; the gateway serves the explorer and the schema docs.
    introspection: true,
    path: '/graphql',
    context: createContextFactory(identitySecret),
    transformSchema: attachScalars,
    formatError: createErrorFormatter((error, formatted) =>
      logger.error({ err: error, path: formatted.path }, 'unexpected error in a resolver'),
    ),
    includeStacktraceInErrorResponses: false,
    // Timing traces would tell any caller how long each resolver took; nobody here reads them.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  };
}
