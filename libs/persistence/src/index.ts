export * from './database-admin';
export * from './database-url';
export * from './orm-config';
export * from './page';
export * from './region-scoped.repository';
export * from './write-guards';
