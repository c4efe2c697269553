// The data and the model selection behind the warmth weights, shared by the training script
// and by `pnpm eval`, which reports the same cross-validated figure next to the fit.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { TextDoc } from '@kindling/rules';
import { warmthFeatures, type WarmthFeature } from '../../packages/rules/dist/tone.js';
import { crossValidate, type Example } from './logistic.js';

export const POLITENESS_FILE = 'politeness-wikipedia.jsonl';
export const FOLDS = 10;
/** Penalties tried; the one with the best cross-validated accuracy is kept. */
export const PENALTIES = [0.0003, 0.001, 0.003, 0.01] as const;

/** The rated requests of the top (polite) and bottom (impolite) quartiles, as the library's features. */
export function readWarmthExamples(file: string): Example<WarmthFeature>[] {
  const name = basename(file);
  const examples: Example<WarmthFeature>[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let row: { text?: unknown; meta?: { class?: unknown } };
    try {
      row = JSON.parse(line);
    } catch {
      throw new Error(`${name}:${index + 1}: not JSON`);
    }
    const cls = row.meta?.class;
    // The middle half is left out, as the corpus's own evaluation does.
    if (cls !== 'polite' && cls !== 'impolite') return;
    if (typeof row.text !== 'string') throw new Error(`${name}:${index + 1}: field "text" is not a string`);
    examples.push({ features: warmthFeatures(new TextDoc(row.text)), label: cls === 'polite' ? 1 : 0 });
  });
  return examples;
}

/** The penalty with the best cross-validated accuracy, and that accuracy. */
export function bestPenalty(examples: readonly Example<WarmthFeature>[], report?: (l2: number, score: number) => void): { l2: number; score: number } {
  let best = { l2: PENALTIES[0] as number, score: -1 };
  for (const l2 of PENALTIES) {
    const score = crossValidate(examples, FOLDS, { l2 });
    report?.(l2, score);
    if (score > best.score) best = { l2, score };
  }
  return best;
}
