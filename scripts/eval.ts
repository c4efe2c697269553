// Measures the rules' judgement on labelled data: `pnpm eval DIR`, where DIR holds the
// development set's *.jsonl files. Reads the files where they are; never copies them.
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { lint, type LessonNumber, type LintResult } from '@kindling/rules';
import { useHostilityModel } from '../packages/rules/dist/hostility-model.js';
import { FOLDS, bestPenalty, readWarmthExamples } from './lib/warmth-training.js';
import { FOLDS as HOSTILITY_FOLDS, HOSTILITY_FIT, OFFENSIVE_FILE, SENTIMENT_FILE, readHostilityRows, toHostilityModel, type HostilityRow } from './lib/hostility-training.js';
import { eachFold } from './lib/logistic.js';

interface Row {
  id?: string | number;
  text: string;
  meta?: Record<string, unknown>;
  [key: string]: unknown;
}

async function* readRows(file: string): AsyncGenerator<Row> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as Row;
}

const flagged = (result: LintResult, lesson: LessonNumber) =>
  result.findings.some((f) => f.lesson === lesson && f.severity !== 'info');

function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

interface Outcome {
  file: string;
  metric: string;
  value: number;
  target: number;
  /** Whether the target is a ceiling (a false-alarm rate) rather than a floor. */
  atMost?: boolean;
  detail: string;
  /** How many labelled rows the figure rests on: none is a failure, never a pass. */
  rows: number;
}

async function evalContext(file: string, verbose: boolean): Promise<Outcome> {
  let met = 0;
  let total = 0;
  const misses: string[] = [];
  for await (const row of readRows(file)) {
    const expect = (row.meta?.expect ?? {}) as { flag?: LessonNumber[]; clean?: LessonNumber[]; rules?: string[] };
    const result = lint(row as never);
    const checks: [string, boolean][] = [
      ...(expect.flag ?? []).map((l): [string, boolean] => [`flag ${l}`, flagged(result, l)]),
      ...(expect.clean ?? []).map((l): [string, boolean] => [`clean ${l}`, !flagged(result, l)]),
      ...(expect.rules ?? []).map((r): [string, boolean] => [`rule ${r}`, result.findings.some((f) => f.ruleId === r)]),
    ];
    for (const [label, ok] of checks) {
      total++;
      if (ok) met++;
      else misses.push(`${String(row.id)}: ${label} — ${result.findings.map((f) => `${f.ruleId}(${f.severity})`).join(', ') || 'no findings'}`);
    }
  }
  if (verbose) for (const miss of misses) console.log(`  miss ${miss}`);
  return { file, metric: 'expectations met', value: total ? met / total : 0, target: 1, detail: `${met}/${total}`, rows: total };
}

async function evalBinary(
  file: string,
  label: string,
  predict: (result: LintResult) => boolean,
  metric: 'macro-F1' | 'F1',
  target: number,
  verbose: boolean,
): Promise<Outcome> {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const errors: string[] = [];
  for await (const row of readRows(file)) {
    const truth = row.meta?.[label] === true;
    const predicted = predict(lint(row as never));
    if (truth && predicted) tp++;
    else if (!truth && predicted) { fp++; errors.push(`FP ${row.text}`); }
    else if (truth && !predicted) { fn++; errors.push(`FN ${row.text}`); }
    else tn++;
  }
  if (verbose) for (const error of errors.slice(0, 200)) console.log(`  ${error.replace(/\s+/gu, ' ').slice(0, 160)}`);
  const positive = f1(tp, fp, fn);
  const negative = f1(tn, fn, fp);
  const value = metric === 'F1' ? positive : (positive + negative) / 2;
  return { file, metric, value, target, detail: `tp ${tp} fp ${fp} fn ${fn} tn ${tn}`, rows: tp + fp + fn + tn };
}

