/**
 * The API's calls, as opposed to its documentation pages (Swagger UI, a document with scripts and styles) and the
 * web app's pages: they need a session (src/app/auth-plugin.ts) and get the API's security headers
 * (src/app/security-headers.ts).
 */
export const isApiCall = (url: string): boolean => url.startsWith('/api/') && !url.startsWith('/api/docs');
