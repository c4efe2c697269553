import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../src/index.js';
import type { DraftInput, Finding, Fix, FixesResult, FixSource, LintResult, Rule, Suggestion } from '../src/index.js';

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'Author',
        'CUSTOM_RULE_DOCS_URL',
        'Channel',
        'Community',
        'Config',
        'ConfigError',
        'DOCS_BASE_URL',
        'Draft',
        'DraftError',
        'DraftKind',
        'LESSON_NUMBERS',
        'MAX_TEXT_LENGTH',
        'PRESET_NAMES',
        'Recipient',
        'Relationship',
        'ReplyingTo',
        'RuleSetting',
        'TEXT_TOO_LONG',
        'Sharing',
        'TextDoc',
        'ThreadMessage',
        'Trigger',
        'TriggerType',
        'applyFixes',
        'createBatchLinter',
        'defineLexicon',
        'defineRule',
        'defineWeightedLexicon',
        'estimateWarmth',
        'findTerms',
        'findWeightedTerms',
        'firstTerm',
        'getLesson',
        'hasTerm',
        'lessons',
        'lineColumn',
        'lint',
        'lintBatch',
        'noOptions',
        'parseDraft',
        'presets',
        'resolveConfig',
        'rules',
      ].sort(),
    );
  });

  it('types a draft input with only text required', () => {
    expectTypeOf<{ text: string }>().toExtend<DraftInput>();
    expectTypeOf<DraftInput['kind']>().toEqualTypeOf<'post' | 'reply' | 'comment' | 'share' | 'dm' | undefined>();
  });

  it('types findings with one location, the range', () => {
    expectTypeOf<Finding['range']>().toEqualTypeOf<readonly [start: number, end: number]>();
    expectTypeOf<Finding>().not.toHaveProperty('line');
    expectTypeOf<LintResult['lessons'][1]['status']>().toEqualTypeOf<'pass' | 'fail' | 'n/a'>();
  });

  it('types applyFixes: fixes, suggestions and findings in, the text and what was applied or skipped out', () => {
    expectTypeOf(api.applyFixes).parameter(1).toEqualTypeOf<readonly FixSource[]>();
    expectTypeOf<FixSource>().toEqualTypeOf<Fix | Suggestion | Finding>();
    expectTypeOf(api.applyFixes).returns.toEqualTypeOf<FixesResult>();
    expectTypeOf<FixesResult['skipped'][number]['reason']>().toEqualTypeOf<'invalid-range' | 'splits-surrogate-pair' | 'conflict'>();
  });

  it('types the lint functions', () => {
    expectTypeOf(api.lint).parameter(0).toEqualTypeOf<DraftInput>();
    expectTypeOf(api.lint).returns.toEqualTypeOf<LintResult>();
    expectTypeOf(api.rules).toEqualTypeOf<readonly Rule[]>();
  });

  it('rejects unknown message ids at compile time', () => {
    api.defineRule({
      id: 'type-check-only',
      meta: {
        lesson: 1,
        description: 'Check message ids.',
        messages: { known: 'Known.' },
        options: api.noOptions,
        defaultSeverity: 'info',
        hasSuggestions: false,
        scope: 'draft',
      },
      check({ report }) {
        report({ messageId: 'known' });
        // @ts-expect-error an unknown message id does not compile
        report({ messageId: 'unknown' });
      },
    });
  });
});
