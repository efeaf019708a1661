import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { analyze } from '../src/vn';
import { type Figure, median } from './figures';

const SAMPLE = readFileSync(join(import.meta.dirname, '..', 'src', 'vn', 'fixtures', '1720-CV-DUK.txt'), 'utf8');

/**
 * Letters the size of the sample (≈10 KB), each one different in every line, so that no cache of
 * the parser sees the same line twice in a row (a bench of one repeated letter would flatter it).
 */
function letters(count: number): string[] {
  return Array.from({ length: count }, (_, i) => SAMPLE.replace(/1720/g, String(1720 + i)).replace(/\n/g, () => ` ${i}\n`));
}

/** `global.gc` when node runs with --expose-gc, else the same function obtained at run time. */
function gcFunction(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

function heapMb(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/**
 * Letters per second over `rounds` timed rounds of `ms` each (median), after a warm-up. Also per
 * second of the process's CPU time (all its threads, GC included): when other processes share the
 * cores, wall-clock rounds drop with the share this process gets, CPU-time rounds much less.
 */
function throughput(pool: string[], rounds: number, ms: number): { perSecond: number; rounds: number[]; perCpuSecond: number[] } {
  for (let i = 0; i < 300; i++) analyze(pool[i % pool.length]!);
  const results: number[] = [];
  const perCpuSecond: number[] = [];
  let n = 0;
  for (let r = 0; r < rounds; r++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    let done = 0;
    while (performance.now() - start < ms) {
      analyze(pool[n++ % pool.length]!);
      done++;
    }
    results.push(Math.round((done * 1000) / (performance.now() - start)));
    const used = process.cpuUsage(cpu);
    perCpuSecond.push(Math.round((done * 1e6) / (used.user + used.system)));
  }
  return { perSecond: median(results), rounds: results, perCpuSecond };
}

/** "load 0.4 on 2 cores": a load above the number of cores means the wall-clock figure is low. */
function loadNote(): string {
  const load = loadavg()[0]!;
  const cores = cpus().length;
  return `load average ${load.toFixed(1)} on ${cores} cores${load > cores ? ' (busy machine: other processes took CPU time from this one, the wall-clock figure is low)' : ''}`;
}

/**
 * Parse + lint throughput on one core, and heap growth over many letters (goal: flat).
 * `total` defaults to 100,000 letters (about a minute or two); pass fewer for a quick look.
 */
export function benchParseLint(total = 100_000): Figure[] {
  const pool = letters(500);
  const load = loadNote();
  const speed = throughput(pool, 5, 1000);
  const gc = gcFunction();
  for (let i = 0; i < 2000; i++) analyze(pool[i % pool.length]!);
  const before = heapMb(gc);
  const startedAt = performance.now();
  for (let i = 0; i < total; i++) analyze(pool[i % pool.length]!);
  const seconds = (performance.now() - startedAt) / 1000;
  const growth = heapMb(gc) - before;
  return [
    {
      // "On one core" is measured as letters per second of this process's CPU time (GC threads included, so it
      // errs low): on a shared machine the wall clock measures the neighbours, not the code.
      name: 'Parse + lint a letter the size of 1720-CV/ĐUK (10 KB), per second of one core',
      goal: 1000,
      unit: 'letters/s',
      measured: median(speed.perCpuSecond),
      lowerIsBetter: false,
      detail:
        `median of 5 one-second rounds per CPU-second: ${speed.perCpuSecond.join(', ')}; wall clock: ${speed.rounds.join(', ')} letters/s ` +
        `(median ${speed.perSecond}); 500 distinct letters, every line different; ${load}`,
    },
    {
      name: `Heap growth over ${total.toLocaleString('en')} letters parsed and linted`,
      goal: 20,
      unit: 'MB',
      measured: Math.round(growth * 10) / 10,
      detail: `heapUsed after forced GC: ${before.toFixed(1)} MB after warm-up, ${(before + growth).toFixed(1)} MB after; ${Math.round(total / seconds)} letters/s over the run`,
    },
  ];
}
