export * from './errors/format-error';
export * from './pagination/connection.type';
export * from './pagination/page-args';
export * from './pagination/page-info.type';
export * from './pagination/to-connection';
export * from './scalars/local-date.scalar';
export * from './scalars/money.scalar';
export * from './scalars/region-code.scalar';
