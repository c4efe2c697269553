import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  loadProgress,
  mergeProgress,
  parseProgress,
  PROGRESS_STORAGE_KEY,
  keepDraft,
  recordCheck,
  recordDraft,
  recordHint,
  recordModelAnswerShown,
  resetAll,
  resetExercise,
  saveProgress,
  serialiseProgress,
  sameProgress,
  setDisplayName,
  syncProgress,
  type Answer,
  type CheckOutcome,
  type Progress,
  type ProgressStorage,
} from '../src/progress.js';

class MemoryStorage implements ProgressStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

class FullStorage extends MemoryStorage {
  override setItem(): void {
    throw new Error('QuotaExceededError');
  }
}

const T1 = '2025-05-01T10:00:00.000Z';
const T2 = '2025-05-01T10:05:00.000Z';
const T3 = '2025-05-01T10:09:00.000Z';
const failing: CheckOutcome = { goals: [{ id: 'avoid:no-pitch', passed: false }, { id: 'pass:2', passed: true }], passed: false };
const passing: CheckOutcome = { goals: [{ id: 'avoid:no-pitch', passed: true }, { id: 'pass:2', passed: true }], passed: true };
const newId = () => 'attendee-new';

/** The attendee presses Check on this answer. */
function checked(progress: Progress, id: string, answer: Answer, outcome: CheckOutcome, now: string): Progress {
  return recordCheck(progress, id, answer, outcome, now, { pressed: true });
}

describe('recording progress', () => {
  it('records a draft on every keystroke without ever completing, even when it would pass', () => {
    let progress = recordDraft(emptyProgress('a1'), 'coffee', { draft: 'Coffee on Thu' }, T1);
    progress = recordDraft(progress, 'coffee', { draft: 'Coffee on Thursday?' }, T2);
    expect(progress.exercises.coffee).toEqual({
      draft: 'Coffee on Thursday?',
      choices: [],
      attempted: true,
      hintsShown: 0,
      modelAnswerShown: false,
      struggled: [],
      passedGoals: [],
      checks: 0,
      failedChecks: {},
      keptDrafts: [],
      updatedAt: T2,
    });
  });

  it('completes at a check, keeps the answer that passed as the best, and counts failures only when Check is pressed', () => {
    let progress = checked(emptyProgress('a1'), 'coffee', { draft: 'Buy my package' }, failing, T1);
    progress = recordCheck(progress, 'coffee', { draft: 'Buy my package now' }, failing, T1, { pressed: false });
    progress = recordCheck(progress, 'coffee', { draft: 'Coffee on Thursday?' }, passing, T2, { pressed: false });
    progress = checked(progress, 'coffee', { draft: 'Coffee on Thursday? $499' }, failing, T3);
    expect(progress.exercises.coffee).toMatchObject({
      draft: 'Coffee on Thursday? $499',
      passedGoals: ['pass:2'],
      checks: 2,
      failedChecks: { 'avoid:no-pitch': 2 },
      best: { draft: 'Coffee on Thursday?', goalsPassed: 2 },
      completedAt: T2,
      updatedAt: T3,
    });
  });

  it('keeps a copy of a replaced draft once, and never of an empty one', () => {
    let progress = keepDraft(emptyProgress('a1'), 'coffee', 'Coffee on Thursday?', T1);
    progress = keepDraft(progress, 'coffee', 'Coffee on Thursday?', T2);
    progress = keepDraft(progress, 'coffee', '  ', T2);
    expect(progress.exercises.coffee?.keptDrafts).toEqual([{ draft: 'Coffee on Thursday?', keptAt: T1 }]);
  });

  it('sets a display name, trimmed and at most 60 characters, and removes an empty one', () => {
    expect(setDisplayName(emptyProgress('a1'), '  Ana Sousa ').name).toBe('Ana Sousa');
    expect(setDisplayName(emptyProgress('a1'), 'x'.repeat(80)).name).toHaveLength(60);
    expect(setDisplayName(setDisplayName(emptyProgress('a1'), 'Ana'), ' ')).toEqual(emptyProgress('a1'));
  });

  it('counts hints up to the number there are, and remembers the goals failing when help was asked for', () => {
    let progress = recordHint(emptyProgress('a1'), 'coffee', failing, 2, T1);
    progress = recordHint(progress, 'coffee', failing, 2, T2);
    progress = recordHint(progress, 'coffee', failing, 2, T3);
    progress = recordModelAnswerShown(progress, 'coffee', passing, T3);
    expect(progress.exercises.coffee).toMatchObject({ hintsShown: 2, struggled: ['avoid:no-pitch'], modelAnswerShown: true });
  });

  it('resets one exercise or all of them, keeping the attendee id', () => {
    let progress = checked(emptyProgress('a1'), 'one', { draft: 'x' }, failing, T1);
    progress = checked(progress, 'two', { draft: 'y' }, failing, T1);
    expect(Object.keys(resetExercise(progress, 'one').exercises)).toEqual(['two']);
    expect(resetAll(progress)).toEqual(emptyProgress('a1'));
  });
});

