import { readonly, ref, shallowRef } from 'vue';
import {
  emptyProgress,
  loadProgress,
  mergeProgress,
  parseProgress,
  PROGRESS_STORAGE_KEY,
  saveProgress,
  serialiseProgress,
  sameProgress,
  syncProgress,
  type LoadedProgress,
  type Progress,
  type ProgressStorage,
} from '@kindling/exercises';

// One progress store for every exercise page, kept in localStorage and saved on every change.
// Loaded only in the browser (onMounted), never during the static build.
//
// Two tabs share the storage. Each tab remembers what it last read or wrote (`base`), so when the
// other tab writes, what only one of them changed is simply taken, and an exercise both changed
// keeps the newer draft and a copy of the other: no draft is dropped without a copy.

const progress = shallowRef<Progress>(emptyProgress('not-loaded'));
const loaded = ref(false);
const recovered = shallowRef<LoadedProgress['recovered']>();
const saveError = ref<string>();
/** Bumped whenever another tab's progress arrives, so pages can show its drafts. */
const externalChanges = ref(0);
/** Exercises both tabs changed at once, most recent sync. */
const conflicts = shallowRef<string[]>([]);

let base: Progress = emptyProgress('not-loaded');
let lastStored: string | null = null;

function storage(): ProgressStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be blocked outright (some privacy modes): progress then lives in memory only.
    return undefined;
  }
}

function newAttendeeId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const now = () => new Date().toISOString();

/** Brings in what another tab stored since this one last looked; a value it cannot read is backed up. */
function absorb(raw: string | null, mine: Progress): Progress {
  if (raw === null || raw === lastStored) return mine;
  const theirs = parseProgress(raw, 'progress from another tab');
  if (!theirs.ok) {
    try {
      storage()?.setItem(`${PROGRESS_STORAGE_KEY}:backup:${now()}`, raw);
    } catch {
      // Nowhere to keep it; the next save overwrites it, as it would have anyway.
    }
    return mine;
  }
  const synced = syncProgress(base, mine, theirs.progress, now());
  base = theirs.progress;
  if (synced.conflicts.length > 0) conflicts.value = synced.conflicts;
  externalChanges.value++;
  return synced.progress;
}

function save(next: Progress): void {
  const store = storage();
  if (!store) {
    progress.value = next;
    saveError.value = 'this browser blocks local storage';
    return;
  }
  let stored: string | null = null;
  try {
    stored = store.getItem(PROGRESS_STORAGE_KEY);
  } catch {
    stored = lastStored;
  }
  const merged = absorb(stored, next);
  progress.value = merged;
  const result = saveProgress(store, merged);
  saveError.value = result.ok ? undefined : result.error;
  if (result.ok) {
    base = merged;
    lastStored = JSON.stringify(merged);
  }
}

function onStorage(event: StorageEvent): void {
  if (event.key !== PROGRESS_STORAGE_KEY || event.newValue === null) return;
  const synced = absorb(event.newValue, progress.value);
  progress.value = synced;
  lastStored = event.newValue;
  // This tab had changes the other did not have yet: store the merge, so both agree again.
  const theirs = parseProgress(event.newValue, 'progress from another tab');
  if (theirs.ok && !sameProgress(synced, theirs.progress)) save(synced);
}

function ensureLoaded(): void {
  if (loaded.value) return;
  const store = storage();
  const result = store ? loadProgress(store, newAttendeeId, now()) : { progress: emptyProgress(newAttendeeId()) };
  progress.value = result.progress;
  base = result.progress;
  try {
    lastStored = store?.getItem(PROGRESS_STORAGE_KEY) ?? null;
  } catch {
    lastStored = null;
  }
  recovered.value = result.recovered;
  if (result.recovered) save(result.progress);
  loaded.value = true;
  window.addEventListener('storage', onStorage);
}

/** `ana-sousa`: the display name as a file-name part; the attendee id's start when there is no name. */
function fileNamePart(current: Progress): string {
  const slug = (current.name ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 40);
  return slug || current.attendee.replace(/[^a-z0-9]/giu, '').slice(0, 8).toLowerCase() || 'attendee';
}

/** `kindling-progress-ana-sousa-2026-05-01.json`, so a room's files never overwrite each other. */
function exportFileName(): string {
  return `kindling-progress-${fileNamePart(progress.value)}-${now().slice(0, 10)}.json`;
}

/** Saves a file download; nothing leaves the machine. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function downloadProgress(): void {
  download(exportFileName(), serialiseProgress(progress.value), 'application/json');
}

/** Reads progress files and merges the valid ones; returns one line per file for the page to show. */
async function importFiles(files: readonly File[]): Promise<{ imported: string[]; errors: string[] }> {
  const imported: string[] = [];
  const errors: string[] = [];
  let next = progress.value;
  for (const file of files) {
    const parsed = parseProgress(await file.text(), file.name);
    if (!parsed.ok) {
      errors.push(parsed.error);
      continue;
    }
    next = mergeProgress(next, parsed.progress);
    imported.push(file.name);
  }
  if (imported.length > 0) save(next);
  return { imported, errors };
}

export function useProgress() {
  return {
    progress,
    loaded: readonly(loaded),
    recovered,
    saveError: readonly(saveError),
    externalChanges: readonly(externalChanges),
    conflicts,
    ensureLoaded,
    update(change: (current: Progress, time: string) => Progress) {
      save(change(progress.value, now()));
    },
    downloadProgress,
    importFiles,
  };
}
