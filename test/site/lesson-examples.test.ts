import { lint, LESSON_NUMBERS } from '@kindling/rules';
import { describe, expect, it } from 'vitest';
import { lessonExamples } from '../../docs/.vitepress/theme/lesson-examples.js';

// Each lesson page shows its do and don't drafts with the library's findings; this keeps the
// labels honest: a "do" passes its lesson, a "don't" fails it.
describe.each(LESSON_NUMBERS.map((n) => [n] as const))('lesson %i examples', (lesson) => {
  it.each(lessonExamples[lesson].do.map((example) => [example.draft.text, example] as const))('do: %s', (_text, example) => {
    const result = lint(example.draft);
    const problems = result.findings.filter((f) => f.lesson === lesson && f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`);
    expect(problems).toEqual([]);
    expect(result.lessons[lesson].status).toBe('pass');
  });

  it.each(lessonExamples[lesson].dont.map((example) => [example.draft.text, example] as const))("don't: %s", (_text, example) => {
    expect(lint(example.draft).lessons[lesson].status).toBe('fail');
  });
});
