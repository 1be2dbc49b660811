import { type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type Logger } from 'pino';
import { SUBGRAPH_UNAVAILABLE } from '../subgraphs/subgraph-error';
import { isClientError } from './error-masking';
import { type GatewayContext } from './gateway-context';

/** Logs in full what `maskError` hides from the client, and every unavailable subgraph. */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async contextCreationDidFail({ error }) {
      if (!(error instanceof GraphQLError && isClientError(error.extensions.code))) {
        logger.error({ err: error }, 'context creation failed');
      }
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          const requestId = contextValue.requestId;
          for (const error of errors) {
            const { code, serviceName } = error.extensions ?? {};
            const err = error.originalError ?? error;
            if (code === SUBGRAPH_UNAVAILABLE) logger.warn({ requestId, serviceName, operationName, err }, error.message);
            else if (!isClientError(code)) logger.error({ requestId, serviceName, operationName, path: error.path, err }, `masked error: ${error.message}`);
          }
        },
      };
    },
  };
}
