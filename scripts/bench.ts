// `pnpm bench [--corpus FILE.jsonl]`: the library's speed figures against their targets, in one
// process: drafts per second next to alex and write-good on the same corpus, a 3,000-character
// post, adversarial input at 100 KB and 200 KB, the browser bundle, and what the config cache's
// key costs. Times are CPU time (see cpuMs). Prints figures and ok/MISS beside each target;
// asserts nothing (speed is not a test), and a shape that throws is printed as a failed row
// rather than ending the run.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { lint, resolveConfig, type Config, type DraftInput } from '@kindling/rules';
import { text as alexText } from 'alex';
import { longPost, tweetCorpus } from './lib/tweet-corpus.js';

const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string) => unknown[];

/**
 * Milliseconds of CPU time this process has used (user and system, every thread). Figures are
 * CPU time rather than wall time, so other work on a shared machine does not count against them.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const TARGETS = {
  writeGood: 12,
  alex: 200,
  postMedianMs: 0.4,
  postP99Ms: 1.5,
  bundleGzipKb: 30,
  adversarialMs: 50,
  growth: 2.3,
};

function readCorpus(path: string | undefined): { text: string }[] {
  if (!path) return tweetCorpus(20_000);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => ({ text: (JSON.parse(line) as { text: string }).text }));
}

interface Contender {
  drafts: readonly { text: string }[];
  lintOne: (text: string) => unknown;
  done: number;
  ms: number;
  next: number;
}

/**
 * Drafts per second for each linter, measured in turns of `sliceMs` for `rounds` rounds, so a
 * machine whose load changes during the run slows every linter alike and the ratios hold.
 */
function throughputs(linters: Omit<Contender, 'done' | 'ms' | 'next'>[], rounds: number, sliceMs: number): number[] {
  const contenders: Contender[] = linters.map((linter) => ({ ...linter, done: 0, ms: 0, next: 0 }));
  for (const contender of contenders) for (const draft of contender.drafts.slice(0, 200)) contender.lintOne(draft.text);
  for (let round = 0; round < rounds; round++) {
    for (const contender of contenders) {
      const start = cpuMs();
      let elapsed = 0;
      while (elapsed < sliceMs) {
        for (let i = 0; i < 16; i++) {
          contender.lintOne(contender.drafts[contender.next]!.text);
          contender.next = (contender.next + 1) % contender.drafts.length;
          contender.done++;
        }
        elapsed = cpuMs() - start;
      }
      contender.ms += elapsed;
    }
  }
  return contenders.map((contender) => contender.done / (contender.ms / 1000));
}

