import { rules, type LessonNumber, type LintResult, type Severity } from '@kindling/rules';

/** What each lesson's score starts from, before its findings and praise move it. */
const STARTING_POINT: Readonly<Record<LessonNumber, string>> = {
  1: 'It starts from the warmth of the tone: kind, appreciative words raise it; insults, shouting and dismissals lower it.',
  2: 'It starts high, and drops when the draft reads like a mass message or a pitch where a personal one is due.',
  3: 'It starts high, and drops when someone who helped you goes unthanked.',
  4: 'It starts from how much the draft says: a few words score lower than a message with some substance.',
  5: 'It starts high, and drops when the draft takes credit or attention that belongs to someone else.',
  6: 'It starts from how much the draft says, and drops for self-promotion and empty posts.',
};

export interface ScoreExplanation {
  startingPoint: string;
  /** The rules that check this lesson, as `id: description`. */
  checks: { id: string; description: string }[];
  /** This draft's tally, in words, e.g. "1 warning lowered it; 1 thing done well raised it." */
  tally: string;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * "How is this scored?" for one lesson, for this draft: where the score starts, which rules
 * move it, and what moved it here. The rule list comes from the catalogue, so it cannot drift.
 */
export function explainScore(lesson: LessonNumber, result: LintResult): ScoreExplanation {
  const findings = result.findings.filter((finding) => finding.lesson === lesson);
  const praise = result.praise.filter((item) => item.lesson === lesson);
  const lowered = SEVERITIES.map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => (severity === 'info' ? `${count} info note${count === 1 ? '' : 's'}` : plural(count, severity)));
  const status = result.lessons[lesson].status;
  const parts: string[] = [];
  if (status === 'n/a') parts.push('None of its rules applies to this draft, so it is not scored.');
  else {
    if (lowered.length > 0) parts.push(`${lowered.join(', ')} lowered it.`);
    if (praise.length > 0) parts.push(`${plural(praise.length, 'thing')} done well raised it.`);
    if (parts.length === 0) parts.push('Nothing moved it from where it started.');
    parts.push(status === 'fail' ? 'A warning or an error fails the lesson.' : 'No warning or error, so the lesson passes; info notes never fail it.');
  }
  return {
    startingPoint: STARTING_POINT[lesson],
    checks: rules.filter((rule) => rule.meta.lesson === lesson).map((rule) => ({ id: rule.id, description: rule.meta.description })),
    tally: parts.join(' '),
  };
}
