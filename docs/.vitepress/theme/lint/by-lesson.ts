import { getLesson, LESSON_NUMBERS, type Finding, type Lesson, type LintResult, type Praise } from '@kindling/rules';

export interface LessonFeedback {
  lesson: Lesson;
  status: LintResult['lessons'][Lesson['number']]['status'];
  score: number;
  findings: { finding: Finding; index: number }[];
  praise: Praise[];
}

/** A lint result regrouped by lesson, in the post's countdown order (6 down to 1). */
export function feedbackByLesson(result: LintResult): LessonFeedback[] {
  return LESSON_NUMBERS.map((number) => ({
    lesson: getLesson(number),
    status: result.lessons[number].status,
    score: result.lessons[number].score,
    findings: result.findings.map((finding, index) => ({ finding, index })).filter(({ finding }) => finding.lesson === number),
    praise: result.praise.filter((item) => item.lesson === number),
  }));
}
