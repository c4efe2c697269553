// Learns the hostility model (lesson 1's second opinion) from labelled tweets:
// `pnpm train:hostility DIR`, where DIR holds offensive.dev.jsonl and sentiment.dev.jsonl.
// Reads the files where they are, prints cross-validated figures, and writes only the weights.
//
// The words are the library's own (modelWords), so what is trained is what is scored. Build
// the rules first (`pnpm run build`); rebuild after writing the weights. `pnpm eval` then gives
// the figures of the rules and the model together, cross-validated.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eachFold, fitLogistic, logOdds } from './lib/logistic.js';
import { FOLDS, HOSTILITY_FIT, OFFENSIVE_FILE, SENTIMENT_FILE, readHostilityRows, toHostilityModel } from './lib/hostility-training.js';

const WEIGHTS_FILE = fileURLToPath(new URL('../packages/rules/src/hostility-weights.ts', import.meta.url));

function main(): void {
  const dir = process.argv[2];
  if (!dir || !existsSync(join(dir, OFFENSIVE_FILE)) || !existsSync(join(dir, SENTIMENT_FILE))) {
    console.error(`usage: pnpm train:hostility DIR\n  DIR holds ${OFFENSIVE_FILE} and ${SENTIMENT_FILE}; the weights go to packages/rules/src/hostility-weights.ts.`);
    process.exit(2);
  }
  const rows = readHostilityRows(resolve(dir));
  // A fit on no rows, or on one class only, would write weights that say nothing.
  if (!rows.some((row) => row.label === 1) || !rows.some((row) => row.label === 0)) {
    console.error(`train:hostility: ${OFFENSIVE_FILE} and ${SENTIMENT_FILE} hold no offensive or no inoffensive tweets; the weights are left as they are.`);
    process.exit(1);
  }
  let tp = 0, fp = 0, fn = 0, tn = 0;
  eachFold(rows, FOLDS, HOSTILITY_FIT, (model, held) => {
    for (const row of held) {
      const predicted = logOdds(model, row.features) >= 0;
      if (row.label === 1) predicted ? tp++ : fn++;
      else predicted ? fp++ : tn++;
    }
  });
  const f1 = (a: number, b: number, c: number) => (2 * a) / (2 * a + b + c);
  console.log(`${rows.length} tweets; the model alone, ${FOLDS}-fold cross-validated: macro-F1 ${((f1(tp, fp, fn) + f1(tn, fn, fp)) / 2).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn} tn ${tn})`);
  const model = toHostilityModel(fitLogistic(rows, HOSTILITY_FIT));
  const entries = Object.entries(model.weights).map(([key, weight]) => `${JSON.stringify(key)}:${weight}`);
  const source = [
    '// Written by scripts/train-hostility.ts; do not edit by hand.',
    `// ${rows.length} tweets, ${entries.length} words; cross-validated figures: pnpm eval.`,
    "import type { HostilityModel } from './hostility-model.js';",
    '',
    '// prettier-ignore',
    `export const hostilityModel: HostilityModel = { bias: ${model.bias}, weights: {`,
    ...chunk(entries, 8).map((line) => `  ${line.join(', ')},`),
    '} };',
    '',
  ].join('\n');
  writeFileSync(WEIGHTS_FILE, source);
  console.log(`wrote packages/rules/src/hostility-weights.ts (${entries.length} words). Rebuild the rules to use them.`);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const lines: T[][] = [];
  for (let i = 0; i < items.length; i += size) lines.push(items.slice(i, i + size));
  return lines;
}

main();
