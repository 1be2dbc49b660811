export * from './test-caller';
export * from './test-database';
export * from './test-subgraph';
export * from './schema-check';
export * from './subgraph-process';
export * from './subgraph-processes';
