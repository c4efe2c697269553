import { describe, expect, it } from 'vitest';
import { applyFix } from '../../docs/.vitepress/theme/lint/apply-fix.js';
import { localLink } from '../../docs/.vitepress/theme/lint/site-links.js';
import { clearState, loadState, PLAYGROUND_STORAGE_KEY, saveState, type DraftStorage } from '../../docs/.vitepress/theme/playground/draft-storage.js';
import { emptyState, stateToDraft } from '../../docs/.vitepress/theme/playground/playground-state.js';

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

  it('turns every filled-in control into its Draft field', () => {
    const draft = stateToDraft({
      ...emptyState(),
      text: 'Thanks!',
      kind: 'reply',
      replyingToAuthor: ' @sam ',
      replyingToText: 'My notes',
      sharingAuthor: '@maria',
      sharingTitle: 'Native plants',
      triggerType: 'share',
      triggerBy: '@lee',
      recipientHandle: '@ana',
      relationship: 'friend',
      topics: 'gardening, , compost ',
    });
    expect(draft).toEqual({
      text: 'Thanks!',
      kind: 'reply',
      channel: 'other',
      replyingTo: { author: '@sam', text: 'My notes' },
      sharing: { author: '@maria', title: 'Native plants' },
      trigger: { type: 'share', by: '@lee' },
      recipient: { handle: '@ana', relationship: 'friend' },
      community: { topics: ['gardening', 'compost'] },
    });
  });
});

describe('draft storage', () => {
  it('gives back exactly what was saved', () => {
    const storage = memoryStorage();
    const state = { ...emptyState(), text: 'Draft in progress', kind: 'dm' as const, relationship: 'stranger' as const };
    expect(saveState(storage, state)).toBe(true);
    expect(loadState(storage)).toEqual(state);
  });

  it('keeps the text when other saved fields are not valid choices', () => {
    const storage = memoryStorage({ [PLAYGROUND_STORAGE_KEY]: JSON.stringify({ text: 'Keep me', kind: 'tweet', channel: 7, extra: 'x' }) });
    expect(loadState(storage)).toEqual({ ...emptyState(), text: 'Keep me' });
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

describe('applyFix', () => {
  it('replaces the fix range with the fix text', () => {
    expect(applyFix('Great!!!! Thanks', { range: [5, 9], text: '!' })).toBe('Great! Thanks');
  });
});

describe('localLink', () => {
  it('keeps links to the public docs on this site', () => {
    expect(localLink('https://kindling.dev/rules/no-shouting')).toBe('/rules/no-shouting');
    expect(localLink('https://kindling.dev')).toBe('/');
  });
});
