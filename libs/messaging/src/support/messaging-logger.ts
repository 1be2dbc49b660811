export type LogFields = Record<string, unknown>;
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Small enough to adapt any logger (pino, Nest) in a few lines. */
export type MessagingLogger = Record<LogLevel, (message: string, fields?: LogFields) => void>;

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export function consoleLogger(minimum: LogLevel = 'info', name = 'messaging'): MessagingLogger {
  const at =
    (level: LogLevel) =>
    (message: string, fields?: LogFields): void => {
      if (RANK[level] < RANK[minimum]) return;
      const line = `[${name}] ${level.toUpperCase()} ${message}`;
      const write = level === 'error' ? console.error : level === 'warn' ? console.warn : console.log;
      if (fields && Object.keys(fields).length > 0) write(line, fields);
      else write(line);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export const silentLogger: MessagingLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}
