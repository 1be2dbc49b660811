export const SUBGRAPH_CONFIG = Symbol('SUBGRAPH_CONFIG');
