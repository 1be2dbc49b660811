import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type DestinationStream, pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { type LogLevel } from '../config/gateway-config';

// Credentials never reach the log: the user token, the signed identity, cookies.
const REDACTED = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-grassroots-caller"]', 'res.headers["set-cookie"]'];

/** JSON lines on stdout, or on `destination` (tests read them back). */
export function createGatewayLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'gateway' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

// A caller's own request id is kept when it looks like one, so logs join across systems.
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** One JSON line per request with its id, which is echoed in `x-request-id`. */
export function httpLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel(_req, res, error) {
      if (error || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400 && res.statusCode !== 401) return 'warn';
      return 'info';
    },
    // Probes and static assets would drown the requests that matter.
    autoLogging: { ignore: (req) => /^\/(health\/|explorer\/assets\/)/.test(req.url ?? '') },
  });
}
