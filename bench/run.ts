import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchLoginBundle } from './bundle.bench';
import { benchDirecting } from './directing.bench';
import { type Figure, passes } from './figures';
import { benchStartup } from './startup.bench';
import { benchParseLint } from './vn.bench';
import { benchReports } from './reports.bench';
import { benchNational } from './national.bench';

/** `npm run bench`: every performance figure of the project, written to bench/RESULTS.md. */
async function main(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const figures: Figure[] = [];
  const step = async (label: string, fn: () => Promise<Figure[]> | Figure[]) => {
    process.stdout.write(`… ${label}\n`);
    figures.push(...(await fn()));
  };
  await step('bundle size', benchLoginBundle);
  await step('parse + lint throughput and memory (100,000 letters)', benchParseLint);
  await step('start-up and memory (npm start, 3 runs each)', () => benchStartup(3));
  await step('directing loop over HTTP (progress, 50 concurrent submissions)', benchDirecting);
  await step('reports (summary DOCX, progress matrix XLSX)', benchReports);
  await step('national scale (needs NATIONAL_DATABASE_URL, see npm run gen:national)', benchNational);

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
  const lines = [
    '# Benchmark results',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine}.`,
    '',
    '| figure | goal | measured | result |',
    '|---|---|---|---|',
    ...figures.map((f) => Number.isNaN(f.measured)
      ? `| ${f.name} | — | not measured | — |`
      : f.informational ? `| ${f.name} | no goal | ${f.measured} ${f.unit} | for the record |`
      : `| ${f.name} | ${(f.lowerIsBetter ?? true) ? '≤' : '≥'} ${f.goal} ${f.unit} | ${f.measured} ${f.unit} | ${passes(f) ? 'pass' : '**FAIL**'} |`),
    '',
    '## Details',
    '',
    ...figures.map((f) => `- **${f.name}**: ${f.detail ?? ''}`),
    '',
  ];
  writeFileSync('bench/RESULTS.md', lines.join('\n'));
  console.log(lines.slice(4, 6 + figures.length).join('\n'));
  if (figures.some((f) => !Number.isNaN(f.measured) && !passes(f))) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
