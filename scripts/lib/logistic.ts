// Logistic regression over sparse features, small enough to read: the fitting behind the few
// learned weights the rules ship. No intercept, so a row with no features scores exactly 0.5.

export interface Example<F extends string> {
  features: ReadonlyMap<F, number>;
  /** 1 for the positive class. */
  label: 0 | 1;
}

export type Weights<F extends string> = Map<F, number>;

export interface FitOptions {
  /** L2 penalty per weight; keeps weights of rare features small. */
  l2: number;
  /** Full passes of gradient descent. */
  iterations?: number;
  /** Step size of each pass. */
  rate?: number;
}

/** The model's log-odds for one row. */
export function logOdds<F extends string>(weights: ReadonlyMap<F, number>, features: ReadonlyMap<F, number>): number {
  let total = 0;
  for (const [feature, value] of features) total += (weights.get(feature) ?? 0) * value;
  return total;
}

/** Fits the weights by full-batch gradient descent on the mean log loss plus the L2 penalty. */
export function fitLogistic<F extends string>(examples: readonly Example<F>[], options: FitOptions): Weights<F> {
  const { l2, iterations = 300, rate = 0.5 } = options;
  const weights: Weights<F> = new Map();
  if (examples.length === 0) return weights;
  for (let pass = 0; pass < iterations; pass++) {
    const gradient = new Map<F, number>();
    for (const example of examples) {
      const error = 1 / (1 + Math.exp(-logOdds(weights, example.features))) - example.label;
      for (const [feature, value] of example.features) gradient.set(feature, (gradient.get(feature) ?? 0) + error * value);
    }
    for (const [feature, sum] of gradient) {
      const weight = weights.get(feature) ?? 0;
      weights.set(feature, weight - rate * (sum / examples.length + l2 * weight));
    }
  }
  return weights;
}

/** Share of rows whose sign of log-odds matches their label (a tie counts as positive). */
export function accuracy<F extends string>(weights: ReadonlyMap<F, number>, examples: readonly Example<F>[]): number {
  let correct = 0;
  for (const example of examples) if ((logOdds(weights, example.features) >= 0 ? 1 : 0) === example.label) correct++;
  return examples.length === 0 ? 0 : correct / examples.length;
}

/**
 * K-fold cross-validated accuracy: row i is held out in fold i mod k, scored by weights fitted
 * on the other folds only. This, never the fit on all rows, is the figure to report.
 */
export function crossValidate<F extends string>(examples: readonly Example<F>[], folds: number, options: FitOptions): number {
  let correct = 0;
  for (let fold = 0; fold < folds; fold++) {
    const training = examples.filter((_, i) => i % folds !== fold);
    const held = examples.filter((_, i) => i % folds === fold);
    correct += accuracy(fitLogistic(training, options), held) * held.length;
  }
  return examples.length === 0 ? 0 : correct / examples.length;
}
