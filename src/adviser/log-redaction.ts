import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Paths pino censors in every log line of the adviser API: phone numbers (callbacks carry them), passwords,
 * session and CSRF tokens. Nothing here logs them on purpose; this catches a future `log.info({ callback })`.
 */
export const ADVISER_REDACT_PATHS = [
  'phone',
  '*.phone',
  '*.*.phone',
  'callbacks[*].phone',
  '*.callbacks[*].phone',
  'password',
  '*.password',
  'csrfToken',
  '*.csrfToken',
  'body',
  '*.body',
  'req.headers',
];

/** An adviser may paste anything in the search box, a phone number included: query strings are never logged. */
export function adviserUrlForLogs(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : `${url.slice(0, q)}?[redacted]`;
}

function requestSerializer(req: FastifyRequest): Record<string, unknown> {
  return { method: req.method, url: adviserUrlForLogs(req.url), remoteAddress: req.ip };
}

/** Request loggers of this (encapsulated) context get the redaction on top of the app's own. */
export function redactAdviserLogs(app: FastifyInstance): void {
  app.setChildLoggerFactory((logger, bindings, options, _rawReq) =>
    logger.child(bindings, {
      ...options,
      redact: { paths: ADVISER_REDACT_PATHS, censor: '[redacted]' },
      serializers: { ...options.serializers, req: requestSerializer },
    }),
  );
}
