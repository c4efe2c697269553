import { rules } from '@kindling/rules';
import { describe, expect, it } from 'vitest';
import { optionRows } from '../../docs/.vitepress/rule-docs/options-table.js';

describe('optionRows', () => {
  it("reads each option's type, default and limits from the rule's schema", () => {
    const noShouting = rules.find((rule) => rule.id === 'no-shouting')!;
    const rows = optionRows(noShouting);
    const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
    for (const [name, value] of Object.entries(noShouting.defaultOptions as Record<string, unknown>)) {
      expect(byName[name]?.default).toBe(JSON.stringify(value));
    }
    expect(rows.length).toBe(Object.keys(noShouting.defaultOptions as object).length);
  });

  it('gives every rule a row per default option', () => {
    for (const rule of rules) {
      expect(optionRows(rule).map((row) => row.name).sort()).toEqual(Object.keys(rule.defaultOptions as object).sort());
    }
  });
});
