import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI document at /api/openapi.json, generated from the routes' zod schemas; its page at /api/docs. */
export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: { title: 'danvan API — Hệ thống quản lý công tác Dân vận', version: app.appVersion },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'danvan_session' } } },
      security: [{ session: [] }],
    },
    transform: (args) => {
      const out = jsonSchemaTransform(args);
      // Public routes need no session: say so, or the document tells clients to send a cookie they cannot have yet.
      return args.route.config?.public ? { ...out, schema: { ...out.schema, security: [] } } : out;
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list' },
    // Swagger UI's own CSP (hashes of its inline code), without forcing https on a plain-http laptop install.
    staticCSP: true,
    // Its scripts stay pinned by hash; its styles are set inline at run time, which hashes cannot allow.
    transformStaticCSP: (header) =>
      header
        .replace(/upgrade-insecure-requests;?/, '')
        .replace(/https: /g, '')
        .replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';"),
  });
  app.get('/api/openapi.json', {
    config: { public: true },
    schema: { tags: ['Hệ thống'], summary: 'Tài liệu OpenAPI 3 của API này (JSON)' },
  }, async () => app.swagger());
}
