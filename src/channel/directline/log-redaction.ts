import type { FastifyRequest } from 'fastify';

/** Removes Direct Line tokens from a URL before it is logged (streamUrl carries the token as `?t=`). */
export function redactUrl(url: string): string {
  return url.replace(/([?&](?:t|token)=)[^&#]*/gi, '$1[redacted]');
}

/** Fastify request serializer for pino: the usual fields, with the URL redacted and no headers at all. */
export function requestSerializer(req: FastifyRequest): Record<string, unknown> {
  return {
    method: req.method,
    url: redactUrl(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}