async function evalPoliteness(file: string, verbose: boolean): Promise<Outcome[]> {
  // A warmth score of 50 reads neutral, so it is the fixed line between polite and impolite.
  let correct = 0;
  let total = 0;
  const errors: string[] = [];
  for await (const row of readRows(file)) {
    const cls = row.meta?.class;
    if (cls !== 'polite' && cls !== 'impolite') continue;
    const score = lint(row as never).lessons[1].score;
    const predicted = score >= 50 ? 'polite' : 'impolite';
    total++;
    if (predicted === cls) correct++;
    else errors.push(`${cls} scored ${score}: ${row.text}`);
  }
  if (verbose) for (const error of errors.slice(0, 150)) console.log(`  ${error.replace(/\s+/gu, ' ').slice(0, 180)}`);
  // The warmth weights were fitted on this file, so the fit above flatters them: the figure
  // that counts is the same accuracy with each request scored by weights that never saw it.
  const cv = bestPenalty(readWarmthExamples(file));
  return [
    { file, metric: 'accuracy (lesson-1 score ≥ 50 = polite)', value: total ? correct / total : 0, target: 0.8, detail: `${correct}/${total}, weights fitted here`, rows: total },
    { file, metric: `warmth alone, ${FOLDS}-fold cross-validated*`, value: cv.score, target: 0.8, detail: `l2 ${cv.l2}`, rows: total },
  ];
}

/**
 * The share of the rows whose label is `wanted` that `predict` picks out: recall on hateful
 * tweets, the false-alarm rate on positive ones.
 */
async function evalShare(
  file: string,
  selects: (meta: Record<string, unknown> | undefined) => boolean,
  predict: (result: LintResult) => boolean,
  metric: string,
  target: { value: number; atMost: boolean },
  verbose: boolean,
): Promise<Outcome> {
  let picked = 0;
  let total = 0;
  const shown: string[] = [];
  for await (const row of readRows(file)) {
    if (!selects(row.meta)) continue;
    total++;
    const result = lint(row as never);
    const hit = predict(result);
    if (hit) picked++;
    // Verbose shows the mistakes: the false alarms under a ceiling, the misses under a floor.
    if (hit === target.atMost) shown.push(`${result.findings.filter((f) => f.lesson === 1).map((f) => f.ruleId).join(',') || '-'}: ${row.text}`);
  }
  if (verbose) for (const line of shown.slice(0, 200)) console.log(`  ${line.replace(/\s+/gu, ' ').slice(0, 180)}`);
  return { file, metric, value: total ? picked / total : 0, target: target.value, atMost: target.atMost, detail: `${picked}/${total}`, rows: total };
}

const lessonOneFlag = (result: LintResult) => flagged(result, 1);

/**
 * The rules and the hostility model together, with every OLID and SemEval row the model was
 * fitted on linted under weights fitted on the other folds only: the figures that count for
 * those two files. Worked out once per folder.
 */
const crossValidated = new Map<string, Map<HostilityRow, boolean>>();

function hostilityCrossValidated(dir: string): Map<HostilityRow, boolean> {
  let flags = crossValidated.get(dir);
  if (!flags) {
    const found = new Map<HostilityRow, boolean>();
    try {
      eachFold(readHostilityRows(dir), HOSTILITY_FOLDS, HOSTILITY_FIT, (model, held) => {
        useHostilityModel(toHostilityModel(model));
        for (const row of held) found.set(row, lessonOneFlag(lint(row.row as never)));
      });
    } finally {
      // Whatever happens, the rest of the evaluation lints with the shipped weights.
      useHostilityModel();
    }
    crossValidated.set(dir, (flags = found));
  }
  return flags;
}

function offensiveCrossValidated(file: string): Outcome {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const [row, predicted] of hostilityCrossValidated(dirname(file))) {
    if (row.file !== OFFENSIVE_FILE) continue;
    if (row.label === 1) predicted ? tp++ : fn++;
    else predicted ? fp++ : tn++;
  }
  const value = (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
  return { file, metric: `macro-F1, hostility model ${HOSTILITY_FOLDS}-fold cross-validated*`, value, target: 0.75, detail: `tp ${tp} fp ${fp} fn ${fn} tn ${tn}`, rows: tp + fp + fn + tn };
}

