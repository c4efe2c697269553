// Learns the weights of the warmth score (lesson 1) from requests that people rated for
// politeness: `pnpm train:warmth DIR`, where DIR holds politeness-wikipedia.jsonl. Reads the
// file where it is, prints cross-validated accuracy, and writes only the weights.
//
// The features are the library's own (warmthFeatures), so what is trained is what is scored.
// Build the rules first (`pnpm run build`); rebuild after writing the weights.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WarmthFeature, WarmthWeights } from '../packages/rules/dist/tone.js';
import { warmthWeights as current } from '../packages/rules/dist/warmth-weights.js';
import { accuracy, fitLogistic } from './lib/logistic.js';
import { FOLDS, POLITENESS_FILE, bestPenalty, readWarmthExamples } from './lib/warmth-training.js';

const WEIGHTS_FILE = fileURLToPath(new URL('../packages/rules/src/warmth-weights.ts', import.meta.url));

function weightsSource(weights: WarmthWeights, note: string): string {
  const lines = Object.entries(weights).map(([feature, weight]) => `  ${feature}: ${weight},`);
  return [
    '// Written by scripts/train-warmth.ts; do not edit by hand. Run `pnpm train:warmth DIR` again',
    '// after changing a feature of the warmth score.',
    `// ${note}`,
    "import type { WarmthWeights } from './tone.js';",
    '',
    'export const warmthWeights: WarmthWeights = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}

function main(): void {
  const dir = process.argv[2];
  if (!dir || !existsSync(join(dir, POLITENESS_FILE))) {
    console.error(`usage: pnpm train:warmth DIR\n  DIR holds ${POLITENESS_FILE}; the weights go to packages/rules/src/warmth-weights.ts.`);
    process.exit(2);
  }
  const examples = readWarmthExamples(join(resolve(dir), POLITENESS_FILE));
  // A fit on no rows, or on one class only, would write weights that say nothing.
  if (!examples.some((example) => example.label === 1) || !examples.some((example) => example.label === 0)) {
    console.error(`train:warmth: ${POLITENESS_FILE} holds no polite or no impolite requests; the weights are left as they are.`);
    process.exit(1);
  }
  const currentWeights = { weights: new Map(Object.entries(current) as [WarmthFeature, number][]), bias: 0 };
  console.log(`${examples.length} rated requests; the weights in the library now: ${(accuracy(currentWeights, examples) * 100).toFixed(1)}% (fit, not cross-validated)`);
  const best = bestPenalty(examples, (l2, score) => console.log(`  l2 ${l2}: ${FOLDS}-fold cross-validated accuracy ${(score * 100).toFixed(1)}%`));
  const fitted = fitLogistic(examples, { l2: best.l2 });
  // Every feature gets a weight, even one the corpus never shows (then 0).
  const weights = Object.fromEntries(Object.keys(current).map((feature) => [feature, Math.round((fitted.weights.get(feature as WarmthFeature) ?? 0) * 1000) / 1000])) as unknown as WarmthWeights;
  const note = `${examples.length} rated requests, l2 ${best.l2}: ${FOLDS}-fold cross-validated accuracy ${(best.score * 100).toFixed(1)}%.`;
  writeFileSync(WEIGHTS_FILE, weightsSource(weights, note));
  console.log(`wrote packages/rules/src/warmth-weights.ts (${note}) Rebuild the rules to use them.`);
}

main();
