// Public entry point for the platform's end-to-end tests and tools.
export { GovernanceAppModule } from './app.module';
export * from './orm';
export { VillageMatter } from './village-matter/village-matter.entity';
