import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import { isApiCall } from './api-url';

/**
 * Security headers and the content security policy, decided by helmet (the library @fastify/helmet wraps) but
 * computed ONCE at start: our policy has no per-request nonce, so every response carries the same headers.
 * @fastify/helmet runs helmet's twelve middlewares on every request, which cost more than half the throughput of a
 * bare route (measured in bench/RESULTS.md); one `reply.headers(fixed)` costs a few microseconds.
 */
export const HELMET_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Ant Design writes its styles at run time (CSS-in-JS), so inline styles must be allowed; scripts never are.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  // Plain http on a laptop must keep working; HSTS belongs to the TLS-terminating proxy.
  strictTransportSecurity: false,
};

/** The headers helmet sets with these options, captured by running it once against a recording response. */
export function securityHeaders(options: Readonly<HelmetOptions> = HELMET_OPTIONS): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => { headers[name.toLowerCase()] = String(value); },
    removeHeader: (name: string) => { delete headers[name.toLowerCase()]; },
  };
  let done = false;
  helmet(options as HelmetOptions)({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  // helmet calls next synchronously when no directive is a function; a future async one must not go unnoticed.
  if (!done) throw new Error('helmet did not finish synchronously: the security headers cannot be precomputed');
  return headers;
}

/**
 * For the API's answers (JSON, files to download), as the OWASP REST Security Cheat Sheet recommends: nothing may
 * load from or frame them, they are never sniffed as another type, and no other site may embed them. The page
 * headers above (COOP, Origin-Agent-Cluster, DNS prefetch…) act only on documents; sent with every API answer, their
 * twelve headers and long policy took a quarter of a bare route's throughput on this machine (bench/RESULTS.md).
 */
export const API_HELMET_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  xFrameOptions: { action: 'deny' },
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  strictTransportSecurity: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
};


export const securityHeadersPlugin = fp(async (app: FastifyInstance) => {
  const page = securityHeaders();
  const api = securityHeaders(API_HELMET_OPTIONS);
  app.addHook('onRequest', (req, reply, done) => {
    reply.headers(isApiCall(req.url) ? api : page);
    done();
  });
});
