import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_END, DRAFT_START } from '../../exercises/src/workbook.js';
// The workspace root does not depend on @kindling/exercises, so the test reads its build.
import { catalogue } from '../../exercises/dist/catalogue.js';
import { runExercisesCommand } from '../../packages/cli/src/commands/exercises.js';

// Terminal mode on a temporary folder, through runExercisesCommand with real files and a real
// fs.watch; only the process streams are replaced, so the output can be read.

/** A stream whose text can be read, and awaited: waits are for output, never for a time. */
function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text, waitFor: (expected: string) => waitForText(stream, () => text, expected) };
}

/**
 * Resolves once the text read from `source` contains `expected`; rejects if the source closes
 * first (a child that exits early), with what it wrote. No deadline of its own: the test
 * timeout bounds it, so a slow machine is not a failure.
 */
function waitForText(source: NodeJS.EventEmitter, text: () => string, expected: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (!text().includes(expected)) return;
      source.off('data', check).off('close', closed);
      resolve();
    };
    const closed = (): void => {
      source.off('data', check).off('close', closed);
      if (text().includes(expected)) resolve();
      else reject(new Error(`closed before writing ${JSON.stringify(expected)}; it wrote:\n${text()}`));
    };
    source.on('data', check).on('close', closed);
    check();
  });
}

let folder: string;
/** Watchers and children a test started; stopped after it even when it fails. */
const cleanups: (() => Promise<unknown> | void)[] = [];
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kindling-exercises-'));
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  rmSync(folder, { recursive: true, force: true });
});

