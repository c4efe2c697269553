import type { Finding, Praise, Severity } from './finding.js';
import { LESSON_NUMBERS, type LessonNumber } from './lessons.js';
import { isFunctionWord } from './content-words.js';
import { once } from './memo.js';
import type { LessonResults } from './result.js';
import type { TextDoc } from './text.js';
import { estimateWarmth } from './tone.js';

const PENALTY: Record<Severity, number> = { error: 45, warning: 28, info: 8 };
const PRAISE_BONUS = 12;

/** How many distinct content words bring a draft halfway to full substance. */
const HALF_SUBSTANCE = 8;

/**
 * How much a draft says, 0..1: the distinct words it uses that carry meaning (figures
 * included), and the links it gives. The curve keeps rising with real content, so a long,
 * specific comment scores above a short one however long it gets, while saying the same word
 * again adds nothing. Lessons 4 and 6 both use it, so it is worked out once per draft.
 */
const substance = once((doc: TextDoc): number => {
  const said = new Set<string>();
  for (const word of doc.words) if (!isFunctionWord(word)) said.add(word.key);
  for (const url of doc.urls) said.add(url.text);
  return said.size / (said.size + HALF_SUBSTANCE);
});

function baseline(lesson: LessonNumber, doc: TextDoc): number {
  switch (lesson) {
    case 1:
      return estimateWarmth(doc);
    case 4:
    case 6:
      return 45 + 50 * substance(doc);
    default:
      return 80;
  }
}

function clamp(score: number): number {
  return Math.round(Math.max(0, Math.min(100, score)));
}

/**
 * Each lesson's status and score. A lesson fails when it has a warning or an error, and is
 * `n/a` when none of its enabled rules applies to the draft.
 */
export function scoreLessons(
  doc: TextDoc,
  findings: readonly Finding[],
  praise: readonly Praise[],
  applicable: ReadonlySet<LessonNumber>,
): { lessons: LessonResults; score: number } {
  const lessons = {} as LessonResults;
  let total = 0;
  let counted = 0;
  for (const lesson of LESSON_NUMBERS) {
    if (!applicable.has(lesson)) {
      lessons[lesson] = { status: 'n/a', score: 100 };
      continue;
    }
    let score = baseline(lesson, doc);
    let failed = false;
    for (const finding of findings) {
      if (finding.lesson !== lesson) continue;
      score -= PENALTY[finding.severity];
      if (finding.severity !== 'info') failed = true;
    }
    for (const item of praise) if (item.lesson === lesson) score += PRAISE_BONUS;
    const result = { status: failed ? ('fail' as const) : ('pass' as const), score: clamp(score) };
    lessons[lesson] = result;
    total += result.score;
    counted++;
  }
  return { lessons, score: counted === 0 ? 100 : clamp(total / counted) };
}
