// The public API of @kindling/rules. Every export is deliberate; test/exports.test.ts pins the list.
export { lint, lintBatch, createBatchLinter, type BatchLinter } from './lint.js';
export { MAX_TEXT_LENGTH, TEXT_TOO_LONG } from './length-cap.js';
export {
  Draft,
  DraftKind,
  Channel,
  Relationship,
  TriggerType,
  Author,
  ReplyingTo,
  Sharing,
  Trigger,
  ThreadMessage,
  Recipient,
  Community,
  parseDraft,
  DraftError,
  type DraftInput,
  type DraftIssue,
  type DraftParseResult,
} from './draft.js';
export { lessons, getLesson, LESSON_NUMBERS, DOCS_BASE_URL, type Lesson, type LessonNumber } from './lessons.js';
export type { Finding, Praise, BatchFinding, Suggestion, Fix, Range, Severity } from './finding.js';
export type { LintResult, BatchResult, LessonResult, LessonResults, LessonStatus, CalendarBalance } from './result.js';
export { rules } from './rules/index.js';
// Rule docs (rationale, how to fix, examples) are a separate entry point, @kindling/rules/docs:
// tools that explain rules need them, the lint bundle does not.
export {
  defineRule,
  noOptions,
  CUSTOM_RULE_DOCS_URL,
  type Rule,
  type RuleDefinition,
  type RuleMeta,
  type RuleDocs,
  type RuleExample,
  type RuleContext,
  type BatchRuleContext,
  type BatchEntry,
  type ProblemDescriptor,
  type PraiseDescriptor,
  type SuggestionDescriptor,
  type BatchProblemDescriptor,
  type MessageData,
} from './define-rule.js';
export {
  Config,
  ConfigError,
  RuleSetting,
  resolveConfig,
  type ConfigIssue,
  type ResolvedConfig,
  type EnabledRule,
  type RuleSettings,
  type RuleSettingFor,
  type RuleOptionsInput,
} from './config.js';
export type { BuiltInRuleId } from './rules/index.js';
export { presets, PRESET_NAMES, type PresetName, type SeverityOrOff } from './presets.js';
export { TextDoc, type Span, type Word } from './text.js';
export {
  defineLexicon,
  defineWeightedLexicon,
  findTerms,
  hasTerm,
  firstTerm,
  findWeightedTerms,
  type Lexicon,
  type WeightedLexicon,
  type TermMatch,
} from './lexicon.js';
export { estimateWarmth } from './tone.js';
export { lineColumn, type LineColumn } from './position.js';
export { applyFixes, type FixSource, type FixesResult, type AppliedFix, type SkippedFix, type SkipReason } from './apply-fixes.js';