function sentimentCrossValidated(file: string): Outcome {
  let picked = 0, total = 0;
  for (const [row, predicted] of hostilityCrossValidated(dirname(file))) {
    if (row.file !== SENTIMENT_FILE || (row.row.meta as { sentiment?: string } | undefined)?.sentiment !== 'positive') continue;
    total++;
    if (predicted) picked++;
  }
  return { file, metric: `the same, hostility model ${HOSTILITY_FOLDS}-fold cross-validated*`, value: total ? picked / total : 0, target: 0.02, atMost: true, detail: `${picked}/${total}`, rows: total };
}
const promotionFlag = (result: LintResult) => result.findings.some((f) => f.ruleId === 'no-self-promotion' || f.ruleId === 'no-pitch');

const evaluators: Record<string, (file: string, verbose: boolean) => Promise<Outcome | Outcome[]>> = {
  context: evalContext,
  offensive: async (file, verbose) => [await evalBinary(file, 'offensive', lessonOneFlag, 'macro-F1', 0.75, verbose), offensiveCrossValidated(file)],
  'youtube-spam': (file, verbose) => evalBinary(file, 'spam', promotionFlag, 'F1', 0.95, verbose),
  'politeness-wikipedia': evalPoliteness,
  sentiment: async (file, verbose) => [
    await evalShare(file, (meta) => meta?.sentiment === 'positive', lessonOneFlag, 'positive tweets with a lesson-1 warning or error', { value: 0.02, atMost: true }, verbose),
    sentimentCrossValidated(file),
  ],
  hate: (file, verbose) =>
    evalShare(file, (meta) => meta?.hate === true, lessonOneFlag, 'hateful tweets flagged on lesson 1', { value: 0.55, atMost: false }, verbose),
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir || !existsSync(dir)) {
    console.error('usage: pnpm eval DIR [--verbose] [--only=NAME] [--write]\n  DIR holds the labelled *.jsonl files; --write puts the table in packages/rules/README.md.');
    process.exit(2);
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const outcomes: Outcome[] = [];
  for (const name of files) {
    const key = Object.keys(evaluators).find((k) => basename(name).startsWith(k));
    if (!key || (only && key !== only)) continue;
    if (verbose) console.log(`${name}:`);
    outcomes.push(...[await evaluators[key]!(join(resolve(dir), name), verbose)].flat());
  }
  if (outcomes.length === 0) {
    // An empty table would read as nothing wrong; nothing was measured.
    console.error(`eval: no labelled file in ${dir} that this evaluation knows (${Object.keys(evaluators).join(', ')}${only ? `; --only=${only}` : ''}).`);
    process.exit(2);
  }
  const table = formatTable(outcomes);
  console.log(`\n${table}`);
  if (args.includes('--write')) writeReadmeTable(table);
}

function formatTable(outcomes: readonly Outcome[]): string {
  const rows = outcomes.map((o) => {
    const met = o.atMost ? (o.value <= o.target ? 'ok' : 'ABOVE') : o.value >= o.target ? 'ok' : 'BELOW';
    const ok = o.rows === 0 ? 'NO ROWS' : met;
    return `| ${basename(o.file)} | ${o.metric} | ${o.value.toFixed(3)} | ${o.atMost ? '≤ ' : '≥ '}${o.target} ${ok} | ${o.detail} |`;
  });
  const note = outcomes.some((o) => o.metric.endsWith('*'))
    ? ['', '\\* The fitting settings (the penalty, the words a model keeps) were chosen on the same folds, so these lean a little high.']
    : [];
  return ['| file | metric | value | target | detail |', '|---|---|---|---|---|', ...rows, ...note].join('\n');
}

const README = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'rules', 'README.md');
const TABLE_START = '<!-- eval:start -->';
const TABLE_END = '<!-- eval:end -->';

/** Puts the table in the rules README between its markers, so the figures there are never typed by hand. */
function writeReadmeTable(table: string): void {
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`${README} has no ${TABLE_START} … ${TABLE_END} block for the table.`);
  writeFileSync(README, `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`);
  console.log(`\nwrote the table into ${basename(dirname(README))}/README.md`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
