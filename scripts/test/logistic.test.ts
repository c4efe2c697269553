import { describe, expect, it } from 'vitest';
import { accuracy, crossValidate, fitLogistic, logOdds, type Example } from '../lib/logistic.js';

/** Rows labelled by a known rule: positive when `warm` outnumbers `cold`. */
function ruleRows(): Example<'warm' | 'cold' | 'noise'>[] {
  const rows: Example<'warm' | 'cold' | 'noise'>[] = [];
  for (let warm = 0; warm < 4; warm++) {
    for (let cold = 0; cold < 4; cold++) {
      if (warm === cold) continue;
      for (const noise of [0, 1]) rows.push({ features: new Map([['warm', warm], ['cold', cold], ['noise', noise]]), label: warm > cold ? 1 : 0 });
    }
  }
  return rows;
}

describe('fitLogistic', () => {
  it('learns the sign of each feature and leaves an uninformative one near zero', () => {
    const weights = fitLogistic(ruleRows(), { l2: 0.001 });
    expect(weights.weights.get('warm')!).toBeGreaterThan(0.5);
    expect(weights.weights.get('cold')!).toBeLessThan(-0.5);
    expect(Math.abs(weights.weights.get('noise')!)).toBeLessThan(0.25);
    expect(accuracy(weights, ruleRows())).toBe(1);
  });

  it('has no intercept unless asked: a row with no features then sits exactly on the line', () => {
    // Three positives to one: with an intercept, an empty row leans positive.
    const rows: Example<'x'>[] = [...Array.from({ length: 30 }, () => ({ features: new Map(), label: 1 as const })), ...Array.from({ length: 10 }, () => ({ features: new Map([['x' as const, 1]]), label: 0 as const }))];
    expect(logOdds(fitLogistic(rows, { l2: 0.001 }), new Map())).toBe(0);
    expect(logOdds(fitLogistic(rows, { l2: 0.001, intercept: true }), new Map())).toBeGreaterThan(0.5);
  });

  it('shrinks weights as the penalty grows', () => {
    const loose = fitLogistic(ruleRows(), { l2: 0.001 }).weights.get('warm')!;
    const tight = fitLogistic(ruleRows(), { l2: 1 }).weights.get('warm')!;
    expect(tight).toBeLessThan(loose);
    expect(tight).toBeGreaterThan(0);
  });
});

describe('fitLogistic options', () => {
  it('learns a bias with an intercept: the odds of a featureless row match its share', () => {
    const rows: Example<'x'>[] = Array.from({ length: 40 }, (_, i) => ({ features: new Map(), label: (i < 30 ? 1 : 0) as 0 | 1 }));
    const model = fitLogistic(rows, { l2: 0, intercept: true, iterations: 2000 });
    expect(1 / (1 + Math.exp(-model.bias))).toBeCloseTo(0.75, 2);
  });

  it('gives no weight to a feature rarer than minCount, and keeps only the largest weights', () => {
    const rows = ruleRows();
    rows.push({ features: new Map([['rare' as never, 1]]), label: 1 });
    expect(fitLogistic(rows, { l2: 0.001, minCount: 2 }).weights.has('rare' as never)).toBe(false);
    expect([...fitLogistic(ruleRows(), { l2: 0.001, keep: 2 }).weights.keys()].sort()).toEqual(['cold', 'warm']);
  });
});

describe('crossValidate', () => {
  it('scores each row with weights that never saw it, so memorising cannot pass', () => {
    // Each row has a feature of its own and a label that no shared feature predicts: a fit on
    // all rows gets every one right, but a held-out row's feature was never seen.
    const rows: Example<string>[] = Array.from({ length: 40 }, (_, i) => ({ features: new Map([[`row${i}`, 1]]), label: (i % 3 === 0 ? 1 : 0) as 0 | 1 }));
    expect(accuracy(fitLogistic(rows, { l2: 0.0001 }), rows)).toBe(1);
    // Unseen features give log-odds 0, read as positive: only the positive third is right.
    expect(crossValidate(rows, 5, { l2: 0.0001 })).toBeCloseTo(14 / 40, 5);
  });

  it('matches the fit on data a simple rule explains', () => {
    expect(crossValidate(ruleRows(), 4, { l2: 0.001 })).toBeGreaterThan(0.9);
  });
});
