// `pnpm bench:cli`: lints 100,000 drafts end to end with the built CLI, then 1,000,000 into a
// JSON Lines report, and prints, per scenario, wall time, drafts per second and the child
// process's peak RSS (worker threads included). Prints figures; asserts nothing. The drafts go
// to a temporary folder outside the repository, removed afterwards. `--large-only` runs just
// the 1,000,000-draft scenario, `--skip-large` everything else.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tweetCorpus } from './lib/tweet-corpus.js';

const DRAFTS = 100_000;
const LARGE_DRAFTS = 1_000_000;
const CLI = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const GNU_TIME = '/usr/bin/time';
const RSS_MARKER = 'kindling-bench-max-rss-kb=';

// Without GNU time: the child reports its own peak RSS (getrusage, which counts its worker threads too).
const SELF_MEASURED_RUN = `
process.on('exit', () => process.stderr.write('\\n${RSS_MARKER}' + process.resourceUsage().maxRSS + '\\n'));
process.argv = [process.execPath, process.env.KINDLING_BENCH_CLI, ...JSON.parse(process.env.KINDLING_BENCH_ARGS)];
await import(process.env.KINDLING_BENCH_CLI);
`;

interface Target {
  seconds: number;
  rssMb: number;
}

interface Scenario {
  name: string;
  args: string[];
  drafts: number;
  target: Target;
}

const TARGET: Target = { seconds: 10, rssMb: 300 };
const LARGE_TARGET: Target = { seconds: 60, rssMb: 400 };

function corpus(count: number) {
  return tweetCorpus(count).map((draft, i) => ({ id: i, channel: 'linkedin', ...draft }));
}

/** Writes drafts as JSON Lines a slice at a time, so a million of them never make one string. */
function writeJsonl(path: string, drafts: readonly object[]): void {
  const file = openSync(path, 'w');
  try {
    for (let start = 0; start < drafts.length; start += 10_000) {
      writeSync(file, `${drafts.slice(start, start + 10_000).map((draft) => JSON.stringify(draft)).join('\n')}\n`);
    }
  } finally {
    closeSync(file);
  }
}

function writeLargeScenario(folder: string): Scenario {
  const jsonl = join(folder, 'million.jsonl');
  writeJsonl(jsonl, corpus(LARGE_DRAFTS));
  return {
    name: 'one 1,000,000-line JSONL file, jsonl, --concurrency 2',
    args: ['lint', jsonl, '-f', 'jsonl', '-j', '2', '-o', join(folder, 'million-report.jsonl')],
    drafts: LARGE_DRAFTS,
    target: LARGE_TARGET,
  };
}

function writeScenarios(folder: string): Scenario[] {
  const drafts = corpus(DRAFTS);

  const jsonl = join(folder, 'calendar.jsonl');
  writeJsonl(jsonl, drafts);

  const csvFolder = join(folder, 'clients');
  mkdirSync(csvFolder);
  const perFile = 1_000;
  for (let file = 0; file < DRAFTS / perFile; file++) {
    const rows = drafts.slice(file * perFile, (file + 1) * perFile).map((draft) => `${draft.id},${draft.kind},"${draft.text.replaceAll('"', '""')}"`);
    writeFileSync(join(csvFolder, `client-${String(file).padStart(3, '0')}.csv`), `id,kind,text\n${rows.join('\n')}\n`);
  }

  const out = (name: string) => ['-o', join(folder, name)];
  const scenarios = [
    { name: 'one 100,000-line JSONL file, stylish', args: ['lint', jsonl, ...out('jsonl.txt')] },
    { name: 'one 100,000-line JSONL file, jsonl', args: ['lint', jsonl, '-f', 'jsonl', ...out('jsonl-report.jsonl')] },
    { name: 'one 100,000-line JSONL file, json', args: ['lint', jsonl, '-f', 'json', ...out('jsonl.json')] },
    { name: 'one 100,000-line JSONL file, sarif', args: ['lint', jsonl, '-f', 'sarif', ...out('jsonl.sarif')] },
    { name: 'one 100,000-line JSONL file, stylish, --concurrency 1', args: ['lint', jsonl, '-j', '1', ...out('jsonl-1.txt')] },
    { name: 'one 100,000-line JSONL file, json, --concurrency 1', args: ['lint', jsonl, '-f', 'json', '-j', '1', ...out('jsonl-1.json')] },
    { name: 'one 100,000-line JSONL file, stylish, --concurrency 2', args: ['lint', jsonl, '-j', '2', ...out('jsonl-2.txt')] },
    { name: 'one 100,000-line JSONL file, json, --concurrency 2', args: ['lint', jsonl, '-f', 'json', '-j', '2', ...out('jsonl-2.json')] },
    { name: '100 CSV files of 1,000 rows, stylish', args: ['lint', csvFolder, ...out('csv.txt')] },
  ];
  return scenarios.map((scenario) => ({ ...scenario, drafts: DRAFTS, target: TARGET }));
}