describe('storage', () => {
  it('round-trips through storage', () => {
    const storage = new MemoryStorage();
    const progress = checked(emptyProgress('a1'), 'coffee', { draft: 'Coffee?' }, passing, T1);
    expect(saveProgress(storage, progress)).toEqual({ ok: true });
    expect(loadProgress(storage, newId, T2)).toEqual({ progress });
  });

  it('starts fresh with a new attendee id when nothing is stored', () => {
    expect(loadProgress(new MemoryStorage(), newId, T1)).toEqual({ progress: emptyProgress('attendee-new') });
  });

  it('backs up corrupted data instead of deleting it, and starts fresh', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_STORAGE_KEY, '{"kind":"kindling-exercise-progress", "version":1, "exer');
    const loaded = loadProgress(storage, newId, T1);
    expect(loaded.progress).toEqual(emptyProgress('attendee-new'));
    expect(loaded.recovered).toEqual({
      reason: 'saved progress:1: (file): not valid JSON, so not a Kindling progress file',
      backupKey: `${PROGRESS_STORAGE_KEY}:backup:${T1}`,
      salvaged: 0,
    });
    expect(storage.getItem(`${PROGRESS_STORAGE_KEY}:backup:${T1}`)).toBe('{"kind":"kindling-exercise-progress", "version":1, "exer');
  });

  it('backs up foreign data under the same key, such as another app or a future version', () => {
    for (const foreign of ['{"theme":"dark"}', '[1,2,3]', '"hello"', JSON.stringify({ ...emptyProgress('a1'), version: 7 })]) {
      const storage = new MemoryStorage();
      storage.setItem(PROGRESS_STORAGE_KEY, foreign);
      const loaded = loadProgress(storage, newId, T1);
      expect(loaded.progress).toEqual(emptyProgress('attendee-new'));
      expect(loaded.recovered?.backupKey).toBe(`${PROGRESS_STORAGE_KEY}:backup:${T1}`);
      expect(storage.getItem(`${PROGRESS_STORAGE_KEY}:backup:${T1}`)).toBe(foreign);
    }
  });

  it('salvages the exercises that still read correctly when one entry is damaged', () => {
    const storage = new MemoryStorage();
    const good = checked(emptyProgress('a1'), 'good', { draft: 'Kept' }, passing, T1);
    const damaged = { ...good, exercises: { ...good.exercises, bad: { draft: 42, updatedAt: T1 } } };
    storage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(damaged));
    const loaded = loadProgress(storage, newId, T2);
    expect(loaded.progress).toEqual(good);
    expect(loaded.recovered).toMatchObject({ reason: 'saved progress:1: exercises.bad.draft: expected string', salvaged: 1 });
  });

  it('reports a full storage instead of throwing, so typing never breaks', () => {
    expect(saveProgress(new FullStorage(), emptyProgress('a1'))).toEqual({ ok: false, error: 'QuotaExceededError' });
  });
});

