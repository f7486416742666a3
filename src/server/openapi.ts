/**
 * The OpenAPI 3 document, built from the routes' own JSON schemas as they are registered (so
 * it cannot drift from what the server validates), served at /openapi.json; /docs renders it
 * as plain HTML on the server (no script, no CDN).
 */
import type { FastifyInstance, RouteOptions } from 'fastify';

declare module 'fastify' {
  interface FastifySchema {
    summary?: string;
    description?: string;
    tags?: string[];
    /** Left out of the document. */
    hide?: boolean;
    security?: Array<Record<string, string[]>>;
  }
}

type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters: Schema[];
  requestBody?: Schema;
  responses: Record<string, Schema>;
  security?: Schema[];
}

export interface OpenApiDocument {
  openapi: '3.0.3';
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, Operation>>;
  components: Schema;
}

function parameters(schema: Schema | undefined, where: 'query' | 'path'): Schema[] {
  if (!schema?.properties) return [];
  const required: string[] = schema.required ?? [];
  return Object.entries(schema.properties as Record<string, Schema>).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: where, required: where === 'path' || required.includes(name), description, schema: rest };
  });
}

function operation(route: RouteOptions): Operation {
  const s = (route.schema ?? {}) as Schema;
  const op: Operation = { summary: s.summary, description: s.description, tags: s.tags, parameters: [...parameters(s.params, 'path'), ...parameters(s.querystring, 'query')], responses: {} };
  if (s.body) op.requestBody = { required: true, content: { 'application/json': { schema: s.body } } };
  if (s.security) op.security = s.security;
  op.responses['200'] = { description: 'OK', content: { 'application/json': { schema: s.response?.[200] ?? { type: 'object' } } } };
  for (const [code, schema] of Object.entries((s.response ?? {}) as Record<string, Schema>)) {
    if (code !== '200') op.responses[code] = { description: code === '400' ? 'invalid parameter' : code, content: { 'application/json': { schema } } };
  }
  op.responses['429'] = { description: 'rate limit exceeded' };
  return op;
}

/** Collects every route with a schema into the document; call before the routes are registered. */
export function collectOpenApi(app: FastifyInstance, version: string): OpenApiDocument {
  const doc: OpenApiDocument = {
    openapi: '3.0.3',
    info: { title: 'dyad', version, description: 'Political events coded from news (CAMEO, PLOVER): events, dyad series, actor network, articles, actors, coding on the fly.' },
    paths: {},
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
  app.addHook('onRoute', (route) => {
    if (!route.schema || (route.schema as Schema).hide) return;
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) {
      if (m === 'HEAD') continue;
      (doc.paths[path] ??= {})[m.toLowerCase()] = operation(route);
    }
  });
  return doc;
}

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function schemaText(s: Schema): string {
  const parts = [s.type, s.enum ? `one of ${s.enum.join(', ')}` : '', s.pattern ? `pattern ${s.pattern}` : '', s.minimum !== undefined ? `min ${s.minimum}` : '', s.maximum !== undefined ? `max ${s.maximum}` : '', s.maxLength ? `up to ${s.maxLength} chars` : '', s.default !== undefined ? `default ${s.default}` : ''];
  return parts.filter(Boolean).join('; ');
}

/** The document as one HTML page: every operation with its parameters. */
export function docsPage(doc: OpenApiDocument): string {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const params = op.parameters.map((p) => `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}${p.required ? ', required' : ''}</td><td>${esc(schemaText(p.schema))}</td><td>${esc(p.description)}</td></tr>`).join('');
      const body = op.requestBody ? `<p>Body (JSON):</p><pre>${esc(JSON.stringify(op.requestBody.content['application/json'].schema, null, 2))}</pre>` : '';
      return `<section><h2><span class="m">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h2><p>${esc(op.summary)}</p>${op.description ? `<p>${esc(op.description)}</p>` : ''}${params ? `<table><tr><th>parameter</th><th>in</th><th>schema</th><th>meaning</th></tr>${params}</table>` : ''}${body}<p class="r">Responses: ${esc(Object.keys(op.responses).join(', '))}</p></section>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>dyad API</title><style>
body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h2{font-size:1.05rem;margin:1.6rem 0 .3rem}.m{background:#234;color:#fff;padding:.1rem .4rem;border-radius:3px;font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
pre{background:#f4f4f4;padding:.5rem;overflow:auto;font-size:.8rem}.r{color:#666;font-size:.85rem}</style></head><body>
<h1>${esc(doc.info.title)} API ${esc(doc.info.version)}</h1><p>${esc(doc.info.description)}</p><p>The machine-readable document: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${esc(doc.openapi)}).</p>
${ops.join('\n')}</body></html>`;
}

export function openApiRoutes(app: FastifyInstance, doc: OpenApiDocument): void {
  app.get('/openapi.json', async () => doc);
  app.get('/docs', async (_request, reply) => {
    reply.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    return reply.type('text/html; charset=utf-8').send(docsPage(doc));
  });
}
