import { type ApolloGateway, type ServiceEndpointDefinition } from '@apollo/gateway';
import { GATEWAY_SERVICE_CALLER } from '@grassroots/auth';
import { identitySource } from '../auth/identity-source';
import { GatewayConfigError, urlVariable } from '../config/gateway-config';
import { SubgraphDataSource } from './subgraph-data-source';
import { createSubgraphFetcher, type SubgraphFetcher } from './subgraph-fetcher';

export type SubgraphPoolOptions = {
  // Subgraph name → URL that wins over the supergraph's.
  urlOverrides: Readonly<Record<string, string>>;
  timeoutMs: number;
  connections: number;
  identitySecret: string;
};

export type DataSourceMap = NonNullable<Parameters<ApolloGateway['serviceHealthCheck']>[0]>;

/** The gateway's `buildService`: one data source and one connection pool per subgraph. */
export class SubgraphPool {
  private readonly sources = new Map<string, { url: string; dataSource: SubgraphDataSource; http: SubgraphFetcher }>();
  private readonly serviceIdentity: () => Promise<string>;

  constructor(private readonly options: SubgraphPoolOptions) {
    this.serviceIdentity = identitySource(GATEWAY_SERVICE_CALLER, options.identitySecret);
  }

  readonly buildService = ({ name, url }: ServiceEndpointDefinition): SubgraphDataSource => {
    const target = this.options.urlOverrides[name] ?? url;
    if (!target) throw new GatewayConfigError([`${urlVariable(name)}: the supergraph has no URL for subgraph "${name}"; set one`]);
    const http = createSubgraphFetcher({ connections: this.options.connections, timeoutMs: this.options.timeoutMs });
    const dataSource = new SubgraphDataSource({ name, url: target, fetcher: http.fetcher, serviceIdentity: this.serviceIdentity });
    this.sources.get(name)?.http.close();
    this.sources.set(name, { url: target, dataSource, http });
    return dataSource;
  };

  /** Each subgraph alone, so one can be health-checked without the others. */
  entries(): [name: string, DataSourceMap][] {
    return [...this.sources].map(([name, { url, dataSource }]) => [name, { [name]: { url, dataSource } }]);
  }

  urls(): Record<string, string> {
    return Object.fromEntries([...this.sources].map(([name, { url }]) => [name, url]));
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.sources.values()].map(({ http }) => http.close()));
    this.sources.clear();
  }
}
