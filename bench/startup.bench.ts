import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Figure, median } from './figures';

interface StartRun {
  ms: number;
  rssMb: number;
}

/**
 * Runs `npm start` (build skipped: already built) on a free port and times it to the first
 * 200 from /api/health; reads the server's RSS after a few requests, then stops it.
 */
async function timeStart(dataDir: string): Promise<StartRun> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DANVAN_STOP_AFTER_S: '120' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  try {
    const deadline = Date.now() + 60_000;
    let base: string | undefined;
    while (Date.now() < deadline) {
      base ??= /http:\/\/localhost:(\d+)/.exec(out)?.[1];
      if (base) {
        const res = await fetch(`http://127.0.0.1:${base}/api/health`).catch(() => undefined);
        if (res?.status === 200) {
          const ms = performance.now() - started;
          for (let i = 0; i < 20; i++) await fetch(`http://127.0.0.1:${base}/api/health`);
          return { ms, rssMb: serverRssMb(child.pid!) };
        }
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`server did not answer in 60 s:\n${out}`);
  } finally {
    try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already gone */ }
    await new Promise((r) => child.once('exit', r));
  }
}

/** RSS of the node process running the server bundle under the npm process group. */
function serverRssMb(npmPid: number): number {
  const pids = readFileSync(`/proc/${npmPid}/task/${npmPid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  let best = 0;
  const visit = (pid: string) => {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes('dist/server.mjs')) {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        best = Math.max(best, kb / 1024);
      }
      for (const c of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) visit(c);
    } catch { /* exited */ }
  };
  pids.forEach(visit);
  return best;
}

export async function benchStartup(runs = 3): Promise<Figure[]> {
  const empty: StartRun[] = [];
  const existing: StartRun[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-bench-'));
    try {
      empty.push(await timeStart(dir));
      existing.push(await timeStart(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return [
    { name: '`npm start` → first 200 from /api/health, existing database', goal: 5000, unit: 'ms', measured: Math.round(median(existing.map((r) => r.ms))), detail: `median of ${runs}: ${existing.map((r) => Math.round(r.ms)).join(', ')} ms` },
    { name: '`npm start` → first 200, empty database (migrations + demo seed)', goal: 15000, unit: 'ms', measured: Math.round(median(empty.map((r) => r.ms))), detail: `median of ${runs}: ${empty.map((r) => Math.round(r.ms)).join(', ')} ms` },
    { name: 'Server RSS after start with the demo data', goal: 400, unit: 'MB', measured: Math.round(Math.max(...existing.map((r) => r.rssMb))), detail: 'largest of the runs, after 20 requests' },
  ];
}