async function run(argv: string[]) {
  const stdout = capture();
  const stderr = capture();
  const code = await runExercisesCommand(argv, { stdout: stdout.stream, stderr: stderr.stream, cwd: folder });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function replaceDraft(file: string, draft: string): void {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(DRAFT_START) + DRAFT_START.length;
  writeFileSync(file, `${text.slice(0, start)}\n${draft}\n${text.slice(text.indexOf(DRAFT_END))}`);
}

const shouting = catalogue.find((exercise) => exercise.id === 'stop-shouting-launch')!;
const shoutingFile = `${String(catalogue.indexOf(shouting) + 1).padStart(2, '0')}-stop-shouting-launch.md`;

describe('kindling exercises [dir]', () => {
  it('writes every exercise, re-checks a file each time it is saved, and stops cleanly', async () => {
    const stdout = capture();
    const controller = new AbortController();
    cleanups.push(() => controller.abort());
    const running = runExercisesCommand(['work'], { stdout: stdout.stream, stderr: capture().stream, cwd: folder, signal: controller.signal });
    await stdout.waitFor('Watching work');
    const files = readdirSync(join(folder, 'work')).sort();
    expect(files).toHaveLength(catalogue.length);
    expect(files[0]).toBe(`01-${catalogue[0]!.id}.md`);
    expect(stdout.text()).toContain(`Start with ${join('work', files[0]!)}: ${catalogue[0]!.title}`);

    const file = join(folder, 'work', shoutingFile);
    replaceDraft(file, 'OUR CLIENT LAUNCHED TODAY!!! GO BUY IT NOW!!!!');
    await stdout.waitFor('✘ Lower your voice');
    expect(stdout.text()).toContain('"!!!!" reads as shouting. One exclamation mark is enough.');

    replaceDraft(file, 'Launch day for our client! Maya and her team spent a year on this sampler.');
    await stdout.waitFor('✔ Lower your voice');

    controller.abort();
    expect(await running).toBe(0);
    expect(stdout.text()).toContain('Stopped watching. Your drafts are saved in work.');
  });

  it('never overwrites a file that is already there', async () => {
    const controller = new AbortController();
    controller.abort();
    await runExercisesCommand([], { stdout: capture().stream, stderr: capture().stream, cwd: folder, signal: controller.signal });
    const file = join(folder, 'kindling-exercises', shoutingFile);
    replaceDraft(file, 'My own draft');
    const again = await run(['check']);
    expect(again.code).toBe(1);
    const stdout = capture();
    await runExercisesCommand([], { stdout: stdout.stream, stderr: capture().stream, cwd: folder, signal: controller.signal });
    expect(stdout.text()).toContain(`Wrote 0 exercises to kindling-exercises (${catalogue.length} already there, kept as they are).`);
    expect(readFileSync(file, 'utf8')).toContain(`${DRAFT_START}\nMy own draft\n${DRAFT_END}`);
  });
});

/** A real answer to stop-shouting-launch, in the attendee's own words rather than the model answer's. */
const REAL_ANSWER = 'Launch day for our client Juniper & Fern! Maya and her team spent a year on this sampler, and the hibiscus blend tastes like summer. Congratulations to all of you.';

describe('kindling exercises list, next, hint and check', () => {
  beforeEach(async () => {
    const controller = new AbortController();
    controller.abort();
    await runExercisesCommand([], { stdout: capture().stream, stderr: capture().stream, cwd: folder, signal: controller.signal });
  });

  it('lists every exercise with its progress', async () => {
    replaceDraft(join(folder, 'kindling-exercises', shoutingFile), REAL_ANSWER);
    const { code, stdout } = await run(['list']);
    expect(code).toBe(0);
    expect(stdout).toContain(`✔ ${'stop-shouting-launch'.padEnd(34)} ${shouting.title}`);
    expect(stdout.split('\n')).toHaveLength(catalogue.length + 3);
    expect(stdout).toMatch(new RegExp(`\\n\\d+ of ${catalogue.length} done\\.\\n$`, 'u'));
  });

  it('does not count a non-answer as done, and says which goal it misses', async () => {
    const file = join(folder, 'kindling-exercises', shoutingFile);
    replaceDraft(file, 'Great post!');
    const list = await run(['list']);
    expect(list.stdout).toContain(`◐ ${'stop-shouting-launch'.padEnd(34)} ${shouting.title}`);
    const check = await run(['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      [
        `${join('kindling-exercises', shoutingFile)}: ${shouting.title}`,
        '  ✘ Let the details carry the excitement',
        '      Not yet: pick up the point, for example with "Maya", "team", "hibiscus".',
        '  ✘ Celebrate the people behind it',
        '      Not yet: pick up the point, for example with "congratulations", "congrats", "well done".',
        '  ✘ Say something real: at least 18 different words, in sentences',
        '      2 different words so far; this needs at least 18. Say a little more.',
        '  ✔ Lower your voice',
      ].join('\n'),
    );
  });

  it('shows the next unfinished exercise', async () => {
    const { code, stdout } = await run(['next']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Next: ${join('kindling-exercises', `01-${catalogue[0]!.id}.md`)} (${catalogue[0]!.title})`);
  });

  it('shows one more hint each time, and remembers how many were shown', async () => {
    const first = await run(['hint', 'stop-shouting-launch']);
    expect(first.stdout).toBe(`Hint 1 of 3 for stop-shouting-launch: ${shouting.hints[0]}\n`);
    await run(['hint', 'stop-shouting-launch']);
    const third = await run(['hint', 'stop-shouting-launch']);
    expect(third.stdout).toContain(`Hint 3 of 3 for stop-shouting-launch: ${shouting.hints[2]}`);
    expect(third.stdout).toContain('That was the last hint.');
  });

  it('answers bad input with one line and exit code 2', async () => {
    expect(await run(['hint', 'no-such-exercise'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kindling exercises: unknown exercise "no-such-exercise"; "kindling exercises list" shows the ids\n',
    });
    expect(await run(['list', 'elsewhere'])).toMatchObject({
      code: 2,
      stderr: `kindling exercises: no exercises in ${join(folder, 'elsewhere')}; run "kindling exercises" first to write them\n`,
    });
  });

  it('names the file, line and section when the draft markers are gone, and still checks the rest', async () => {
    const file = join(folder, 'kindling-exercises', shoutingFile);
    writeFileSync(file, readFileSync(file, 'utf8').replace(DRAFT_END, ''));
    const headingLine = readFileSync(file, 'utf8').split('\n').indexOf('## Your draft') + 1;
    const { code, stdout, stderr } = await run(['check']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${join('kindling-exercises', shoutingFile)}:${headingLine}: Your draft: the marker lines are missing`);
    expect(stdout).not.toContain(shouting.title);
    expect(stdout).toContain(catalogue[0]!.title);
  });
});

// The same watch loop through the built binary, the way an attendee runs it, ended with Ctrl-C.
// The CLI is built before the tests run (npm test builds first).
const CLI = join(import.meta.dirname, '..', '..', 'packages', 'cli', 'dist', 'bin.js');

/** Stops a child that is still running and waits for it to go, so no watcher outlives a test. */
function stopChild(child: ChildProcess): Promise<unknown> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  return gone;
}

describe('the kindling binary', () => {
  it('watches the folder and exits cleanly on Ctrl-C', async () => {
    const child = spawn(process.execPath, [CLI, 'exercises', 'work'], { cwd: folder, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    cleanups.push(() => stopChild(child));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The CLI says "Watching" only once it watches the folder and catches Ctrl-C.
    await waitForText(child.stdout, () => stdout, 'Watching work');
    replaceDraft(join(folder, 'work', shoutingFile), 'Launch day for our client! Maya and her team spent a year on this sampler.');
    await waitForText(child.stdout, () => stdout, '✔ Lower your voice');
    child.kill('SIGINT');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(stderr).toBe('');
    expect(stdout.match(/Stopped watching\. Your drafts are saved in work\./gu)).toHaveLength(1);
  });
});
