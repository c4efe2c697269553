import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { rules } from '../src/rules/index.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const ruleFiles = readdirSync(here('../src/rules'))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -3));

/** Lints a docs example with only its own rule on, as the docs page shows it. */
function findingsOf(ruleId: string, draft: Parameters<typeof lint>[0]) {
  const only = Object.fromEntries(rules.map((rule) => [rule.id, rule.id === ruleId ? 'warning' : 'off'] as const));
  return lint(draft, { rules: only }).findings;
}

describe('rule contract', () => {
  it('lists every rule file in the catalogue, once, under its file name', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual([...ruleFiles].sort());
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('has a table test named after it', () => {
        expect(existsSync(here(`./rules/${rule.id}.test.ts`))).toBe(true);
      });

      it('starts forbidding rules with no-, and describes itself with a verb', () => {
        expect(rule.meta.description).toMatch(/^[A-Z][a-z]+ /u);
        expect(rule.meta.description).not.toMatch(/^(?:This|The|A|An|Rule) /u);
        expect(rule.url).toBe(`https://kindling.dev/rules/${rule.id}`);
      });

      it('documents why, how to fix, and at least one correct and one incorrect example', () => {
        expect(rule.meta.docs.rationale.length).toBeGreaterThan(40);
        expect(rule.meta.docs.howToFix.length).toBeGreaterThan(20);
        expect(rule.meta.docs.correct.length).toBeGreaterThan(0);
        expect(rule.meta.docs.incorrect.length).toBeGreaterThan(0);
      });

      if (rule.meta.scope === 'draft') {
        it('gets its docs examples right', () => {
          for (const example of rule.meta.docs.correct) {
            expect(findingsOf(rule.id, example.draft).filter((f) => f.ruleId === rule.id), example.draft.text).toEqual([]);
          }
          for (const example of rule.meta.docs.incorrect) {
            expect(findingsOf(rule.id, example.draft).some((f) => f.ruleId === rule.id), example.draft.text).toBe(true);
          }
        });
      }
    });
  }
});
