import autocannon from 'autocannon';
import { type Call, client } from './http';

/**
 * The load generator of bench/national.bench.ts, run in its own process (`runLoad`) so that the client's work does
 * not share the server's event loop: the server under test gets its core to itself, as it would behind real users.
 * Reads one job as JSON on stdin and prints its result as JSON on stdout.
 */
export type LoadJob =
  /** `gzip`: ask for compressed answers, as every browser does (`accept-encoding: gzip, deflate, br, zstd`). */
  | { mode: 'throughput'; url: string; cookie: string | null; connections: number; seconds: number; gzip: boolean }
  /** Each user starts at a random moment within `spreadMs` (0: all at the same instant). */
  | { mode: 'submit'; base: string; cookies: string[]; requirementId: number; spreadMs: number };

export interface ThroughputResult { rps: number; errors: number; p50: number; p99: number }
export interface SubmitResult { ms: number[]; errors: number; wallMs: number; cpuMs: number }

/** autocannon, closed loop: `connections` keep-alive connections each sending the next request when the last is answered. */
async function throughput(job: Extract<LoadJob, { mode: 'throughput' }>): Promise<ThroughputResult> {
  const r = await autocannon({
    url: job.url, connections: job.connections, duration: job.seconds,
    headers: { ...(job.cookie && { cookie: job.cookie }), ...(job.gzip && { 'accept-encoding': 'gzip, deflate, br, zstd' }) },
  });
  return { rps: r.requests.average, errors: r.non2xx + r.errors + r.timeouts, p50: r.latency.p50, p99: r.latency.p99 };
}

/** One unit saves a report draft (version 0) then submits it; → the times of the requests made and whether both succeeded. */
export async function saveAndSubmit(call: Call, cookie: string, requirementId: number): Promise<{ ms: number[]; ok: boolean }> {
  const content = { text: 'Đơn vị đã triển khai đầy đủ, kết quả tốt.', tasks: [], attachmentIds: [] };
  const saved = await call(cookie, 'PUT', `/api/requirements/${requirementId}/submission`, { content, version: 0 });
  if (saved.status !== 200) return { ms: [saved.ms], ok: false };
  const sent = await call(cookie, 'POST', `/api/submissions/${saved.json.id}/submit`, { version: saved.json.version });
  return { ms: [saved.ms, sent.ms], ok: sent.status === 200 };
}

/** Every user once, each starting at a random moment within `spreadMs`: each request's time and the failures. */
async function submitRush(job: Extract<LoadJob, { mode: 'submit' }>): Promise<SubmitResult> {
  const call = client(job.base, job.cookies.length);
  const ms: number[] = [];
  const one = async (cookie: string): Promise<number> => {
    if (job.spreadMs > 0) await new Promise((r) => setTimeout(r, Math.random() * job.spreadMs));
    const r = await saveAndSubmit(call, cookie, job.requirementId);
    ms.push(...r.ms);
    return r.ok ? 0 : 1;
  };
  const t = performance.now();
  const cpu = process.cpuUsage();
  const failed = await Promise.all(job.cookies.map(one));
  const used = process.cpuUsage(cpu);
  return { ms, errors: failed.reduce((a, b) => a + b, 0), wallMs: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

async function main(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const job = JSON.parse(input) as LoadJob;
  const result = job.mode === 'throughput' ? await throughput(job) : await submitRush(job);
  process.stdout.write(JSON.stringify(result));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => { console.error(err); process.exit(1); });
}
