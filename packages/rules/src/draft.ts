import * as z from 'zod/mini';
import { describeIssue } from './issues.js';

// zod/mini rather than classic zod: the same schemas at a tenth of the bundle size, which keeps
// the library small enough to lint on every keystroke in the browser.

const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;

export const DraftKind = described(
  z.enum(['post', 'reply', 'comment', 'share', 'dm']),
  'What the draft is: a post, a reply, a comment, a share or a direct message.',
);
export type DraftKind = z.infer<typeof DraftKind>;

export const Channel = described(
  z.enum(['x', 'linkedin', 'facebook', 'instagram', 'mastodon', 'bluesky', 'threads', 'other']),
  'Where the draft will be published.',
);
export type Channel = z.infer<typeof Channel>;

export const Relationship = described(
  z.enum(['stranger', 'acquaintance', 'connection', 'friend']),
  'How well the author knows the recipient.',
);
export type Relationship = z.infer<typeof Relationship>;

export const TriggerType = z.enum(['mention', 'share', 'comment', 'follow', 'dm']);
export type TriggerType = z.infer<typeof TriggerType>;

const handle = described(z.string(), 'A handle such as @sam, or a display name.');

export const Author = described(z.object({ handle, name: z.optional(z.string()) }), 'Who writes the draft.');
export type Author = z.infer<typeof Author>;

export const ReplyingTo = described(z.object({ author: z.optional(handle), text: z.string() }), 'The post or message this draft answers; exports often leave out its author.');
export type ReplyingTo = z.infer<typeof ReplyingTo>;

export const Sharing = described(
  z.object({
    author: handle,
    url: z.optional(z.string()),
    title: z.optional(z.string()),
    text: z.optional(z.string()),
  }),
  'The content this draft shares.',
);
export type Sharing = z.infer<typeof Sharing>;

export const Trigger = described(
  z.object({ type: TriggerType, by: handle }),
  'What prompted the draft, e.g. someone shared or mentioned you.',
);
export type Trigger = z.infer<typeof Trigger>;

export const ThreadMessage = z.object({
  author: handle,
  text: z.string(),
  at: z.optional(described(z.string(), 'When it was sent, ISO 8601.')),
});
export type ThreadMessage = z.infer<typeof ThreadMessage>;

export const Recipient = described(
  z.object({ handle, relationship: z.optional(Relationship) }),
  'Who receives the draft (for DMs and replies).',
);
export type Recipient = z.infer<typeof Recipient>;

export const Community = described(
  z.object({ name: z.optional(z.string()), topics: z.optional(z.array(z.string())) }),
  'The community the draft is written for, and what it cares about.',
);
export type Community = z.infer<typeof Community>;

export const Draft = z
  .object({
    id: z.optional(described(z.union([z.string(), z.number()]), 'Your own id for the draft, echoed in results.')),
    text: described(z.string(), 'The text of the draft.'),
    kind: z._default(DraftKind, 'post'),
    channel: z._default(Channel, 'other'),
    author: z.optional(Author),
    replyingTo: z.optional(ReplyingTo),
    sharing: z.optional(Sharing),
    trigger: z.optional(Trigger),
    thread: z.optional(described(z.array(ThreadMessage), 'Earlier messages, oldest first.')),
    recipient: z.optional(Recipient),
    community: z.optional(Community),
    meta: z.optional(described(z.unknown(), 'Any JSON, passed through to the result untouched.')),
  })
  .check(z.meta({ id: 'Draft', title: 'Draft', description: 'A social-media post, reply, comment, share or DM to check.' }));

/** A draft after parsing: defaults are filled in. */
export type Draft = z.infer<typeof Draft>;
/** A draft as callers may write it: only `text` is required. */
export type DraftInput = z.input<typeof Draft>;

export type DraftParseResult = { success: true; draft: Draft } | { success: false; issues: DraftIssue[] };

export interface DraftIssue {
  /** Dotted path of the offending field, e.g. `recipient.relationship`. */
  path: string;
  message: string;
}

/** The error `lint` throws for input that is not a Draft. Its message names every bad field. */
export class DraftError extends Error {
  readonly issues: DraftIssue[];
  constructor(issues: DraftIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
    this.name = 'DraftError';
    this.issues = issues;
  }
}

const KINDS: ReadonlySet<unknown> = new Set(DraftKind.options);
const CHANNELS: ReadonlySet<unknown> = new Set(Channel.options);
const PLAIN_KEYS: ReadonlySet<string> = new Set(['id', 'text', 'kind', 'channel', 'meta']);

/**
 * The draft, when the input is a plain draft with no context: only text, and perhaps an id, a
 * kind, a channel and meta, all valid. Most drafts a linter sees are, and checking them by hand
 * is a tenth of the schema's cost; anything else goes through the schema.
 */
function plainDraft(input: unknown): Draft | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const record = input as Record<string, unknown>;
  for (const key in record) if (!PLAIN_KEYS.has(key) || record[key] === undefined) return undefined;
  const { id, text, kind = 'post', channel = 'other', meta } = record;
  if (typeof text !== 'string' || !KINDS.has(kind) || !CHANNELS.has(channel)) return undefined;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return undefined;
  const draft = { text, kind, channel } as Draft;
  if (id !== undefined) draft.id = id as string | number;
  if ('meta' in record) draft.meta = meta;
  return draft;
}

/**
 * Drafts that parseDraft produced. `lint` trusts these as they are, so a caller that validated
 * a draft when reading it (the CLI's readers do) does not pay for the schema twice. A WeakSet,
 * so a remembered draft goes when its caller drops it.
 */
const validated = new WeakSet<object>();

/** The path of an issue with the draft as a whole, such as a draft that is not an object. */
export const DRAFT_ROOT = '(draft)';

/** Validates unknown input as a Draft, naming each offending field. Never throws. */
export function parseDraft(input: unknown): DraftParseResult {
  // Trusted as it is, unless its text was changed to something that is not text since.
  if (typeof input === 'object' && input !== null && validated.has(input) && typeof (input as Draft).text === 'string') return { success: true, draft: input as Draft };
  const plain = plainDraft(input);
  if (plain) return remember(plain);
  const parsed = Draft.safeParse(input, { reportInput: true });
  if (parsed.success) return remember(parsed.data);
  return { success: false, issues: parsed.error.issues.map((issue) => describeIssue(issue, DRAFT_ROOT)) };
}

function remember(draft: Draft): DraftParseResult {
  validated.add(draft);
  return { success: true, draft };
}

/** Parses a draft or throws a DraftError that names the field. A draft from parseDraft passes as it is. */
export function toDraft(input: unknown): Draft {
  const parsed = parseDraft(input);
  if (!parsed.success) throw new DraftError(parsed.issues);
  return parsed.draft;
}