interface Measurement {
  seconds: number;
  rssMb: number;
  exitCode: number | null;
}

function run(scenario: Scenario, folder: string): Measurement {
  const start = performance.now();
  let rssKb: number;
  let child;
  if (existsSync(GNU_TIME)) {
    const timeFile = join(folder, 'time.txt');
    child = spawnSync(GNU_TIME, ['-o', timeFile, '-f', '%M', process.execPath, CLI, ...scenario.args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    rssKb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
  } else {
    const wrapper = join(folder, 'measured-run.mjs');
    writeFileSync(wrapper, SELF_MEASURED_RUN);
    child = spawnSync(process.execPath, [wrapper], {
      env: { ...process.env, KINDLING_BENCH_CLI: CLI, KINDLING_BENCH_ARGS: JSON.stringify(scenario.args) },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    rssKb = Number(new RegExp(`${RSS_MARKER}(\\d+)`, 'u').exec(child.stderr)?.[1] ?? NaN);
  }
  const seconds = (performance.now() - start) / 1000;
  // Exit 1 is expected (the corpus has errors); anything else means the run did not finish.
  if (Number.isNaN(rssKb) || (child.status !== 0 && child.status !== 1)) throw new Error(`the CLI did not finish: ${child.stderr.slice(0, 500)}`);
  return { seconds, rssMb: rssKb / 1024, exitCode: child.status };
}

const largeOnly = process.argv.includes('--large-only');
const skipLarge = process.argv.includes('--skip-large');
const folder = mkdtempSync(join(tmpdir(), 'kindling-bench-cli-'));
try {
  console.log(`${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}; peak RSS ${existsSync(GNU_TIME) ? `from ${GNU_TIME}` : 'reported by the child'}`);
  console.log(`Targets: ${DRAFTS.toLocaleString('en')} drafts in under ${TARGET.seconds} s and ${TARGET.rssMb} MB; ${LARGE_DRAFTS.toLocaleString('en')} in under ${LARGE_TARGET.seconds} s and ${LARGE_TARGET.rssMb} MB.\n`);
  const scenarios = largeOnly ? [] : writeScenarios(folder);
  if (!largeOnly) console.log(`${DRAFTS.toLocaleString('en')}-line JSONL file: ${(statSync(join(folder, 'calendar.jsonl')).size / 1024 / 1024).toFixed(1)} MB`);
  if (!skipLarge) {
    scenarios.push(writeLargeScenario(folder));
    console.log(`${LARGE_DRAFTS.toLocaleString('en')}-line JSONL file: ${(statSync(join(folder, 'million.jsonl')).size / 1024 / 1024).toFixed(1)} MB`);
  }
  for (const scenario of scenarios) {
    const { seconds, rssMb, exitCode } = run(scenario, folder);
    const verdict = seconds <= scenario.target.seconds && rssMb <= scenario.target.rssMb ? 'within target' : 'OVER TARGET';
    const rate = Math.round(scenario.drafts / seconds).toLocaleString('en');
    console.log(`${scenario.name.padEnd(54)} ${seconds.toFixed(2).padStart(6)} s ${rate.padStart(7)} drafts/s ${rssMb.toFixed(0).padStart(5)} MB peak RSS  exit ${exitCode}  ${verdict}`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
