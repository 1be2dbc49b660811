import { type Params } from 'nestjs-pino';

/** Structured JSON logs; tokens and identity headers never reach them. */
export function loggerOptions(service: string, level: string): Params {
  return {
    pinoHttp: {
      level,
      base: { service },
      redact: ['req.headers.authorization', 'req.headers["x-grassroots-caller"]', 'req.headers.cookie'],
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
      quietReqLogger: true,
    },
  };
}
