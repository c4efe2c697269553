import * as z from 'zod/mini';
import type { Draft, DraftInput } from './draft.js';
import type { Fix, Range, Severity } from './finding.js';
import { DOCS_BASE_URL, type LessonNumber } from './lessons.js';
import type { TextDoc } from './text.js';

export type MessageData = Readonly<Record<string, string | number>>;

export interface SuggestionDescriptor<MessageId extends string> {
  messageId: MessageId;
  data?: MessageData;
  fix?: Fix;
}

export interface ProblemDescriptor<MessageId extends string> {
  messageId: MessageId;
  data?: MessageData;
  /** Defaults to `[0, 0]`: the whole draft. */
  range?: Range;
  suggestions?: SuggestionDescriptor<MessageId>[];
  /**
   * Lowers this one finding to info when the rest of the draft shows it is only a nudge
   * ("!!!" in a joyful post that attacks nobody). A rule can lower a finding, never raise it.
   */
  severity?: 'info';
}

export interface PraiseDescriptor<MessageId extends string> {
  messageId: MessageId;
  data?: MessageData;
  range?: Range;
}

export interface RuleContext<MessageId extends string, Options> {
  readonly draft: Draft;
  readonly doc: TextDoc;
  readonly options: Options;
  report(problem: ProblemDescriptor<MessageId>): void;
  praise(praise: PraiseDescriptor<MessageId>): void;
}

export interface BatchProblemDescriptor<MessageId extends string> {
  messageId: MessageId;
  data?: MessageData;
  /** Indexes of the drafts concerned, in input order. */
  drafts: number[];
}

export interface BatchEntry {
  readonly draft: Draft;
  readonly doc: TextDoc;
  /** Rule ids that fired on this draft (warnings and errors). */
  readonly firedRules: ReadonlySet<string>;
}

export interface BatchRuleContext<MessageId extends string, Options> {
  readonly entries: readonly BatchEntry[];
  readonly options: Options;
  report(problem: BatchProblemDescriptor<MessageId>): void;
}

export interface RuleExample {
  /** Why this example is right or wrong, in one sentence. */
  note?: string;
  draft: DraftInput;
}

export interface RuleDocs {
  /** Why the rule exists, tied to its lesson. */
  rationale: string;
  /** How to fix a draft the rule flags. */
  howToFix: string;
  /** Drafts the rule accepts. The build checks they get no finding from it. */
  correct: readonly RuleExample[];
  /** Drafts the rule flags. The build checks they get a finding from it. */
  incorrect: readonly RuleExample[];
}

export interface RuleMeta<MessageId extends string, OptionsSchema extends z.ZodMiniType> {
  lesson: LessonNumber;
  /** What the rule does, starting with a verb. */
  description: string;
  /** Message templates; `{{name}}` placeholders are filled from `data`. */
  messages: Record<MessageId, string>;
  /** Options as a zod schema whose defaults make `{}` valid. */
  options: OptionsSchema;
  /** The severity in the recommended preset. */
  defaultSeverity: Severity;
  /** Whether findings can carry suggestions with fixes. */
  hasSuggestions: boolean;
  /**
   * `draft` rules look at one draft (and may also look across a batch with checkBatch);
   * `batch` rules only look at a whole content calendar.
   */
  scope: 'draft' | 'batch';
  /**
   * Where the rule is documented. Built-in rules leave it out: their URL is derived from the id.
   * A custom rule gives its own; without one, a namespaced rule links to the guide to custom rules.
   */
  docs?: { url: string };
}

export interface RuleDefinition<MessageId extends string, OptionsSchema extends z.ZodMiniType, Id extends string = string> {
  /** Kebab-case, like `no-shouting`; a custom rule may add a namespace, like `acme/no-hashtag-spam`. */
  id: Id;
  meta: RuleMeta<MessageId, OptionsSchema>;
  /**
   * Whether the rule has anything to judge in this draft. When no rule of a lesson applies,
   * the lesson is `n/a` for the draft. Defaults to always. `doc` is the draft's shared
   * analysis, the same one `check` gets, so a test here costs nothing when the rule applies.
   */
  appliesTo?(draft: Draft, doc: TextDoc): boolean;
  // Method syntax on purpose: a Rule<'a', S> must be usable where a plain Rule is expected.
  check?(context: RuleContext<MessageId, z.output<OptionsSchema>>): void;
  checkBatch?(context: BatchRuleContext<MessageId, z.output<OptionsSchema>>): void;
}