/** The value at quantile `q` (0..1) of `values`. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

async function bundleSize(): Promise<{ raw: number; gzip: number }> {
  const entry = fileURLToPath(import.meta.resolve('@kindling/rules'));
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** Every term of the word lists the built library ships, read from its lexicon modules (or one of them). */
async function lexiconTerms(only?: string): Promise<string[]> {
  const folder = new URL('lexicons/', import.meta.resolve('@kindling/rules'));
  const terms: string[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.js') && (!only || name === only))) {
    const module = (await import(pathToFileURL(fileURLToPath(new URL(file, folder))).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (typeof value !== 'object' || value === null) continue;
      // A lexicon has terms, a weighted one groups of terms; the politeness strategies are a list of groups.
      const lexicon = value as { terms?: unknown; groups?: { terms?: unknown }[] };
      const groups = Array.isArray(value) ? (value as { terms?: unknown }[]) : Array.isArray(lexicon.groups) ? lexicon.groups : [];
      const lists = [lexicon.terms, ...groups.map((group) => group.terms)];
      for (const list of lists) if (Array.isArray(list)) terms.push(...list.filter((term): term is string => typeof term === 'string'));
    }
  }
  return terms;
}

/** `unit` repeated to exactly `size` UTF-16 code units (rounded down to whole units). */
function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

type Shape = [name: string, make: (size: number) => string];

async function adversarialShapes(): Promise<Shape[]> {
  const terms = await lexiconTerms();
  // Wildcard stems (`idiot*`) as bare letters, all run together into one word.
  const stems = [...new Set(terms.filter((term) => term.endsWith('*')).map((term) => term.slice(0, -1).replace(/[^a-z]/gu, '')))].filter(Boolean);
  const everyStem = stems.join('');
  // The hostility lists' plain phrases of two or more words: each match is a phrase lookup.
  const insultPhrases = (await lexiconTerms('hostility.js')).filter((term) => /^[a-z' ]+$/u.test(term) && term.includes(' '));
  return [
    ["one long word of a lexicon stem ('x' + 'video' × n)", (size) => `x${repeatTo('video', size - 1)}`],
    [`one long word of every lexicon stem (${stems.length} stems)`, (size) => repeatTo(everyStem, size)],
    [`repeated insult phrases (${insultPhrases.length} from the lexicons)`, (size) => repeatTo(`${(insultPhrases.length > 0 ? insultPhrases : ['you idiot']).join('. ')}. `, size)],
    ['repeated "stupid good."', (size) => repeatTo('stupid good. ', size)],
    ['repeated letters', (size) => 'a'.repeat(size)],
    ['emoji', (size) => repeatTo('🔥', size)],
    ['exclamation marks', (size) => '!'.repeat(size)],
    ['quotes', (size) => '"'.repeat(size)],
    ['insults and thanks', (size) => repeatTo('you idiot thanks ', size)],
    ['masked swearing ("f*** ")', (size) => repeatTo('f*** ', size)],
    ['one run of masks and letters ("a*a*…")', (size) => repeatTo('a*', size)],
  ];
}

type Timed = { ms: number } | { error: string };

/**
 * How long one lint of `text` takes (the median of eight runs after a warm-up, when it is quick),
 * or why it failed. Eight, so one run slowed by a collection of an earlier shape's garbage or by
 * other work on the machine cannot move the median. (Collecting garbage before each run made
 * them slower: the collector's helper threads then sweep during the run, in its CPU time.)
 */
function timeLint(draft: DraftInput): Timed {
  try {
    const runs: number[] = [];
    for (let i = 0; i < 9; i++) {
      const start = cpuMs();
      lint(draft);
      runs.push(cpuMs() - start);
      if (runs[0]! > 500) break;
    }
    // With several runs, the first is a warm-up.
    return { ms: quantile(runs.length > 1 ? runs.slice(1) : runs, 0.5) };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

const ms = (timed: Timed) => ('ms' in timed ? `${timed.ms.toFixed(1)} ms` : `failed (${timed.error})`);
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISS');

async function main(): Promise<void> {
  const corpusArg = process.argv.indexOf('--corpus');
  const corpusPath = corpusArg === -1 ? undefined : process.argv[corpusArg + 1];
  const drafts = readCorpus(corpusPath);
  console.log(`corpus: ${drafts.length} drafts (${corpusPath ?? 'synthetic tweets'})\n`);
  const figures: [measure: string, target: string, measured: string, ok: boolean][] = [];

  const [kindling, alex, good] = throughputs(
    [
      { drafts, lintOne: (text) => lint({ text }) },
      { drafts, lintOne: (text) => alexText(text) },
      { drafts, lintOne: (text) => writeGood(text) },
    ],
    10,
    300,
  ) as [number, number, number];
  console.log('| linter | drafts/s | kindling is |');
  console.log('|---|---:|---:|');
  console.log(`| @kindling/rules | ${Math.round(kindling).toLocaleString('en')} | 1× |`);
  console.log(`| alex | ${Math.round(alex).toLocaleString('en')} | ${(kindling / alex).toFixed(0)}× faster |`);
  console.log(`| write-good | ${Math.round(good).toLocaleString('en')} | ${(kindling / good).toFixed(1)}× faster |`);
  figures.push(['@kindling/rules against write-good', `≥ ${TARGETS.writeGood}×`, `${(kindling / good).toFixed(1)}×`, kindling / good >= TARGETS.writeGood]);
  figures.push(['@kindling/rules against alex', `≥ ${TARGETS.alex}×`, `${(kindling / alex).toFixed(0)}×`, kindling / alex >= TARGETS.alex]);

  const post = longPost(3000);
  for (let i = 0; i < 100; i++) lint({ text: post.slice(0, 3000 - (i % 7)) });
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const start = cpuMs();
    lint({ text: post.slice(0, 3000 - (i % 7)) });
    times.push(cpuMs() - start);
  }
  const median = quantile(times, 0.5);
  const p99 = quantile(times, 0.99);
  console.log(`\n3,000-character post: median ${median.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms per lint (1,000 lints)`);
  figures.push([
    '3,000-character post',
    `median ≤ ${TARGETS.postMedianMs} ms, p99 ≤ ${TARGETS.postP99Ms} ms`,
    `median ${median.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`,
    median <= TARGETS.postMedianMs && p99 <= TARGETS.postP99Ms,
  ]);

  const size = await bundleSize();
  console.log(`\nbrowser bundle (esbuild, minified): ${(size.raw / 1024).toFixed(1)} KB, gzip ${(size.gzip / 1024).toFixed(1)} KB`);
  figures.push(['browser bundle (esbuild, minified, gzip)', `≤ ${TARGETS.bundleGzipKb} KB`, `${(size.gzip / 1024).toFixed(1)} KB`, size.gzip / 1024 <= TARGETS.bundleGzipKb]);

  // Linear time: doubling an adversarial input should about double its time, not square it.
  // Each shape is a reply, so the rules that only judge replies run too.
  const asReply = (text: string): DraftInput => ({ text, kind: 'reply', replyingTo: { author: '@sam', text: 'Hello' } });
  console.log('\n| adversarial input | 100 KB | 200 KB | growth |');
  console.log('|---|---:|---:|---:|');
  let slowest: { name: string; ms: number } | undefined;
  let steepest: { name: string; growth: number } | undefined;
  const failed: string[] = [];
  for (const [name, make] of await adversarialShapes()) {
    const small = timeLint(asReply(make(100_000)));
    const large = timeLint(asReply(make(200_000)));
    const growth = 'ms' in small && 'ms' in large ? large.ms / Math.max(small.ms, 0.01) : undefined;
    console.log(`| ${name} | ${ms(small)} | ${ms(large)} | ${growth === undefined ? '—' : `${growth.toFixed(2)}×`} |`);
    if (!('ms' in small) || !('ms' in large)) failed.push(name);
    if ('ms' in small && (!slowest || small.ms > slowest.ms)) slowest = { name, ms: small.ms };
    if (growth !== undefined && (!steepest || growth > steepest.growth)) steepest = { name, growth };
  }
  // Past the length cap only the first part is linted, so this is bounded whatever the size.
  const huge = timeLint(asReply('a'.repeat(3_700_000)));
  console.log(`| 3.7 M repeated letters (one size) | | ${ms(huge)} | |`);
  if (!('ms' in huge)) failed.push('3.7 M repeated letters');
  const failures = failed.length > 0 ? `; failed: ${failed.join(', ')}` : '';
  figures.push([
    'every adversarial shape at 100 KB',
    `≤ ${TARGETS.adversarialMs} ms`,
    `slowest ${slowest ? `${slowest.ms.toFixed(1)} ms (${slowest.name})` : '—'}${failures}`,
    failed.length === 0 && slowest !== undefined && slowest.ms <= TARGETS.adversarialMs,
  ]);
  figures.push([
    'growth from 100 KB to 200 KB',
    `≤ ${TARGETS.growth}×`,
    steepest ? `steepest ${steepest.growth.toFixed(2)}× (${steepest.name})` : '—',
    failed.length === 0 && steepest !== undefined && steepest.growth <= TARGETS.growth,
  ]);

  // lint caches resolved configs by content, so each call builds the config's key and finds its
  // entry: compare that with resolving afresh, and with linting a short post, the per-keystroke path.
  const { resolveCached } = (await import(new URL('config-cache.js', import.meta.resolve('@kindling/rules')).href)) as {
    resolveCached: (config: Config) => unknown;
  };
  const config: Config = {
    preset: 'recommended',
    rules: { 'no-shouting': ['warning', { maxExclamations: 3 }], 'no-hostility': 'error', 'share-the-spotlight': ['warning', { minAmplifying: 0.25 }], 'warm-tone': 'info' },
  };
  const tweet = { text: drafts[0]?.text ?? 'Thanks for sharing this, Sam!' };
  const microseconds = (run: () => void, count: number) => {
    for (let i = 0; i < count / 10; i++) run();
    const start = cpuMs();
    for (let i = 0; i < count; i++) run();
    return ((cpuMs() - start) / count) * 1000;
  };
  const cached = microseconds(() => resolveCached(config), 100_000);
  const afresh = microseconds(() => resolveConfig(config), 2_000);
  const oneTweet = microseconds(() => lint(tweet, config), 20_000);
  console.log(
    `\nconfig cache, per lint with a 4-rule config: key and lookup ${cached.toFixed(2)} µs; resolving afresh ${afresh.toFixed(1)} µs; linting one tweet ${oneTweet.toFixed(1)} µs`,
  );

  console.log('\n| measure | target | measured | |');
  console.log('|---|---|---|---|');
  for (const [measure, target, measured, ok] of figures) console.log(`| ${measure} | ${target} | ${measured} | ${verdict(ok)} |`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
