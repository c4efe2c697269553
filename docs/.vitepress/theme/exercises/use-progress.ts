import { readonly, ref, shallowRef } from 'vue';
import {
  emptyProgress,
  loadProgress,
  mergeProgress,
  parseProgress,
  PROGRESS_STORAGE_KEY,
  saveProgress,
  serialiseProgress,
  type LoadedProgress,
  type Progress,
  type ProgressStorage,
} from '@kindling/exercises';

// One progress store for every exercise page, kept in localStorage and saved on every change.
// Loaded only in the browser (onMounted), never during the static build.

const progress = shallowRef<Progress>(emptyProgress('not-loaded'));
const loaded = ref(false);
const recovered = shallowRef<LoadedProgress['recovered']>();
const saveError = ref<string>();

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

function save(next: Progress): void {
  progress.value = next;
  const store = storage();
  const result = store ? saveProgress(store, next) : { ok: false as const, error: 'this browser blocks local storage' };
  saveError.value = result.ok ? undefined : result.error;
}

function ensureLoaded(): void {
  if (loaded.value) return;
  const store = storage();
  const result = store ? loadProgress(store, newAttendeeId, now()) : { progress: emptyProgress(newAttendeeId()) };
  progress.value = result.progress;
  recovered.value = result.recovered;
  if (result.recovered) save(result.progress);
  loaded.value = true;
  // Another tab saved: merge, so two open tabs never overwrite each other's drafts.
  window.addEventListener('storage', (event) => {
    if (event.key !== PROGRESS_STORAGE_KEY || event.newValue === null) return;
    const theirs = parseProgress(event.newValue, 'progress from another tab');
    if (theirs.ok) progress.value = mergeProgress(progress.value, theirs.progress);
  });
}

function exportFileName(): string {
  return `kindling-progress-${now().slice(0, 10)}.json`;
}

/** Saves the progress as a JSON file download; nothing leaves the machine. */
function downloadProgress(): void {
  const url = URL.createObjectURL(new Blob([serialiseProgress(progress.value)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName();
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
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
    ensureLoaded,
    update(change: (current: Progress, time: string) => Progress) {
      save(change(progress.value, now()));
    },
    downloadProgress,
    importFiles,
  };
}
