/**
 * GET /app/*: static files (the dashboard's build) from one directory, and nothing outside it:
 * `..` segments, NUL bytes, absolute paths and symlinks leading out are refused. Hashed
 * assets (Vite's `assets/name-HASH.js`) may be cached for good; everything else is revalidated.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** The file a request path names inside `root`, or null when it would leave it. */
export async function safeFile(root: string, requested: string): Promise<string | null> {
  if (requested.includes('\0') || requested.includes('\\')) return null;
  const parts = requested.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return null;
  const base = await realpath(root);
  const candidate = resolve(base, ...(parts.length ? parts : ['index.html']));
  const rel = relative(base, candidate);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  try {
    const real = await realpath(candidate);
    if (real !== base && !real.startsWith(base + sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

export function staticRoutes(app: FastifyInstance, root: string): void {
  app.get('/app', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/app/'));
  app.get<{ Params: { '*': string } }>(
    '/app/*',
    { schema: { hide: true, params: { type: 'object', properties: { '*': { type: 'string', maxLength: 500 } } } } },
    async (request, reply) => {
      const file = await safeFile(root, request.params['*']);
      if (!file) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no such file' });
      reply.header('Cache-Control', /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.\w+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
      reply.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
      return reply.type(TYPES[extname(file)] ?? 'application/octet-stream').send(await readFile(file));
    },
  );
}
