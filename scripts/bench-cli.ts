// `pnpm bench:cli`: lints 100,000 drafts end to end with the built CLI and prints wall time and
// peak memory (RSS, worker threads included) for each scenario. Prints figures; asserts nothing.
// The drafts go to a temporary folder outside the repository, removed afterwards.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tweetCorpus } from './lib/tweet-corpus.js';

const DRAFTS = 100_000;
const CLI = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const RSS_MARKER = 'kindling-bench-max-rss-kb=';

// Runs the CLI in a child whose exit hook reports its own peak RSS, which includes its workers.
const MEASURED_RUN = `
process.on('exit', () => process.stderr.write('\\n${RSS_MARKER}' + process.resourceUsage().maxRSS + '\\n'));
process.argv = [process.execPath, process.env.KINDLING_BENCH_CLI, ...JSON.parse(process.env.KINDLING_BENCH_ARGS)];
await import(process.env.KINDLING_BENCH_CLI);
`;

interface Scenario {
  name: string;
  args: string[];
}

function writeScenarios(folder: string): Scenario[] {
  const drafts = tweetCorpus(DRAFTS).map((draft, i) => ({ id: i, channel: 'linkedin', ...draft }));

  const jsonl = join(folder, 'calendar.jsonl');
  writeFileSync(jsonl, `${drafts.map((draft) => JSON.stringify(draft)).join('\n')}\n`);

  const csvFolder = join(folder, 'clients');
  mkdirSync(csvFolder);
  const perFile = 1_000;
  for (let file = 0; file < DRAFTS / perFile; file++) {
    const rows = drafts.slice(file * perFile, (file + 1) * perFile).map((draft) => `${draft.id},${draft.kind},"${draft.text.replaceAll('"', '""')}"`);
    writeFileSync(join(csvFolder, `client-${String(file).padStart(3, '0')}.csv`), `id,kind,text\n${rows.join('\n')}\n`);
  }

  const out = (name: string) => join(folder, name);
  return [
    { name: 'one 100,000-line JSONL file, stylish', args: ['lint', jsonl, '-o', out('jsonl.txt')] },
    { name: 'one 100,000-line JSONL file, json', args: ['lint', jsonl, '-f', 'json', '-o', out('jsonl.json')] },
    { name: '100 CSV files of 1,000 rows, stylish', args: ['lint', csvFolder, '-o', out('csv.txt')] },
    { name: '100 CSV files of 1,000 rows, stylish, --concurrency 2', args: ['lint', csvFolder, '--concurrency', '2', '-o', out('csv-2.txt')] },
  ];
}

function run(scenario: Scenario, wrapper: string): { seconds: number; rssMb: number; exitCode: number | null } {
  const start = performance.now();
  const child = spawnSync(process.execPath, [wrapper], {
    env: { ...process.env, KINDLING_BENCH_CLI: CLI, KINDLING_BENCH_ARGS: JSON.stringify(scenario.args) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  const rssKb = Number(new RegExp(`${RSS_MARKER}(\\d+)`, 'u').exec(child.stderr)?.[1] ?? NaN);
  if (Number.isNaN(rssKb)) throw new Error(`the CLI did not finish: ${child.stderr.slice(0, 500)}`);
  return { seconds, rssMb: rssKb / 1024, exitCode: child.status };
}

const folder = mkdtempSync(join(tmpdir(), 'kindling-bench-cli-'));
try {
  const scenarios = writeScenarios(folder);
  const wrapper = join(folder, 'measured-run.mjs');
  writeFileSync(wrapper, MEASURED_RUN);
  const size = statSync(join(folder, 'calendar.jsonl')).size;
  console.log(`Linting ${DRAFTS.toLocaleString('en')} drafts end to end with the built CLI (JSONL file: ${(size / 1024 / 1024).toFixed(1)} MB)`);
  console.log('Targets: under 10 s wall time, under 300 MB peak RSS.\n');
  for (const scenario of scenarios) {
    const { seconds, rssMb, exitCode } = run(scenario, wrapper);
    const verdict = seconds < 10 && rssMb < 300 ? 'within target' : 'OVER TARGET';
    console.log(`${scenario.name.padEnd(56)} ${seconds.toFixed(2).padStart(6)} s  ${rssMb.toFixed(0).padStart(4)} MB peak RSS  exit ${exitCode}  ${verdict}`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
