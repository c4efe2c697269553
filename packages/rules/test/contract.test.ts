import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleDocs } from '../src/docs/index.js';
import { rules } from '../src/rules/index.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const ruleFiles = readdirSync(here('../src/rules'))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -3));

describe('rule contract', () => {
  it('lists every rule file in the catalogue, once, under its file name', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual([...ruleFiles].sort());
  });

  it('has one docs entry per rule, and none for rules that do not exist', () => {
    expect(Object.keys(ruleDocs).sort()).toEqual([...ruleFiles].sort());
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

      // Whether each example is judged as it claims is checked with the site build's own
      // check, in scripts/test/rule-docs.test.ts.
      it('documents why and how to fix in its docs entry', () => {
        const docs = ruleDocs[rule.id];
        expect(docs?.rationale.length).toBeGreaterThan(40);
        expect(docs?.howToFix.length).toBeGreaterThan(20);
      });
    });
  }
});