describe('export and import', () => {
  it('round-trips an export', () => {
    const progress = recordHint(checked(emptyProgress('a1'), 'coffee', { draft: 'Coffee?', choices: [2] }, passing, T1), 'coffee', passing, 3, T2);
    expect(parseProgress(serialiseProgress(progress), 'progress.json')).toEqual({ ok: true, progress });
  });

  it('names the file, the line and the field of a bad import', () => {
    const text = serialiseProgress(checked(emptyProgress('a1'), 'coffee', { draft: 'Coffee?' }, passing, T1)).replace(
      '"hintsShown": 0',
      '"hintsShown": "lots"',
    );
    const line = text.split('\n').findIndex((l) => l.includes('"hintsShown"')) + 1;
    expect(parseProgress(text, 'sam.json')).toEqual({ ok: false, error: `sam.json:${line}: exercises.coffee.hintsShown: expected number` });
    expect(parseProgress('not json', 'x.json')).toEqual({ ok: false, error: 'x.json:1: (file): not valid JSON, so not a Kindling progress file' });
    expect(parseProgress('{"a":1}', 'y.json')).toEqual({
      ok: false,
      error: 'y.json:1: kind: not a Kindling progress file (expected kind "kindling-exercise-progress")',
    });
  });

  it('does not count the same file twice when it is imported twice', () => {
    const progress = checked(emptyProgress('a1'), 'coffee', { draft: 'Buy' }, failing, T1);
    expect(mergeProgress(progress, progress).exercises.coffee).toMatchObject({ checks: 1, failedChecks: { 'avoid:no-pitch': 1 } });
  });

  it('merges an import without losing either side', () => {
    const laptop = checked(checked(emptyProgress('a1'), 'one', { draft: 'laptop one' }, passing, T1), 'two', { draft: 'laptop two' }, failing, T3);
    const phone = recordHint(checked(emptyProgress('a1'), 'two', { draft: 'phone two' }, failing, T2), 'two', failing, 3, T2);
    const merged = mergeProgress(laptop, checked(phone, 'three', { draft: 'phone three' }, passing, T2));
    expect(Object.keys(merged.exercises).sort()).toEqual(['one', 'three', 'two']);
    expect(merged.exercises.one?.completedAt).toBe(T1);
    expect(merged.exercises.two).toMatchObject({ draft: 'laptop two', hintsShown: 1, struggled: ['avoid:no-pitch'] });
    expect(merged.exercises.three?.draft).toBe('phone three');
  });
});

describe('two tabs', () => {
  const base = recordDraft(emptyProgress('a1'), 'coffee', { draft: 'Coffee?' }, T1);

  it('takes what only the other tab changed, and keeps what only this tab changed', () => {
    const mine = recordDraft(base, 'invite', { draft: 'Mine' }, T2);
    const theirs = recordDraft(base, 'coffee', { draft: 'Coffee on Thursday?' }, T2);
    const { progress, conflicts } = syncProgress(base, mine, theirs, T3);
    expect(conflicts).toEqual([]);
    expect(progress.exercises.coffee?.draft).toBe('Coffee on Thursday?');
    expect(progress.exercises.invite?.draft).toBe('Mine');
    expect(progress.exercises.coffee?.keptDrafts).toEqual([]);
  });

  it('keeps the newer draft when both tabs changed one exercise, and a copy of the other', () => {
    const mine = recordDraft(base, 'coffee', { draft: 'Coffee on Friday?' }, T3);
    const theirs = recordDraft(base, 'coffee', { draft: 'Coffee on Thursday?' }, T2);
    const { progress, conflicts } = syncProgress(base, mine, theirs, T3);
    expect(conflicts).toEqual(['coffee']);
    expect(progress.exercises.coffee).toMatchObject({ draft: 'Coffee on Friday?', keptDrafts: [{ draft: 'Coffee on Thursday?', keptAt: T3 }] });
  });

  it('keeps the work when one tab reset an exercise the other was writing', () => {
    const mine = resetExercise(base, 'coffee');
    const theirs = recordDraft(base, 'coffee', { draft: 'Coffee on Thursday?' }, T2);
    expect(syncProgress(base, mine, theirs, T3).progress.exercises.coffee?.draft).toBe('Coffee on Thursday?');
    expect(syncProgress(base, mine, base, T3).progress.exercises.coffee).toBeUndefined();
  });

  it('agrees on the stored attendee id when two tabs each made one up, so neither writes again', () => {
    const theirs = recordDraft(emptyProgress('stored'), 'coffee', { draft: 'Coffee?' }, T2);
    const { progress } = syncProgress(emptyProgress('mine'), emptyProgress('mine'), theirs, T3);
    expect(sameProgress(progress, theirs)).toBe(true);
    // Key order differs after a round trip through storage; the values are what count.
    const roundTrip = parseProgress(serialiseProgress(progress), 'x');
    expect(roundTrip.ok && sameProgress(roundTrip.progress, progress)).toBe(true);
    expect(sameProgress(progress, emptyProgress('stored'))).toBe(false);
  });

  it("takes the other tab's display name unless this tab changed its own", () => {
    expect(syncProgress(base, base, setDisplayName(base, 'Ana'), T3).progress.name).toBe('Ana');
    expect(syncProgress(base, setDisplayName(base, 'Sam'), setDisplayName(base, 'Ana'), T3).progress.name).toBe('Sam');
  });
});
