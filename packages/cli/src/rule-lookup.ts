import { rules, type Rule } from '@kindling/rules';

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}

/** ` (did you mean "no-shouting"?)` for a near miss, or nothing. */
export function didYouMean(id: string): string {
  let best: { id: string; distance: number } | undefined;
  for (const rule of rules) {
    const distance = editDistance(id, rule.id);
    if (!best || distance < best.distance) best = { id: rule.id, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(id.length / 4)) ? ` (did you mean "${best.id}"?)` : '';
}
