// Logistic regression over sparse features, small enough to read: the fitting behind the few
// learned weights the rules ship.

export interface Example<F extends string> {
  features: ReadonlyMap<F, number>;
  /** 1 for the positive class. */
  label: 0 | 1;
}

export interface Model<F extends string> {
  weights: Map<F, number>;
  /** The log-odds of a row with no features; 0 when fitted without an intercept. */
  bias: number;
}

export interface FitOptions {
  /** L2 penalty per weight; keeps weights of rare features small. */
  l2: number;
  /** Fit a bias term. Without one, a row with no features scores exactly 0.5. */
  intercept?: boolean;
  /** Features seen in fewer training rows than this get no weight. */
  minCount?: number;
  /** Keep only this many features, the largest weights of a first fit, and fit again. */
  keep?: number;
  /** Passes over the rows. */
  iterations?: number;
  /** Step size of each pass. */
  rate?: number;
  /**
   * Step one row at a time, each feature's step scaled by its past gradients (AdaGrad), so a
   * word seen in a few dozen of many thousand rows still reaches its weight in a few passes.
   */
  adaptive?: boolean;
}

/** The model's log-odds for one row. */
export function logOdds<F extends string>(model: Model<F>, features: ReadonlyMap<F, number>): number {
  let total = model.bias;
  for (const [feature, value] of features) total += (model.weights.get(feature) ?? 0) * value;
  return total;
}

const BIAS = Symbol('bias');

function descend<F extends string>(examples: readonly Example<F>[], allowed: ReadonlySet<F> | undefined, options: FitOptions): Model<F> {
  return options.adaptive ? descendAdaptive(examples, allowed, options) : descendBatch(examples, allowed, options);
}

/** Full-batch gradient descent: few features, many passes. */
function descendBatch<F extends string>(examples: readonly Example<F>[], allowed: ReadonlySet<F> | undefined, options: FitOptions): Model<F> {
  const { l2, intercept = false, iterations = 300, rate = 0.5 } = options;
  const model: Model<F> = { weights: new Map(), bias: 0 };
  for (let pass = 0; pass < iterations; pass++) {
    const gradient = new Map<F, number>();
    let biasGradient = 0;
    for (const example of examples) {
      const error = 1 / (1 + Math.exp(-logOdds(model, example.features))) - example.label;
      biasGradient += error;
      for (const [feature, value] of example.features) {
        if (allowed && !allowed.has(feature)) continue;
        gradient.set(feature, (gradient.get(feature) ?? 0) + error * value);
      }
    }
    for (const [feature, sum] of gradient) {
      const weight = model.weights.get(feature) ?? 0;
      model.weights.set(feature, weight - rate * (sum / examples.length + l2 * weight));
    }
    if (intercept) model.bias -= rate * (biasGradient / examples.length);
  }
  return model;
}

/** AdaGrad, one row at a time, in the rows' order (so a fit is repeatable): many sparse features. */
function descendAdaptive<F extends string>(examples: readonly Example<F>[], allowed: ReadonlySet<F> | undefined, options: FitOptions): Model<F> {
  const { l2, intercept = false, iterations = 6, rate = 0.1 } = options;
  const model: Model<F> = { weights: new Map(), bias: 0 };
  const history = new Map<F | typeof BIAS, number>();
  const step = (feature: F | typeof BIAS, gradient: number): number => {
    const total = (history.get(feature) ?? 1e-8) + gradient * gradient;
    history.set(feature, total);
    return (rate * gradient) / Math.sqrt(total);
  };
  for (let pass = 0; pass < iterations; pass++) {
    for (const example of examples) {
      const error = 1 / (1 + Math.exp(-logOdds(model, example.features))) - example.label;
      if (intercept) model.bias -= step(BIAS, error);
      for (const [feature, value] of example.features) {
        if (allowed && !allowed.has(feature)) continue;
        const weight = model.weights.get(feature) ?? 0;
        model.weights.set(feature, weight - step(feature, error * value + l2 * weight));
      }
    }
  }
  return model;
}

/** Fits the weights by gradient descent on the log loss plus the L2 penalty. */
export function fitLogistic<F extends string>(examples: readonly Example<F>[], options: FitOptions): Model<F> {
  if (examples.length === 0) return { weights: new Map(), bias: 0 };
  let allowed: Set<F> | undefined;
  if (options.minCount !== undefined) {
    const seen = new Map<F, number>();
    for (const example of examples) for (const feature of example.features.keys()) seen.set(feature, (seen.get(feature) ?? 0) + 1);
    allowed = new Set([...seen].filter(([, count]) => count >= options.minCount!).map(([feature]) => feature));
  }
  const first = descend(examples, allowed, options);
  if (options.keep === undefined || first.weights.size <= options.keep) return first;
  const largest = [...first.weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, options.keep);
  return descend(examples, new Set(largest.map(([feature]) => feature)), options);
}

/** Share of rows whose sign of log-odds matches their label (a tie counts as positive). */
export function accuracy<F extends string>(model: Model<F>, examples: readonly Example<F>[]): number {
  let correct = 0;
  for (const example of examples) if ((logOdds(model, example.features) >= 0 ? 1 : 0) === example.label) correct++;
  return examples.length === 0 ? 0 : correct / examples.length;
}

/** Row i's fold: rows are dealt round-robin, so every fold holds every part of the file. */
export const foldOf = (index: number, folds: number): number => index % folds;

/**
 * Fits one model per fold, each on the other folds only, and calls `score` with the model and
 * the rows it never saw. Cross-validated figures come from these, never from the fit on all rows.
 */
export function eachFold<F extends string, R extends Example<F>>(examples: readonly R[], folds: number, options: FitOptions, score: (model: Model<F>, held: R[]) => void): void {
  for (let fold = 0; fold < folds; fold++) {
    const training = examples.filter((_, i) => foldOf(i, folds) !== fold);
    score(fitLogistic<F>(training, options), examples.filter((_, i) => foldOf(i, folds) === fold));
  }
}

/** K-fold cross-validated accuracy. */
export function crossValidate<F extends string>(examples: readonly Example<F>[], folds: number, options: FitOptions): number {
  let correct = 0;
  eachFold(examples, folds, options, (model, held) => (correct += accuracy(model, held) * held.length));
  return examples.length === 0 ? 0 : correct / examples.length;
}
