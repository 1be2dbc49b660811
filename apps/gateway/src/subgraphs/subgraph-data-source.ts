import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { type Fetcher, type FetcherResponse } from '@apollo/utils.fetcher';
import { CALLER_IDENTITY_HEADER } from '@grassroots/auth';
import { type GatewayContext } from '../graphql/gateway-context';
import { subgraphError } from './subgraph-error';

export type SubgraphDataSourceOptions = {
  name: string;
  url: string;
  fetcher: Fetcher;
  // Signed identity of the gateway itself, for requests with no caller (health checks).
  serviceIdentity: () => Promise<string>;
};

/**
 * Calls one subgraph with the caller's signed identity and turns transport failures into
 * errors naming the subgraph. State lives in a constructor parameter, not in class fields:
 * a field the base constructor sets would be wiped by field initialisation (NOTES §3).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly subgraph: SubgraphDataSourceOptions) {
    super({ url: subgraph.url, fetcher: subgraph.fetcher });
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = options.request.http?.headers;
    if (!headers) throw new Error(`no HTTP request to subgraph "${this.subgraph.name}" to sign`);
    if ('incomingRequestContext' in options) {
      const { context } = options;
      headers.set(CALLER_IDENTITY_HEADER, await context.callerIdentity());
      headers.set('x-request-id', context.requestId);
    } else {
      headers.set(CALLER_IDENTITY_HEADER, await this.subgraph.serviceIdentity());
    }
  }

  override didEncounterError(error: Error, _request: unknown, response?: FetcherResponse): never {
    throw subgraphError(this.subgraph.name, error, response);
  }
}
