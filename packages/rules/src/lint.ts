import { isAmplifying, measureCalendar } from './calendar.js';
import type { Config, ResolvedConfig } from './config.js';
import { resolveCached } from './config-cache.js';
import { formatMessage, type BatchEntry, type MessageData, type Rule, type RuleContext } from './define-rule.js';
import { DRAFT_ROOT, DraftError, parseDraft, toDraft, type Draft, type DraftInput, type DraftIssue } from './draft.js';
import { WHOLE_DRAFT, type BatchFinding, type Finding, type Praise, type Range } from './finding.js';
import type { LessonNumber } from './lessons.js';
import type { BatchResult, LintResult } from './result.js';
import { cutPoint, textTooLongFinding } from './length-cap.js';
import { scoreLessons } from './score.js';
import { TextDoc } from './text.js';

/** A rule's message, filled in. A JavaScript rule can name a message it lacks, so that is a clear error. */
function renderMessage(messages: Readonly<Record<string, string>>, messageId: string, data: MessageData | undefined, ruleId: string): string {
  if (!Object.hasOwn(messages, messageId)) throw new Error(`Rule "${ruleId}" reported an unknown messageId "${messageId}".`);
  return formatMessage(messages[messageId]!, data, ruleId);
}

function clampRange(range: Range | undefined, length: number): Range {
  if (!range) return WHOLE_DRAFT;
  const start = Math.max(0, Math.min(length, range[0]));
  const end = Math.max(start, Math.min(length, range[1]));
  return [start, end];
}

interface DraftRun {
  draft: Draft;
  doc: TextDoc;
  result: LintResult;
}

function runDraftRules(input: Draft, resolved: ResolvedConfig): DraftRun {
  // Text past the cap is not linted, so no input can take unbounded time; the result says so.
  const cut = cutPoint(input.text);
  const draft = cut < input.text.length ? { ...input, text: input.text.slice(0, cut) } : input;
  const doc = new TextDoc(draft.text);
  const findings: Finding[] = [];
  const praise: Praise[] = [];
  const applicable = new Set<LessonNumber>();
  const length = draft.text.length;

  for (const { rule, severity, options } of resolved.rules) {
    if (!rule.check) continue;
    if (rule.appliesTo && !rule.appliesTo(draft, doc)) continue;
    applicable.add(rule.meta.lesson);
    const { id: ruleId, url } = rule;
    const { lesson, messages } = rule.meta;
    const context: RuleContext<string, unknown> = {
      draft,
      doc,
      options,
      report(problem) {
        const finding: Finding = {
          ruleId,
          messageId: problem.messageId,
          lesson,
          severity: problem.severity ?? severity,
          message: renderMessage(messages, problem.messageId, problem.data, ruleId),
          range: clampRange(problem.range, length),
          url,
        };
        if (problem.suggestions && problem.suggestions.length > 0) {
          finding.suggestions = problem.suggestions.map((s) => ({
            messageId: s.messageId,
            message: renderMessage(messages, s.messageId, s.data, ruleId),
            ...(s.fix ? { fix: { range: clampRange(s.fix.range, length), text: s.fix.text } } : {}),
          }));
        }
        findings.push(finding);
      },
      praise(item) {
        praise.push({
          ruleId,
          messageId: item.messageId,
          lesson,
          message: renderMessage(messages, item.messageId, item.data, ruleId),
          range: clampRange(item.range, length),
          url,
        });
      },
    };
    rule.check(context);
  }

  findings.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
  praise.sort((a, b) => a.range[0] - b.range[0]);
  const { lessons, score } = scoreLessons(doc, findings, praise, applicable);
  // After scoring: the notice is about the input, not a judgement of the part that was linted.
  if (draft !== input) findings.push(textTooLongFinding(input.text.length, cut));
  const result: LintResult = { text: input.text, findings, praise, lessons, score };
  if (draft.id !== undefined) result.id = draft.id;
  if (draft.meta !== undefined) result.meta = draft.meta;
  return { draft, doc, result };
}

/**
 * Checks one draft against the six lessons. Throws a DraftError naming the field when the draft
 * does not fit the Draft schema, and a ConfigError naming the key when the config is invalid.
 */
export function lint<CustomRule extends Rule = never>(draft: DraftInput, config?: Config<CustomRule>): LintResult {
  return runDraftRules(toDraft(draft), resolveCached(config)).result;
}

export interface BatchLinter {
  /** Lints one more draft of the calendar and returns its result at once. */
  add(draft: DraftInput): LintResult;
  /** Runs the batch rules over every draft added so far. */
  finish(): Pick<BatchResult, 'batch' | 'calendar'>;
}

/**
 * Lints a calendar one draft at a time, so a caller can stream results (the CLI does) and still
 * get the batch findings at the end. Only what the batch rules need is kept per draft.
 */
export function createBatchLinter<CustomRule extends Rule = never>(config?: Config<CustomRule>): BatchLinter {
  const resolved = resolveCached(config);
  const entries: BatchEntry[] = [];
  return {
    add(input) {
      const { draft, doc, result } = runDraftRules(toDraft(input), resolved);
      // Asked now, of the linted analysis, so the calendar need not read the kept draft again.
      isAmplifying(draft, doc);
      entries.push({
        draft,
        // A bare analysis rather than the linted one, which holds every word list the rules
        // worked out: a calendar of thousands of drafts would keep them all alive. What the
        // batch rules reuse is remembered per draft instead (see measurePromotion).
        doc: new TextDoc(draft.text),
        firedRules: new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId)),
      });
      return result;
    },
    finish() {
      return { batch: runBatchRules(entries, resolved), calendar: measureCalendar(entries) };
    },
  };
}

function runBatchRules(entries: readonly BatchEntry[], resolved: ResolvedConfig): BatchFinding[] {
  const batch: BatchFinding[] = [];
  for (const { rule, severity, options } of resolved.rules) {
    if (!rule.checkBatch) continue;
    const { id: ruleId, url } = rule;
    const { lesson, messages } = rule.meta;
    rule.checkBatch({
      entries,
      options,
      report(problem) {
        batch.push({
          ruleId,
          messageId: problem.messageId,
          lesson,
          severity,
          message: renderMessage(messages, problem.messageId, problem.data, ruleId),
          drafts: [...problem.drafts].sort((a, b) => a - b),
          url,
        });
      },
    });
  }
  return batch;
}

/**
 * Checks a set of drafts, such as one author's content calendar: each draft on its own, then
 * the batch rules over them all. Throws a DraftError naming every bad draft by its index
 * (`drafts[3].text: expected string`) before linting any, and for input that is not an array.
 */
export function lintBatch<CustomRule extends Rule = never>(drafts: readonly DraftInput[], config?: Config<CustomRule>): BatchResult {
  if (!Array.isArray(drafts)) throw new DraftError([{ path: 'drafts', message: 'expected an array of drafts' }]);
  const parsed: Draft[] = [];
  const issues: DraftIssue[] = [];
  (drafts as readonly unknown[]).forEach((input, index) => {
    const result = parseDraft(input);
    if (result.success) parsed.push(result.draft);
    else for (const issue of result.issues) issues.push({ path: indexedPath(index, issue.path), message: issue.message });
  });
  if (issues.length > 0) throw new DraftError(issues);
  const linter = createBatchLinter(config);
  const results = parsed.map((draft) => linter.add(draft));
  return { results, ...linter.finish() };
}

/** `drafts[3].text`, or `drafts[3]` for a draft that is not an object at all. */
function indexedPath(index: number, path: string): string {
  return path === DRAFT_ROOT ? `drafts[${index}]` : `drafts[${index}].${path}`;
}
