import type { Rule, RuleDocs } from '@kindling/rules';
import { ruleDocs } from '@kindling/rules/docs';
import { calendarOutcome, exampleOutcome } from './example-findings.js';

type ExampleKind = 'correct' | 'incorrect';

function verdict(kind: ExampleKind, outcome: { findings: readonly { message: string }[]; error?: string }): string | undefined {
  if (outcome.error) return `is not a valid draft: ${outcome.error.replace(/\n/gu, '; ')}`;
  if (kind === 'correct' && outcome.findings.length > 0) {
    return `should get no finding but gets: ${outcome.findings.map((f) => f.message).join(' / ')}`;
  }
  if (kind === 'incorrect' && outcome.findings.length === 0) return 'should get a finding but gets none';
  return undefined;
}

/**
 * Everything wrong with a rule's docs examples: a rule needs at least one correct and one
 * incorrect example, a correct one must get no finding from the rule, an incorrect one must
 * get one, and every example must be a valid draft. A calendar rule's examples are judged as
 * two calendars, the correct one and the incorrect one. Each problem is one line naming the example.
 */
export function checkRuleExamples(rule: Rule, docs: RuleDocs | undefined): string[] {
  if (!docs) return [`${rule.id}: has no docs`];
  const problems: string[] = [];
  for (const kind of ['correct', 'incorrect'] as const) {
    const examples = docs[kind];
    if (examples.length === 0) {
      problems.push(`${rule.id}: docs.${kind} has no example`);
      continue;
    }
    if (rule.meta.scope === 'batch') {
      const problem = verdict(kind, calendarOutcome(rule, examples.map((example) => example.draft)));
      if (problem) problems.push(`${rule.id}: docs.${kind}, as one calendar, ${problem}`);
      continue;
    }
    examples.forEach((example, index) => {
      const problem = verdict(kind, exampleOutcome(rule, example.draft));
      if (problem) problems.push(`${rule.id}: docs.${kind}[${index}] ${JSON.stringify(example.draft.text.slice(0, 60))} ${problem}`);
    });
  }
  return problems;
}

/** Every rule's example problems. */
export function checkAllRuleExamples(rules: readonly Rule[]): string[] {
  return rules.flatMap((rule) => checkRuleExamples(rule, ruleDocs[rule.id]));
}
