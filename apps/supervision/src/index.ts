// Public entry point for the platform's end-to-end tests and tools.
export { SupervisionAppModule } from './app.module';
export * from './orm';
export { Audit } from './audit/audit.entity';
