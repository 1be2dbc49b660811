export { GatewayConfigError, type GatewayConfig, loadGatewayConfig, SUBGRAPH_NAMES } from './config/gateway-config';
export { createGateway, type GatewayOptions, type RunningGateway } from './gateway.server';
export { DEFAULT_QUERY_LIMITS, type QueryLimits } from './graphql/query-limits';
export { SUBGRAPH_UNAVAILABLE } from './subgraphs/subgraph-error';
