import { rules } from '@kindling/rules';
import { ruleDocs } from '@kindling/rules/docs';
import { describe, expect, it } from 'vitest';
import { checkRuleExamples } from '../../docs/.vitepress/rule-docs/check-examples.js';
import { rulePageMarkdown } from '../../docs/.vitepress/rule-docs/rule-page.js';

// The same check the site build runs, so `npm test` catches a lying docs example too.
describe.each(rules.map((rule) => [rule.id, rule] as const))('%s docs', (_id, rule) => {
  it('has at least one correct and one incorrect example, each judged as it claims', () => {
    expect(checkRuleExamples(rule, ruleDocs[rule.id])).toEqual([]);
  });

  it('renders a reference page naming the rule, its lesson and its examples', () => {
    const page = rulePageMarkdown(rule);
    expect(page.startsWith(`# ${rule.id}\n`)).toBe(true);
    expect(page).toContain(`<RuleExamples id="${rule.id}" />`);
    expect(page).not.toMatch(/\{\{/u);
  });
});
