/**
 * The one way the web app talks to the server: same-origin JSON with the session cookie,
 * and every failure turned into an ApiError carrying the server's `{ error: { code, message } }`.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The error body's other fields, e.g. `current` (the newer saved version) of a 409 STALE_VERSION. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Listeners told about 401 / 403 PASSWORD_CHANGE_REQUIRED from any call (set up by auth.tsx). */
type AuthListener = (err: ApiError) => void;
const authListeners = new Set<AuthListener>();

/** Subscribes to session problems (expired session, forced password change); returns the unsubscribe. */
export function onAuthProblem(fn: AuthListener): () => void {
  authListeners.add(fn);
  return () => authListeners.delete(fn);
}

const NETWORK_MESSAGE = 'Không kết nối được máy chủ. Kiểm tra mạng và thử lại.';

async function toApiError(res: Response): Promise<ApiError> {
  let code = `HTTP_${res.status}`;
  let message = res.status >= 500 ? 'Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.' : 'Yêu cầu không thành công.';
  let details: Record<string, unknown> = {};
  try {
    const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } & Record<string, unknown> };
    if (typeof body?.error?.code === 'string') code = body.error.code;
    if (typeof body?.error?.message === 'string') message = body.error.message;
    if (body?.error && typeof body.error === 'object') {
      const { code: _c, message: _m, ...rest } = body.error;
      details = rest;
    }
  } catch {
    // Not JSON (a proxy's error page): keep the generic message.
  }
  return new ApiError(res.status, code, message, details);
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** `/api/units` + `{ q: 'x', parentId: undefined }` → `/api/units?q=x` (empty values dropped). */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Query;
  /** Do not report 401 to the auth listeners (the login call and the "who am I" probe). */
  quietAuth?: boolean;
}

async function send(path: string, init: RequestInit, quietAuth: boolean): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
  }
  if (res.ok) return res;
  const err = await toApiError(res);
  const authProblem = err.status === 401 || (err.status === 403 && err.code === 'PASSWORD_CHANGE_REQUIRED');
  if (authProblem && !quietAuth) authListeners.forEach((fn) => fn(err));
  throw err;
}

/** JSON request; resolves to the parsed body, rejects with ApiError. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | undefined;
  if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  const res = await send(withQuery(path, opts.query), { method: opts.method ?? 'GET', headers, body }, opts.quietAuth ?? false);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** Multipart upload of one file in the field `field` (default "file"), with optional text fields sent before it. */
export async function uploadFile<T>(path: string, file: File, field = 'file', fields: Record<string, string> = {}): Promise<T> {
  const form = new FormData();
  // Text fields first: the server reads the parts in order and may need them before the file.
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append(field, file, file.name);
  const res = await send(path, { method: 'POST', headers: { accept: 'application/json' }, body: form }, false);
  return (await res.json()) as T;
}

/** Downloads a file the server generates, under the name it suggests (or `fallbackName`). */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const res = await send(path, { method: 'GET' }, false);
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = star?.[1] ? decodeURIComponent(star[1]) : (plain?.[1] ?? fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The Vietnamese message of any error, for message/notification. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'Đã có lỗi xảy ra. Vui lòng thử lại.';
}
