import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authPlugin } from './app/auth-plugin';
import { readCachePlugin } from './app/read-cache';
import { installErrorHandler } from './app/errors';
import { registerApiDocs } from './app/openapi';
import { securityHeadersPlugin } from './app/security-headers';
import type { Db, DbKind } from './db/connect';
import { DEFAULT_INACTIVE_DAYS } from './domain/session-policy';
import { auditModule } from './modules/audit/index';
import { authModule } from './modules/auth/index';
import { documentsModule } from './modules/documents/index';
import { healthModule } from './modules/health/index';
import { notificationsModule } from './modules/notifications/index';
import { remindersModule } from './modules/reminders/index';
import { requirementsModule } from './modules/requirements/index';
import { reportsModule } from './modules/reports/index';
import { dashboardModule } from './modules/dashboard/index';
import { scorecardModule } from './modules/scorecard/index';
import { submissionsModule } from './modules/submissions/index';
import { attachmentsModule } from './modules/attachments/index';
import { unitsModule } from './modules/units/index';
import { usersModule } from './modules/users/index';
import { type SystemOptions, systemModule } from './modules/system/index';
import { calendarModule } from './modules/calendar/index';
import { modelsModule } from './modules/models/index';
import { emulationModule } from './modules/emulation/index';

z.config(z.locales.vi());

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dbKind: DbKind;
    appVersion: string;
    /** The time, injectable so tests can move it (session expiry, lock-out). */
    clock: () => Date;
    /** Login attempts allowed per client address per minute. */
    loginRateLimit: number;
    /** Accounts unused for this many days are disabled (0: never). */
    inactiveDays: number;
  }
}

export interface AppOptions {
  db: Db;
  dbKind: DbKind;
  version: string;
  clock?: () => Date;
  logger?: boolean;
  /** Login attempts per address per minute (default 20). */
  loginRateLimit?: number;
  /** Accounts unused for this many days are disabled (default 45, 0: never). */
  inactiveDays?: number;
  /** Serve the built web app from this folder (defaults to dist/web when it exists). */
  webRoot?: string | null;
  /** Sees every route as it is registered: the authorisation sweep and the OpenAPI test list the routes this way. */
  onRoute?: (route: RouteOptions) => void;
  /** Backup of the PGlite folder while running (see modules/system). */
  backup?: SystemOptions['backup'];
}

const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../dist/web/', import.meta.url));

/** Assembles the application: infrastructure first, then each feature module under its prefix. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { level: 'info' } : false,
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    // Errors the router raises before any route runs get the same `{ error: { code, message } }` in Vietnamese,
    // without echoing the address back.
    frameworkErrors: (err, _req, res) => {
      const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH';
      const reply = res as unknown as FastifyReply;
      void reply.code(tooLong ? 414 : 400).send({
        error: tooLong
          ? { code: 'URL_TOO_LONG', message: 'Địa chỉ yêu cầu quá dài.' }
          : { code: 'BAD_URL', message: 'Địa chỉ yêu cầu không hợp lệ.' },
      });
    },
  }).withTypeProvider<ZodTypeProvider>();
  if (opts.onRoute) app.addHook('onRoute', opts.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  app.decorate('db', opts.db);
  app.decorate('dbKind', opts.dbKind);
  app.decorate('appVersion', opts.version);
  app.decorate('clock', opts.clock ?? (() => new Date()));
  app.decorate('loginRateLimit', opts.loginRateLimit ?? 20);
  app.decorate('inactiveDays', opts.inactiveDays ?? DEFAULT_INACTIVE_DAYS);

  await app.register(securityHeadersPlugin);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await registerApiDocs(app);
  await app.register(authPlugin);
  await app.register(readCachePlugin);

  await app.register(healthModule, { prefix: '/api' });
  await app.register(authModule, { prefix: '/api/auth' });
  await app.register(unitsModule, { prefix: '/api/units' });
  await app.register(usersModule, { prefix: '/api/users' });
  await app.register(auditModule, { prefix: '/api/audit' });
  await app.register(requirementsModule, { prefix: '/api/requirements' });
  await app.register(submissionsModule, { prefix: '/api/submissions' });
  await app.register(attachmentsModule, { prefix: '/api' });
  await app.register(documentsModule, { prefix: '/api/documents' });
  await app.register(remindersModule, { prefix: '/api/reminders' });
  await app.register(notificationsModule, { prefix: '/api/notifications' });
  await app.register(reportsModule, { prefix: '/api/reports' });
  await app.register(dashboardModule, { prefix: '/api/dashboard' });
  await app.register(scorecardModule, { prefix: '/api/units' });
  await app.register(systemModule, { prefix: '/api/system', backup: opts.backup });
  await app.register(calendarModule, { prefix: '/api' });
  await app.register(modelsModule, { prefix: '/api/models' });
  await app.register(emulationModule, { prefix: '/api/emulation' });

  const webRoot = opts.webRoot === undefined ? DEFAULT_WEB_ROOT : opts.webRoot;
  if (webRoot && existsSync(webRoot)) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: webRoot, wildcard: true, index: 'index.html' });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !webRoot || !existsSync(webRoot) || req.method !== 'GET') {
      return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy địa chỉ yêu cầu.' } });
    }
    // Client-side routes (/don-vi, /nguoi-dung…) all load the single page.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
