// Public entry point for the platform's end-to-end tests and tools.
export { OrganizationAppModule } from './app.module';
export * from './orm';
export { Region } from './region/region.entity';
export { importRegions } from './region/region-import';
