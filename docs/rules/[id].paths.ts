import { rules } from '@kindling/rules';
import { checkAllRuleExamples } from '../.vitepress/rule-docs/check-examples.js';
import { rulePageMarkdown } from '../.vitepress/rule-docs/rule-page.js';

// One page per rule, generated from its metadata. The build refuses to publish a page whose
// examples disagree with the library, so the reference cannot lie.
export default {
  paths() {
    const problems = checkAllRuleExamples(rules);
    if (problems.length > 0) {
      throw new Error(`Rule docs examples disagree with the library:\n  ${problems.join('\n  ')}`);
    }
    return rules.map((rule) => ({ params: { id: rule.id }, content: rulePageMarkdown(rule) }));
  },
};