export interface Rule<MessageId extends string = string, OptionsSchema extends z.ZodMiniType = z.ZodMiniType, Id extends string = string>
  extends RuleDefinition<MessageId, OptionsSchema, Id> {
  /** The rule's docs: `meta.docs.url` when given, else derived from the id. */
  url: string;
  /** The options with every default filled in. */
  defaultOptions: z.output<OptionsSchema>;
}

/** The options schema of a rule that takes none. */
export const noOptions = z.strictObject({});

const KEBAB = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*';
// Built-in ids are plain kebab-case; a custom rule may put its plugin's name in front, as ESLint
// plugins do, so two plugins' rules cannot collide with each other or with a later built-in.
const RULE_ID = new RegExp(`^(?:${KEBAB}/)?${KEBAB}$`, 'u');

/** Where a namespaced custom rule with no `meta.docs.url` links: the guide to custom rules. */
export const CUSTOM_RULE_DOCS_URL = `${DOCS_BASE_URL}/developer-guide#custom-rules`;

function docsUrl(id: string, docs: { url: string } | undefined): string {
  if (docs !== undefined) {
    if (typeof docs.url !== 'string' || !/^https?:\/\/\S+$/u.test(docs.url)) {
      throw new TypeError(`Rule "${id}": meta.docs.url must be an http(s) URL.`);
    }
    return docs.url;
  }
  return id.includes('/') ? CUSTOM_RULE_DOCS_URL : `${DOCS_BASE_URL}/rules/${id}`;
}

/** Defines a rule; derives its docs URL from its id and checks its definition. */
export function defineRule<MessageId extends string, OptionsSchema extends z.ZodMiniType, Id extends string>(
  definition: RuleDefinition<MessageId, OptionsSchema, Id>,
): Rule<MessageId, OptionsSchema, Id> {
  if (typeof definition.id !== 'string' || !RULE_ID.test(definition.id)) {
    throw new TypeError(`Rule id "${String(definition.id)}" must be kebab-case, optionally after a namespace: "no-spam" or "acme/no-spam".`);
  }
  const { scope } = definition.meta;
  if (scope === 'draft' && !definition.check) throw new TypeError(`Rule "${definition.id}" needs check().`);
  if (scope === 'batch' && !definition.checkBatch) throw new TypeError(`Rule "${definition.id}" needs checkBatch().`);
  return {
    ...definition,
    url: docsUrl(definition.id, definition.meta.docs),
    defaultOptions: definition.meta.options.parse({}) as z.output<OptionsSchema>,
  };
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/u;
/** Rules' message templates, split once: text, a placeholder's name, text, and so on. */
const splitTemplates = new Map<string, readonly string[]>();
/** Messages come from rules' metadata, so there are few; the bound only guards against a rule that builds them. */
const MAX_TEMPLATES = 1000;

function partsOf(template: string): readonly string[] {
  let parts = splitTemplates.get(template);
  if (!parts) {
    // split() with a capture group keeps the names at the odd positions.
    parts = template.split(new RegExp(PLACEHOLDER.source, 'gu'));
    if (splitTemplates.size >= MAX_TEMPLATES) splitTemplates.clear();
    splitTemplates.set(template, parts);
  }
  return parts;
}

/**
 * Fills `{{name}}` placeholders. An unfilled placeholder is a bug in the rule, so it throws.
 * Each template is split once, so a draft with thousands of findings costs a join per finding.
 */
export function formatMessage(template: string, data: MessageData | undefined, ruleId: string): string {
  const parts = partsOf(template);
  let message = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = data?.[name];
    if (value === undefined) throw new Error(`Rule "${ruleId}": message placeholder {{${name}}} has no data.`);
    message += String(value) + parts[i + 1]!;
  }
  return message;
}
