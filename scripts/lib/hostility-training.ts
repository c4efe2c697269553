// The data and settings behind the hostility model, shared by the training script and by
// `pnpm eval`, which scores every training row with a model that never saw it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDoc } from '@kindling/rules';
import { modelWords, type HostilityModel } from '../../packages/rules/dist/hostility-model.js';
import type { Example, FitOptions, Model } from './logistic.js';

export const OFFENSIVE_FILE = 'offensive.dev.jsonl';
export const SENTIMENT_FILE = 'sentiment.dev.jsonl';
export const FOLDS = 5;
/**
 * Minimum support and a cap on the vocabulary keep the model to words that recur; AdaGrad lets
 * the rarer of those still reach their weight. The support of ten tweets was chosen on the
 * model's own cross-validated macro-F1 (five: 0.703, ten: 0.708, fifteen: 0.701).
 */
export const HOSTILITY_FIT: FitOptions = { l2: 0.001, intercept: true, minCount: 10, keep: 1000, adaptive: true, iterations: 12, rate: 0.1 };

export interface HostilityRow extends Example<string> {
  file: string;
  /** The draft as the file gives it, for linting. */
  row: Record<string, unknown>;
}

function readJsonl(file: string, take: (row: Record<string, unknown>, line: number) => 0 | 1 | undefined): HostilityRow[] {
  const name = file.split('/').pop()!;
  const rows: HostilityRow[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line);
    } catch {
      throw new Error(`${name}:${index + 1}: not JSON`);
    }
    if (typeof row.text !== 'string') throw new Error(`${name}:${index + 1}: field "text" is not a string`);
    const label = take(row, index + 1);
    if (label === undefined) return;
    const features = new Map<string, number>();
    for (const key of modelWords(new TextDoc(row.text)).keys()) features.set(key, 1);
    rows.push({ file: name, row, features, label });
  });
  return rows;
}

/**
 * Offensive and inoffensive tweets (OLID), and positive and neutral ones from another corpus
 * as more inoffensive examples: trained on one source alone, a model learns that source's
 * topics and flags ordinary posts about them.
 */
export function readHostilityRows(dir: string): HostilityRow[] {
  const meta = (row: Record<string, unknown>) => (row.meta ?? {}) as Record<string, unknown>;
  return [
    ...readJsonl(join(dir, OFFENSIVE_FILE), (row) => (meta(row).offensive === true ? 1 : 0)),
    ...readJsonl(join(dir, SENTIMENT_FILE), (row) => (meta(row).sentiment === 'negative' ? undefined : 0)),
  ];
}

/** A fitted model as the library stores it: weights rounded to tenths (finer steps change no figure), zeros left out. */
export function toHostilityModel(model: Model<string>): HostilityModel {
  const weights: Record<string, number> = {};
  for (const [key, weight] of [...model.weights].sort((a, b) => b[1] - a[1])) {
    const rounded = Math.round(weight * 10) / 10;
    // A "__proto__" key in an object literal would set the prototype, not a weight.
    if (rounded !== 0 && key !== '__proto__') weights[key] = rounded;
  }
  return { bias: Math.round(model.bias * 100) / 100, weights };
}
