/**
 * The server's protections (issue 8 item 4): security headers on every reply, a per-IP rate
 * limit, a token for write endpoints, and errors that say what was wrong without leaking internals.
 * CORS is closed by not being registered: no reply carries Access-Control-Allow-Origin.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DyadError } from '../util/errors.ts';

/** The API's Content-Security-Policy: nothing may load, nothing may frame it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    if (!reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', API_CSP);
    return payload;
  });
}

export interface RateLimitOptions {
  /** Requests per IP per window. */
  max: number;
  /** Window in milliseconds. */
  windowMs: number;
}

export async function limitRate(app: FastifyInstance, options: RateLimitOptions): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: options.max,
    timeWindow: options.windowMs,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'Too Many Requests',
      message: `rate limit: at most ${context.max} requests per ${context.after}, retry later`,
    }),
  });
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** onRequest hook: 401 without `Authorization: Bearer TOKEN`, 403 with a wrong token. */
export function requireToken(token: string) {
  const expected = digest(token);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization;
    const m = header ? /^Bearer (\S+)$/.exec(header) : null;
    if (!m) {
      reply.header('WWW-Authenticate', 'Bearer');
      return reply.code(401).send({ statusCode: 401, error: 'Unauthorized', message: 'this endpoint needs the server token: Authorization: Bearer TOKEN' });
    }
    if (!timingSafeEqual(digest(m[1]), expected)) return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: 'wrong token' });
  };
}

/** 4xx: the reason, as the schema or the route gave it; 5xx: a fixed message, details to the log only. */
export function errorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // a RangeError of ours (a bad cursor or box) has no status; Fastify's own errors have one
    const mine = (error instanceof RangeError && error.statusCode === undefined) || (error instanceof DyadError && error.code === 'USAGE');
    const status = mine ? 400 : (error.statusCode ?? 500);
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', message: error.message });
    }
    request.log.error(error);
    return reply.code(500).send({ statusCode: 500, error: 'Internal Server Error', message: 'internal error' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no route ${request.method} ${request.url.split('?')[0].slice(0, 200)}` });
  });
}
