// Public entry point for the platform's end-to-end tests and tools.
export { EconomyAppModule } from './app.module';
export * from './orm';
export { CollectiveIncome } from './collective-income/collective-income.entity';
