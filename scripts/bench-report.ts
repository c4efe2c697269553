// `node --no-warnings --loader ts-node/esm scripts/bench-report.ts [COUNT]`: how long each
// @kindling/report format takes for a large calendar, and how big its output is. Needs
// `pnpm run build` first. Prints figures; asserts nothing (speed is not a test).
import { createBatchLinter } from '@kindling/rules';
import {
  ReportBuilder,
  formatHtml,
  formatJson,
  formatMarkdown,
  formatSarif,
  formatStylish,
  locateResult,
  type Report,
} from '../packages/report/dist/index.js';
import { tweetCorpus } from './lib/tweet-corpus.js';

const count = Number(process.argv[2] ?? 100_000);

function buildReport(): Report {
  const builder = new ReportBuilder();
  const linter = createBatchLinter();
  tweetCorpus(count).forEach((draft, index) => {
    builder.addResult(locateResult(linter.add(draft), { source: 'bench.jsonl', index, line: index + 1 }));
  });
  const { batch, calendar } = linter.finish();
  builder.addBatch('bench.jsonl', batch, calendar);
  return builder.finish();
}

const formats: Record<string, (report: Report) => string> = {
  stylish: (report) => formatStylish(report, { color: false }),
  json: (report) => formatJson(report),
  sarif: (report) => formatSarif(report),
  markdown: (report) => formatMarkdown(report),
  html: (report) => formatHtml(report),
};

const report = buildReport();
const findings = report.summary.errors + report.summary.warnings + report.summary.infos;
console.log(`${count.toLocaleString('en')} drafts, ${findings.toLocaleString('en')} findings, ${report.batch.length} calendar findings\n`);
console.log('format     time (ms)   output (MB)   heap after (MB)');
for (const [name, format] of Object.entries(formats)) {
  const start = performance.now();
  const output = format(report);
  const ms = performance.now() - start;
  const heap = process.memoryUsage().heapUsed / 1e6;
  console.log(`${name.padEnd(9)}  ${ms.toFixed(0).padStart(9)}   ${(Buffer.byteLength(output) / 1e6).toFixed(1).padStart(11)}   ${heap.toFixed(0).padStart(15)}`);
}
