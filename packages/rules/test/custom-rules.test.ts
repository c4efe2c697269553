import { describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig } from '../src/config.js';
import { CUSTOM_RULE_DOCS_URL, defineRule, noOptions, type RuleDefinition } from '../src/define-rule.js';
import { lint } from '../src/lint.js';
import { rules } from '../src/rules/index.js';
import type { TextDoc } from '../src/text.js';

function ruleWith(id: string, extra: Partial<RuleDefinition<'spam', typeof noOptions>['meta']> = {}) {
  return defineRule({
    id,
    meta: {
      lesson: 6,
      description: 'Flag hashtag spam.',
      messages: { spam: '{{count}} hashtags read as spam.' },
      options: noOptions,
      defaultSeverity: 'warning',
      hasSuggestions: false,
      scope: 'draft',
      ...extra,
    },
    check({ doc, report }) {
      const count = doc.text.match(/#\w+/gu)?.length ?? 0;
      if (count > 3) report({ messageId: 'spam', data: { count } });
    },
  });
}

describe('namespaced custom rules', () => {
  it('runs a rule whose id has a namespace, configured under that id', () => {
    const spam = ruleWith('acme/no-hashtag-spam', { docs: { url: 'https://acme.example/rules/no-hashtag-spam' } });
    const { findings } = lint({ text: 'Hello #a #b #c #d' }, { customRules: [spam], rules: { 'acme/no-hashtag-spam': 'error' } });
    expect(findings.filter((f) => f.ruleId === 'acme/no-hashtag-spam')).toEqual([
      {
        ruleId: 'acme/no-hashtag-spam',
        messageId: 'spam',
        lesson: 6,
        severity: 'error',
        message: '4 hashtags read as spam.',
        range: [0, 0],
        url: 'https://acme.example/rules/no-hashtag-spam',
      },
    ]);
    expect(lint({ text: 'Hello #a' }, { customRules: [spam] }).findings.filter((f) => f.ruleId === 'acme/no-hashtag-spam')).toEqual([]);
  });

  it('links a namespaced rule with no docs URL of its own to the guide to custom rules', () => {
    expect(CUSTOM_RULE_DOCS_URL).toBe('https://kindling.dev/developer-guide#custom-rules');
    expect(ruleWith('acme/no-hashtag-spam').url).toBe(CUSTOM_RULE_DOCS_URL);
    expect(ruleWith('no-hashtag-spam').url).toBe('https://kindling.dev/rules/no-hashtag-spam');
    expect(ruleWith('no-hashtag-spam', { docs: { url: 'https://acme.example/spam' } }).url).toBe('https://acme.example/spam');
  });

  it('refuses ids that are not kebab-case with at most one namespace, and docs URLs that are not http(s)', () => {
    for (const id of ['Acme/no-spam', 'acme/', '/no-spam', 'acme/tools/no-spam', 'acme//no-spam', 'acme/no_spam', 'no spam', '']) {
      expect(() => ruleWith(id), id).toThrow(`Rule id "${id}" must be kebab-case, optionally after a namespace: "no-spam" or "acme/no-spam".`);
    }
    expect(() => ruleWith('acme/no-spam', { docs: { url: 'javascript:alert(1)' } })).toThrow('Rule "acme/no-spam": meta.docs.url must be an http(s) URL.');
  });

  it('keeps every built-in id plain kebab-case, with its docs on kindling.dev', () => {
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u);
      expect(rule.url).toBe(`https://kindling.dev/rules/${rule.id}`);
    }
  });

  it('refuses a custom rule that takes an id already in use, naming where', () => {
    const issuesOf = (customRules: ReturnType<typeof ruleWith>[]) => {
      try {
        resolveConfig({ customRules });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).issues;
      }
      return [];
    };
    expect(issuesOf([ruleWith('no-shouting')])).toEqual([{ path: 'customRules.0', message: 'rule id "no-shouting" is already taken by a built-in rule' }]);
    expect(issuesOf([ruleWith('acme/no-spam'), ruleWith('acme/no-spam')])).toEqual([
      { path: 'customRules.1', message: 'rule id "acme/no-spam" is already taken by customRules.0' },
    ]);
    expect(issuesOf([ruleWith('acme/no-spam'), ruleWith('other/no-spam')])).toEqual([]);
  });
});

describe('appliesTo', () => {
  it("gets the draft's shared analysis, the one check then reads", () => {
    const seen: { applies?: TextDoc; checks?: TextDoc } = {};
    const rule = defineRule({
      id: 'acme/only-questions',
      meta: {
        lesson: 4,
        description: 'Flag questions.',
        messages: { question: 'A question.' },
        options: noOptions,
        defaultSeverity: 'info',
        hasSuggestions: false,
        scope: 'draft',
      },
      appliesTo(_draft, doc) {
        seen.applies = doc;
        return doc.sentences.some((sentence) => sentence.text.endsWith('?'));
      },
      check({ doc, report }) {
        seen.checks = doc;
        report({ messageId: 'question' });
      },
    });
    const config = { customRules: [rule], rules: { 'acme/only-questions': 'info' as const } };
    const asking = lint({ text: 'Why? Because.' }, config);
    expect(seen.applies?.text).toBe('Why? Because.');
    expect(seen.checks).toBe(seen.applies);
    expect(asking.findings.filter((f) => f.ruleId === 'acme/only-questions').map((f) => f.message)).toEqual(['A question.']);
    delete seen.checks;
    const telling = lint({ text: 'Because.' }, config);
    expect(seen.checks).toBeUndefined();
    expect(telling.findings.filter((f) => f.ruleId === 'acme/only-questions')).toEqual([]);
  });
});

describe('messages', () => {
  const reporting = (data: Record<string, string | number> | undefined) =>
    defineRule({
      id: 'acme/counts',
      meta: {
        lesson: 6,
        description: 'Count words.',
        messages: { count: '{{ words }} words, {{first}} first; {{words}} in all.' },
        options: noOptions,
        defaultSeverity: 'info',
        hasSuggestions: false,
        scope: 'draft',
      },
      check({ report }) {
        report({ messageId: 'count', data });
      },
    });
  const lintWith = (data: Record<string, string | number> | undefined) =>
    lint({ text: 'Two words' }, { customRules: [reporting(data)], rules: { 'acme/counts': 'info' } }).findings.filter((f) => f.ruleId === 'acme/counts');

  it('fills every placeholder, spaced or not, as often as it stands', () => {
    expect(lintWith({ words: 2, first: 'Two' }).map((f) => f.message)).toEqual(['2 words, Two first; 2 in all.']);
  });

  it('throws for a placeholder the rule gave no data for', () => {
    expect(() => lintWith({ words: 2 })).toThrow('Rule "acme/counts": message placeholder {{first}} has no data.');
    expect(() => lintWith(undefined)).toThrow('Rule "acme/counts": message placeholder {{words}} has no data.');
  });
});
