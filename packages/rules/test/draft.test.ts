import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Draft, DraftError, parseDraft } from '../src/draft.js';
import { configJsonSchema, draftJsonSchema } from '../src/json-schema.js';
import { lint } from '../src/lint.js';

describe('Draft', () => {
  it('needs only text, and fills kind and channel', () => {
    expect(parseDraft({ text: 'Hello' })).toEqual({ success: true, draft: { text: 'Hello', kind: 'post', channel: 'other' } });
  });

  it('names each offending field', () => {
    expect(parseDraft({ kind: 'tweet', recipient: { handle: '@sam', relationship: 'enemy' } })).toEqual({
      success: false,
      issues: [
        { path: 'text', message: 'required string is missing' },
        { path: 'kind', message: 'expected "post", "reply", "comment", "share" or "dm"' },
        { path: 'recipient.relationship', message: 'expected "stranger", "acquaintance", "connection" or "friend"' },
      ],
    });
  });

  it('makes lint throw a DraftError that names the field', () => {
    expect(() => lint({ text: 'Hi', channel: 'myspace' } as never)).toThrowError(
      new DraftError([{ path: 'channel', message: 'expected "x", "linkedin", "facebook", "instagram", "mastodon", "bluesky", "threads" or "other"' }]),
    );
  });

  it('passes meta through to the result untouched', () => {
    const meta = { row: 7, tags: ['a', { b: null }] };
    expect(lint({ id: 'd1', text: 'Thanks for the tip!', meta }).meta).toEqual(meta);
    expect(lint({ id: 'd1', text: 'Thanks for the tip!' }).id).toBe('d1');
  });

  it('is also JSON Schema, with only text required', () => {
    const schema = draftJsonSchema() as { $ref: string; $defs: Record<string, { required: string[]; properties: Record<string, unknown> }> };
    const draft = schema.$defs[schema.$ref.split('/').at(-1)!]!;
    expect(draft.required).toEqual(['text']);
    expect(Object.keys(draft.properties)).toEqual([
      'id', 'text', 'kind', 'channel', 'author', 'replyingTo', 'sharing', 'trigger', 'thread', 'recipient', 'community', 'meta',
    ]);
    expect(draft.properties.kind).toMatchObject({ default: 'post', enum: ['post', 'reply', 'comment', 'share', 'dm'] });
  });

  it('exports the config schema too, so editors can check config files', () => {
    const schema = configJsonSchema() as { $ref: string; $defs: Record<string, { properties: Record<string, unknown> }> };
    const config = schema.$defs[schema.$ref.split('/').at(-1)!]!;
    expect(Object.keys(config.properties)).toEqual(['preset', 'rules', 'customRules']);
  });
});

describe('parseDraft on plain drafts', () => {
  it('gives exactly what the schema gives, however the plain fields vary', () => {
    const plainInput = fc.record(
      {
        text: fc.string(),
        id: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean()),
        kind: fc.oneof(fc.constantFrom('post', 'reply', 'comment', 'share', 'dm'), fc.string()),
        channel: fc.oneof(fc.constantFrom('x', 'linkedin', 'other'), fc.string()),
        meta: fc.jsonValue(),
        extra: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(plainInput, (input) => {
        const viaSchema = Draft.safeParse(input, { reportInput: true });
        const parsed = parseDraft(input);
        expect(parsed.success).toBe(viaSchema.success);
        if (parsed.success && viaSchema.success) expect(parsed.draft).toEqual(viaSchema.data);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a draft validated once', () => {
  it('is returned as it is by parseDraft and lint, without a second schema pass', () => {
    const first = parseDraft({ text: 'Hello there', kind: 'reply', replyingTo: { author: '@sam', text: 'Hi all' } });
    if (!first.success) throw new Error('expected a valid draft');
    const again = parseDraft(first.draft);
    expect(again).toEqual({ success: true, draft: first.draft });
    if (again.success) expect(again.draft).toBe(first.draft);
  });

  it('still rejects a fresh object with the same bad field', () => {
    const parsed = parseDraft({ text: 3 });
    expect(parsed.success).toBe(false);
  });
});
