/**
 * Groups of near-identical sets (Jaccard similarity at least `threshold`), as lists of indexes
 * into `sets`, each group in input order. Only groups of two or more are returned.
 *
 * Prefix filtering keeps it close to linear: with every set's items ordered rarest first, two
 * sets that reach the threshold must share an item among their first |x| - ⌈t·|x|⌉ + 1, so only
 * those few rare items are indexed and compared.
 */
export function groupNearDuplicates(sets: readonly ReadonlySet<string>[], threshold: number): number[][] {
  // Exact copies, the usual case for a template, are grouped first by a key, so the comparisons
  // below run once per distinct set rather than once per copy.
  const firstWithKey = new Map<string, number>();
  const copyOf = sets.map((set, i) => {
    const key = [...set].sort().join('\n');
    const first = firstWithKey.get(key);
    if (first !== undefined) return first;
    firstWithKey.set(key, i);
    return i;
  });
  const frequency = new Map<string, number>();
  for (const set of sets) for (const item of set) frequency.set(item, (frequency.get(item) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);

  const parent = sets.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    if (set.size === 0) return;
    if (copyOf[i] !== i) {
      parent[root(i)] = root(copyOf[i]!);
      return;
    }
    const prefix = [...set].sort(rarestFirst).slice(0, set.size - Math.ceil(threshold * set.size) + 1);
    const compared = new Set<number>();
    for (const item of prefix) {
      const earlier = postings.get(item) ?? [];
      for (const j of earlier) {
        if (compared.has(j)) continue;
        compared.add(j);
        if (root(i) !== root(j) && jaccard(set, sets[j]!) >= threshold) parent[root(i)] = root(j);
      }
      earlier.push(i);
      postings.set(item, earlier);
    }
  });

  const groups = new Map<number, number[]>();
  sets.forEach((_, i) => {
    const key = root(i);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}
