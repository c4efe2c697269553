import { describe, expect, it } from 'vitest';
import { localLink } from '../../docs/.vitepress/theme/lint/site-links.js';
import { clearState, loadState, PLAYGROUND_STORAGE_KEY, saveState, type DraftStorage } from '../../docs/.vitepress/theme/playground/draft-storage.js';
import { CONTEXT_BY_KIND, emptyState, stateToDraft, type PlaygroundState } from '../../docs/.vitepress/theme/playground/playground-state.js';

function memoryStorage(initial: Record<string, string> = {}): DraftStorage & { items: Record<string, string> } {
  const items = { ...initial };
  return {
    items,
    getItem: (key) => items[key] ?? null,
    setItem: (key, value) => {
      items[key] = value;
    },
    removeItem: (key) => {
      delete items[key];
    },
  };
}

describe('stateToDraft', () => {
  it('sends only the text, kind and channel when no context is filled in', () => {
    expect(stateToDraft({ ...emptyState(), text: 'Hi' })).toEqual({ text: 'Hi', kind: 'post', channel: 'other' });
  });

  /** Every control filled in, whatever the kind, so each test shows which ones a kind sends. */
  const everything: PlaygroundState = {
    ...emptyState(),
    text: 'Thanks!',
    replyingToAuthor: ' @sam ',
    replyingToText: 'My notes',
    sharingAuthor: '@maria',
    sharingTitle: 'Native plants',
    sharingUrl: 'https://example.org/plants',
    triggerType: 'share',
    triggerBy: '@lee',
    recipientHandle: '@ana',
    relationship: 'friend',
    topics: 'gardening, , compost ',
    thread: [
      { author: ' @sam ', text: 'Could you send the slides?' },
      { author: '', text: '   ' },
      { author: '', text: 'Sure.' },
    ],
  };

  it('sends a reply what it answers, its thread and its topics, and nothing it does not ask for', () => {
    expect(stateToDraft({ ...everything, kind: 'reply' })).toEqual({
      text: 'Thanks!',
      kind: 'reply',
      channel: 'other',
      replyingTo: { author: '@sam', text: 'My notes' },
      thread: [
        { author: '@sam', text: 'Could you send the slides?' },
        { author: 'someone', text: 'Sure.' },
      ],
      community: { topics: ['gardening', 'compost'] },
    });
  });

  it('sends a share what it shares', () => {
    expect(stateToDraft({ ...everything, kind: 'share' })).toEqual({
      text: 'Thanks!',
      kind: 'share',
      channel: 'other',
      sharing: { author: '@maria', url: 'https://example.org/plants', title: 'Native plants' },
      community: { topics: ['gardening', 'compost'] },
    });
  });

  it('sends a DM its recipient, relationship, thread and trigger', () => {
    expect(stateToDraft({ ...everything, kind: 'dm' })).toEqual({
      text: 'Thanks!',
      kind: 'dm',
      channel: 'other',
      recipient: { handle: '@ana', relationship: 'friend' },
      thread: [
        { author: '@sam', text: 'Could you send the slides?' },
        { author: 'someone', text: 'Sure.' },
      ],
      trigger: { type: 'share', by: '@lee' },
    });
  });

  it('sends a post its trigger and topics', () => {
    expect(stateToDraft({ ...everything, kind: 'post' })).toEqual({
      text: 'Thanks!',
      kind: 'post',
      channel: 'other',
      trigger: { type: 'share', by: '@lee' },
      community: { topics: ['gardening', 'compost'] },
    });
  });

  it('asks every kind for some context, and only replies, comments and DMs for a thread', () => {
    expect(Object.entries(CONTEXT_BY_KIND).filter(([, groups]) => groups.includes('thread')).map(([kind]) => kind)).toEqual(['reply', 'comment', 'dm']);
  });
});

describe('draft storage', () => {
  it('gives back exactly what was saved, thread and all', () => {
    const storage = memoryStorage();
    const state = { ...emptyState(), text: 'Draft in progress', kind: 'dm' as const, relationship: 'stranger' as const, thread: [{ author: '@sam', text: 'Hi!' }] };
    expect(saveState(storage, state)).toBe(true);
    expect(loadState(storage)).toEqual(state);
  });

  it('keeps the text when other saved fields are not valid choices', () => {
    const storage = memoryStorage({ [PLAYGROUND_STORAGE_KEY]: JSON.stringify({ text: 'Keep me', kind: 'tweet', channel: 7, extra: 'x' }) });
    expect(loadState(storage)).toEqual({ ...emptyState(), text: 'Keep me' });
  });

  it('keeps the readable thread messages and drops the rest', () => {
    const saved = { text: 'Hi', thread: [{ author: '@sam', text: 'Hello' }, { author: 3, text: 'x' }, 'nonsense', null] };
    expect(loadState(memoryStorage({ [PLAYGROUND_STORAGE_KEY]: JSON.stringify(saved) }))).toEqual({
      ...emptyState(),
      text: 'Hi',
      thread: [{ author: '@sam', text: 'Hello' }],
    });
    expect(loadState(memoryStorage({ [PLAYGROUND_STORAGE_KEY]: JSON.stringify({ thread: 'no' }) })).thread).toEqual([]);
  });

  it('starts empty when the saved value is not JSON', () => {
    expect(loadState(memoryStorage({ [PLAYGROUND_STORAGE_KEY]: '{oops' }))).toEqual(emptyState());
  });

  it('carries on when storage refuses to save', () => {
    const storage: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(saveState(storage, emptyState())).toBe(false);
  });

  it('clears the saved draft', () => {
    const storage = memoryStorage({ [PLAYGROUND_STORAGE_KEY]: '{}' });
    clearState(storage);
    expect(storage.items).toEqual({});
  });
});

describe('localLink', () => {
  it('keeps links to the public docs on this site', () => {
    expect(localLink('https://kindling.dev/rules/no-shouting')).toBe('/rules/no-shouting');
    expect(localLink('https://kindling.dev')).toBe('/');
  });
});
