import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSite, type Site } from './harness.js';

// One exercise done end to end in a real browser: type until every goal passes, reload and
// find the draft, export, import into a fresh browser and find the progress restored.

const EXERCISE = '/exercises/stop-shouting-launch';
const MODEL_ANSWER = 'Launch day for Juniper & Fern! Maya and her team spent a year on the Cold Brew Sampler, and the hibiscus blend is a delight.';

let site: Site;
let folder: string;
beforeAll(async () => {
  site = await openSite();
  folder = mkdtempSync(join(tmpdir(), 'kindling-exercises-browser-'));
});
afterAll(async () => {
  await site?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('an exercise page', () => {
  let exported = '';

  it('checks goals off as the draft improves, keeps the draft across a reload, and exports it', async () => {
    const visit = await site.visit(EXERCISE);
    const { page, context } = visit;
    try {
      const draft = page.getByLabel('Your draft');
      const feedback = page.getByRole('status', { name: 'Feedback' });
      await expect.poll(() => draft.inputValue()).toContain('GO BUY THE NEW SAMPLER NOW');
      await expect.poll(() => feedback.getByText('Lower your voice').locator('..').getAttribute('data-passed')).toBe('false');
      expect(await page.getByRole('button', { name: 'Show model answer' }).getAttribute('aria-disabled')).toBe('true');

      await page.getByRole('button', { name: 'Show hint' }).click();
      await expect.poll(() => page.getByText('Read the starter aloud at the volume it is written in.').isVisible()).toBe(true);

      await draft.fill('');
      await draft.pressSequentially(MODEL_ANSWER, { delay: 5 });
      await expect.poll(() => feedback.textContent()).toContain('2 of 2 goals met');
      await expect.poll(() => page.getByRole('heading', { name: 'Well done: why it works' }).isVisible()).toBe(true);

      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Show model answer' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Model answer' }).isVisible()).toBe(true);

      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => page.getByLabel('Your draft').inputValue()).toBe(MODEL_ANSWER);
      expect(await page.getByRole('listitem').filter({ hasText: 'Read the starter aloud' }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      const index = await site.visit('/exercises/', { context });
      await expect.poll(() => index.page.locator('.overall').textContent()).toMatch(/^1 of \d+ exercises done\.$/u);
      expect(await index.page.locator('li[data-status="done"]').allTextContents()).toEqual([expect.stringContaining('Celebrate a launch without shouting')]);
      const [download] = await Promise.all([index.page.waitForEvent('download'), index.page.getByRole('button', { name: 'Export progress' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^kindling-progress-\d{4}-\d{2}-\d{2}\.json$/u);
      exported = readFileSync((await download.path())!, 'utf8');
      expect(JSON.parse(exported)).toMatchObject({
        kind: 'kindling-exercise-progress',
        version: 1,
        exercises: { 'stop-shouting-launch': { draft: MODEL_ANSWER, hintsShown: 1, modelAnswerShown: true } },
      });
      expect(visit.consoleErrors).toEqual([]);
      expect(visit.foreignRequests).toEqual([]);
      await index.close();
    } finally {
      await visit.close();
    }
  });

  it('restores exported progress in a fresh browser', async () => {
    const file = join(folder, 'progress.json');
    writeFileSync(file, exported);
    const visit = await site.visit('/exercises/');
    try {
      await visit.page.getByLabel('Import progress').setInputFiles(file);
      await expect.poll(() => visit.page.getByText('Imported progress from progress.json.').isVisible()).toBe(true);
      expect(await visit.page.locator('li[data-status="done"]').count()).toBe(1);
      const page = await site.visit(EXERCISE, { context: visit.context });
      await expect.poll(() => page.page.getByLabel('Your draft').inputValue()).toBe(MODEL_ANSWER);
      await page.close();
    } finally {
      await visit.close();
    }
  });

  it('recovers from corrupted storage without a crash, and keeps the bad value', async () => {
    const context = await site.browser.newContext();
    // Seeded once, before the first page load, as a crash mid-write or another app might leave it.
    await context.addInitScript(() => {
      if (!localStorage.getItem('seeded-once')) {
        localStorage.setItem('kindling:exercises:progress', '{"kind":"kindling-exercise-progress","vers');
        localStorage.setItem('seeded-once', 'yes');
      }
    });
    const visit = await site.visit(EXERCISE, { context });
    try {
      await expect.poll(() => visit.page.getByRole('alert').textContent()).toContain('Your saved progress could not be read');
      await visit.page.getByLabel('Your draft').fill('Still typing after a recovery.');
      const storage = await visit.page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
      const backup = Object.keys(storage).find((key) => key.startsWith('kindling:exercises:progress:backup:'));
      expect(storage[backup!]).toBe('{"kind":"kindling-exercise-progress","vers');
      expect(JSON.parse(storage['kindling:exercises:progress']!).exercises['stop-shouting-launch'].draft).toBe('Still typing after a recovery.');
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
      await context.close();
    }
  });
});

describe('the facilitator view', () => {
  it('sums up dropped progress files and names a bad one by file, line and field', async () => {
    const good = join(folder, 'sam.json');
    const bad = join(folder, 'broken.json');
    const progress = JSON.parse(readFileSync(join(folder, 'progress.json'), 'utf8'));
    progress.exercises['stop-shouting-launch'].best.draft = `${MODEL_ANSWER} Mail sam@example.com\n— Sarah`;
    writeFileSync(good, JSON.stringify(progress, null, 2));
    writeFileSync(bad, JSON.stringify({ ...progress, attendee: 'b', exercises: { x: { draft: 7, updatedAt: 'now' } } }, null, 2));
    const visit = await site.visit('/exercises/facilitator');
    try {
      await visit.page.getByLabel('Progress files').setInputFiles([good, bad]);
      await expect.poll(() => visit.page.getByText('1 files read, from 1 attendees.').isVisible()).toBe(true);
      expect(await visit.page.getByText(/^broken\.json:\d+: exercises\.x\.draft: expected string$/u).count()).toBe(1);
      const exercise = visit.page.locator('article.exercise-summary');
      expect(await exercise.allTextContents()).toEqual([expect.stringContaining('1 of 1 finished; 1 started.')]);
      // Maya and Juniper & Fern belong to the exercise's made-up scene; the attendee's own details do not.
      expect(await exercise.locator('blockquote').allTextContents()).toEqual([`${MODEL_ANSWER} Mail [email]\n— [name]`]);
      expect(await axeViolations(visit.page)).toEqual([]);
      expect(visit.foreignRequests).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
