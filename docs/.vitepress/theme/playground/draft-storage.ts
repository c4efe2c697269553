import { Channel, DraftKind, Relationship, TriggerType } from '@kindling/rules';
import { emptyState, type PlaygroundState, type ThreadEntry } from './playground-state.js';

export const PLAYGROUND_STORAGE_KEY = 'kindling:playground:draft';

/** The part of the Web Storage API the playground uses, so tests can pass a plain object. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The fields that hold a choice, and the values the library accepts for each. */
const CHOICES: Readonly<Record<string, readonly string[]>> = {
  kind: DraftKind.options,
  channel: Channel.options,
  triggerType: ['', ...TriggerType.options],
  relationship: ['', ...Relationship.options],
};

/**
 * The saved form, or an empty one. Anything unreadable (old format, hand-edited, storage
 * disabled) falls back field by field, so one bad value never costs the draft's text.
 */
export function loadState(storage: DraftStorage): PlaygroundState {
  const state = emptyState();
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(PLAYGROUND_STORAGE_KEY) ?? 'null');
  } catch {
    return state;
  }
  if (typeof saved !== 'object' || saved === null) return state;
  const fields = state as unknown as Record<string, string>;
  for (const [key, value] of Object.entries(saved)) {
    if (key === 'thread') {
      state.thread = readThread(value);
      continue;
    }
    if (!(key in fields) || typeof value !== 'string') continue;
    const allowed = CHOICES[key];
    if (allowed && !allowed.includes(value)) continue;
    fields[key] = value;
  }
  return state;
}

/** The saved thread's messages that are still readable; anything else is dropped. */
function readThread(value: unknown): ThreadEntry[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((entry): entry is ThreadEntry => typeof entry?.author === 'string' && typeof entry?.text === 'string')
    .map(({ author, text }) => ({ author, text }));
}

/** Saves the form. Storage can be full or switched off; the page keeps working without it. */
export function saveState(storage: DraftStorage, state: PlaygroundState): boolean {
  try {
    storage.setItem(PLAYGROUND_STORAGE_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

export function clearState(storage: DraftStorage): void {
  try {
    storage.removeItem(PLAYGROUND_STORAGE_KEY);
  } catch {
    // Storage switched off: there is nothing saved to clear.
  }
}
