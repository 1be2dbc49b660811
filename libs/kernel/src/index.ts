export * from './errors/domain-error';
export * from './money/money';
export * from './region/region-code';
export * from './region/region-scope';
export * from './pagination/page-size';
export * from './dates/shanghai-date';
export * from './ids/uuid';
export * from './text/text-input';
