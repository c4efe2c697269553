import type { Finding } from '@kindling/rules';

/** A finding's identity while the draft is edited: ranges move as you type, rule and message do not. */
const identity = (finding: Finding): string => `${finding.ruleId}\u0000${finding.message}`;

function counts(findings: readonly Finding[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const finding of findings) map.set(identity(finding), (map.get(identity(finding)) ?? 0) + 1);
  return map;
}

/** The findings in `current` that `previous` did not have (as many of each as are new). */
function added(previous: readonly Finding[], current: readonly Finding[]): Finding[] {
  const left = counts(previous);
  return current.filter((finding) => {
    const key = identity(finding);
    const remaining = left.get(key) ?? 0;
    if (remaining > 0) {
      left.set(key, remaining - 1);
      return false;
    }
    return true;
  });
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * What a screen reader should hear after an edit: only what changed, e.g. "2 new findings:
 * Shouting…; … 1 finding resolved." An empty string when nothing changed, so nothing is read.
 */
export function describeChanges(previous: readonly Finding[], current: readonly Finding[]): string {
  const appeared = added(previous, current);
  const resolved = added(current, previous);
  const parts: string[] = [];
  if (appeared.length > 0) {
    parts.push(`${plural(appeared.length, 'new finding', 'new findings')}: ${appeared.map((finding) => finding.message).join(' ')}`);
  }
  if (resolved.length > 0) parts.push(`${plural(resolved.length, 'finding', 'findings')} resolved.`);
  return parts.join(' ');
}
