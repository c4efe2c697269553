import { afterAll, describe, expect, it } from 'vitest';
import type { Rule } from '../src/define-rule.js';
import type { DraftInput } from '../src/draft.js';
import type { Finding, Praise } from '../src/finding.js';
import { lint, lintBatch } from '../src/lint.js';
import { rules as catalogue } from '../src/rules/index.js';
import type { Config } from '../src/config.js';

export interface ValidCase {
  name?: string;
  draft: DraftInput;
  options?: Record<string, unknown>;
}

export interface ExpectedSuggestion {
  messageId: string;
  message: string;
  /** The text after applying the fix, or undefined when the suggestion has no fix. */
  output?: string;
}

export interface ExpectedFinding {
  messageId: string;
  /** The exact message, placeholders filled. */
  message: string;
  range: readonly [number, number];
  /** The severity the finding must have; the rule runs as a warning, so that is the default. */
  severity?: Finding['severity'];
  suggestions?: ExpectedSuggestion[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface PraiseCase extends ValidCase {
  praise: { messageId: string; message: string; range: readonly [number, number] }[];
}

export interface BatchCase {
  name?: string;
  drafts: DraftInput[];
  options?: Record<string, unknown>;
  /** Expected batch findings; an empty list makes it a valid case. */
  errors: { messageId: string; message: string; drafts: number[] }[];
}

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
  praise?: PraiseCase[];
  /** For draft rules that also look across a batch (checkBatch). */
  batch?: BatchCase[];
}

// Config<Rule>: the ids are only known at run time.
function configFor(rule: Rule, options: Record<string, unknown> | undefined): Config<Rule> {
  const settings: NonNullable<Config<Rule>['rules']> = {};
  const isBuiltIn = catalogue.some((r) => r.id === rule.id);
  for (const other of catalogue) settings[other.id] = 'off';
  settings[rule.id] = ['warning', options ?? {}];
  return isBuiltIn ? { rules: settings } : { rules: settings, customRules: [rule] };
}

function caseName(testCase: { name?: string; draft: DraftInput }): string {
  return testCase.name ?? JSON.stringify(testCase.draft.text).slice(0, 80);
}

function assertUnique(cases: { name?: string; draft: DraftInput; options?: unknown }[], kind: string): void {
  const seen = new Set<string>();
  for (const testCase of cases) {
    const key = JSON.stringify([testCase.draft, testCase.options ?? null]);
    if (seen.has(key)) throw new Error(`Duplicate ${kind} case: ${caseName(testCase)}`);
    seen.add(key);
  }
}

function applyFix(text: string, finding: Finding, index: number): string | undefined {
  const fix = finding.suggestions?.[index]?.fix;
  if (!fix) return undefined;
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/**
 * Runs a rule's table of cases, as strictly as ESLint's RuleTester: an invalid case must list
 * every finding with its message id, exact message and range; unknown message ids and
 * duplicate cases are rejected; and every message of the rule must be used by some case.
 */
export function testRule(rule: Rule, tests: RuleTests): void {
  const messageIds = new Set(Object.keys(rule.meta.messages));
  const used = new Set<string>();
  const checkId = (messageId: string) => {
    if (!messageIds.has(messageId)) throw new Error(`Unknown messageId "${messageId}" for rule ${rule.id}`);
    used.add(messageId);
  };

  assertUnique(tests.valid, 'valid');
  assertUnique(tests.invalid, 'invalid');
  assertUnique(tests.praise ?? [], 'praise');

  describe(rule.id, () => {
    describe('valid', () => {
      for (const testCase of tests.valid) {
        it(caseName(testCase), () => {
          const result = lint(testCase.draft, configFor(rule, testCase.options));
          expect(result.findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
        });
      }
    });

    describe('invalid', () => {
      for (const testCase of tests.invalid) {
        if (testCase.errors.length === 0) throw new Error(`Invalid case "${caseName(testCase)}" lists no errors`);
        for (const error of testCase.errors) {
          checkId(error.messageId);
          for (const suggestion of error.suggestions ?? []) checkId(suggestion.messageId);
        }
        it(caseName(testCase), () => {
          const result = lint(testCase.draft, configFor(rule, testCase.options));
          const findings = result.findings.filter((f) => f.ruleId === rule.id);
          expect(
            findings.map((f) => ({ messageId: f.messageId, message: f.message, range: f.range, severity: f.severity })),
          ).toEqual(
            testCase.errors.map((e) => ({ messageId: e.messageId, message: e.message, range: e.range, severity: e.severity ?? 'warning' })),
          );
          for (const finding of findings) {
            expect(finding.lesson).toBe(rule.meta.lesson);
            expect(finding.url).toBe(rule.url);
          }
          testCase.errors.forEach((error, i) => {
            const finding = findings[i]!;
            if (error.suggestions) {
              expect(finding.suggestions?.map((s) => ({ messageId: s.messageId, message: s.message }))).toEqual(
                error.suggestions.map((s) => ({ messageId: s.messageId, message: s.message })),
              );
              error.suggestions.forEach((suggestion, j) => {
                expect(applyFix(result.text, finding, j)).toBe(suggestion.output);
              });
            }
          });
        });
      }
    });

    if (tests.praise && tests.praise.length > 0) {
      describe('praise', () => {
        for (const testCase of tests.praise ?? []) {
          if (testCase.praise.length === 0) throw new Error(`Praise case "${caseName(testCase)}" lists no praise`);
          for (const item of testCase.praise) checkId(item.messageId);
          it(caseName(testCase), () => {
            const result = lint(testCase.draft, configFor(rule, testCase.options));
            const praise: Praise[] = result.praise.filter((p) => p.ruleId === rule.id);
            expect(praise.map((p) => ({ messageId: p.messageId, message: p.message, range: p.range }))).toEqual(
              testCase.praise.map((p) => ({ messageId: p.messageId, message: p.message, range: p.range })),
            );
            expect(result.findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
          });
        }
      });
    }

    if (tests.batch && tests.batch.length > 0) {
      // Same describe and the same `used` set, so messages only a batch can raise count as covered.
      describe('batch', () => runBatchCases(rule, tests.batch ?? [], checkId));
    }

    afterAll(() => {
      const unused = [...messageIds].filter((id) => !used.has(id));
      if (unused.length > 0) throw new Error(`Rule ${rule.id}: no case uses message(s) ${unused.join(', ')}`);
    });
  });
}

function runBatchCases(rule: Rule, cases: BatchCase[], checkId: (messageId: string) => void): void {
  for (const testCase of cases) {
    for (const error of testCase.errors) checkId(error.messageId);
    it(testCase.name ?? `${testCase.drafts.length} drafts`, () => {
      const result = lintBatch(testCase.drafts, configFor(rule, testCase.options));
      const findings = result.batch.filter((f) => f.ruleId === rule.id);
      expect(findings.map((f) => ({ messageId: f.messageId, message: f.message, drafts: f.drafts }))).toEqual(
        testCase.errors.map((e) => ({ messageId: e.messageId, message: e.message, drafts: e.drafts })),
      );
    });
  }
}

/** Runs a batch rule's cases: each lists the exact batch findings expected. */
export function testBatchRule(rule: Rule, cases: BatchCase[]): void {
  const messageIds = new Set(Object.keys(rule.meta.messages));
  const used = new Set<string>();
  const checkId = (messageId: string) => {
    if (!messageIds.has(messageId)) throw new Error(`Unknown messageId "${messageId}" for rule ${rule.id}`);
    used.add(messageId);
  };
  describe(rule.id, () => {
    runBatchCases(rule, cases, checkId);
    afterAll(() => {
      const unused = [...messageIds].filter((id) => !used.has(id));
      if (unused.length > 0) throw new Error(`Rule ${rule.id}: no case uses message(s) ${unused.join(', ')}`);
    });
  });
}
