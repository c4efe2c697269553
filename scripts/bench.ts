// `pnpm bench [--corpus FILE.jsonl]`: how fast @kindling/rules lints tweets next to alex and
// write-good, in one process on the same corpus; the median time for a 3,000-character post;
// and the browser bundle size. Prints figures; asserts nothing (speed is not a test).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { lint } from '@kindling/rules';
import { text as alexText } from 'alex';
import { longPost, tweetCorpus } from './lib/tweet-corpus.js';

const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string) => unknown[];

function readCorpus(path: string | undefined): { text: string }[] {
  if (!path) return tweetCorpus(20_000);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => ({ text: (JSON.parse(line) as { text: string }).text }));
}

/** Drafts per second for `lintOne` over `drafts`, after a warm-up, for at least `minMs`. */
function throughput(drafts: readonly { text: string }[], lintOne: (text: string) => unknown, minMs: number): number {
  for (const draft of drafts.slice(0, 200)) lintOne(draft.text);
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const draft of drafts) {
      lintOne(draft.text);
      done++;
      if (done % 256 === 0 && performance.now() - start >= minMs) break;
    }
  }
  return done / ((performance.now() - start) / 1000);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function bundleSize(): Promise<{ raw: number; gzip: number }> {
  const entry = fileURLToPath(import.meta.resolve('@kindling/rules'));
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

async function main(): Promise<void> {
  const corpusArg = process.argv.indexOf('--corpus');
  const corpusPath = corpusArg === -1 ? undefined : process.argv[corpusArg + 1];
  const drafts = readCorpus(corpusPath);
  console.log(`corpus: ${drafts.length} drafts (${corpusPath ?? 'synthetic tweets'})\n`);

  const kindling = throughput(drafts, (text) => lint({ text }), 3000);
  const alex = throughput(drafts.slice(0, 2000), (text) => alexText(text), 3000);
  const good = throughput(drafts.slice(0, 5000), (text) => writeGood(text), 3000);

  console.log('| linter | drafts/s | kindling is |');
  console.log('|---|---:|---:|');
  console.log(`| @kindling/rules | ${Math.round(kindling).toLocaleString('en')} | 1× |`);
  console.log(`| alex | ${Math.round(alex).toLocaleString('en')} | ${(kindling / alex).toFixed(0)}× faster |`);
  console.log(`| write-good | ${Math.round(good).toLocaleString('en')} | ${(kindling / good).toFixed(1)}× faster |`);

  const post = longPost(3000);
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const start = performance.now();
    lint({ text: post.slice(0, 3000 - (i % 7)) });
    times.push(performance.now() - start);
  }
  console.log(`\n3,000-character post: median ${median(times).toFixed(3)} ms per lint`);

  // Linear time: doubling an adversarial input should roughly double its time, not square it.
  console.log('\nadversarial input | 50 KB | 100 KB | ratio');
  const adversarial: [string, (n: number) => string][] = [
    ['one letter', (n) => 'a'.repeat(n)],
    ['emoji', (n) => '🔥'.repeat(n / 2)],
    ['exclamation marks', (n) => '!'.repeat(n)],
    ['quotes', (n) => '"'.repeat(n)],
    ['words', (n) => 'you idiot thanks '.repeat(n / 17)],
  ];
  for (const [name, make] of adversarial) {
    const time = (n: number) => {
      const text = make(n);
      lint({ text, kind: 'reply', replyingTo: { author: '@sam', text: 'Hello' } });
      const start = performance.now();
      lint({ text, kind: 'reply', replyingTo: { author: '@sam', text: 'Hello' } });
      return performance.now() - start;
    };
    const half = time(50_000);
    const full = time(100_000);
    console.log(`${name} | ${half.toFixed(1)} ms | ${full.toFixed(1)} ms | ${(full / half).toFixed(2)}`);
  }

  const size = await bundleSize();
  console.log(`browser bundle (esbuild, minified): ${(size.raw / 1024).toFixed(1)} KB, gzip ${(size.gzip / 1024).toFixed(1)} KB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
