export type ServiceName = 'organization' | 'personnel' | 'governance' | 'supervision' | 'economy';

export const SERVICE_NAMES: readonly ServiceName[] = ['organization', 'personnel', 'governance', 'supervision', 'economy'];

/**
 * Where a subgraph's database lives: `<SERVICE>_DATABASE_URL`, else the local server
 * (PGHOST/PGPORT/PGUSER/PGPASSWORD, default postgres@127.0.0.1:5432) with database `grassroots_<service>`.
 */
export function databaseUrlFor(service: ServiceName, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[`${service.toUpperCase()}_DATABASE_URL`];
  if (override) return override;
  return serverUrl(`grassroots_${service}`, env);
}

/** A URL to `database` on the configured local server. */
export function serverUrl(database: string, env: NodeJS.ProcessEnv = process.env): string {
  const url = new URL('postgres://127.0.0.1:5432');
  url.hostname = env.PGHOST ?? '127.0.0.1';
  url.port = env.PGPORT ?? '5432';
  url.username = env.PGUSER ?? 'postgres';
  if (env.PGPASSWORD) url.password = env.PGPASSWORD;
  url.pathname = `/${database}`;
  return url.toString();
}

export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}
