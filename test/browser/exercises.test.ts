import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSite, type Site } from './harness.js';

// One exercise done end to end in a real browser: type a real answer, see it completed only once
// the draft rests, reload and find it, export it under the attendee's name, and import it into a
// fresh browser.

const EXERCISE = '/exercises/stop-shouting-launch';
/** An attendee's own answer, not the model answer. */
const ANSWER = 'Launch day for Juniper & Fern! Maya and her team spent a year on the Cold Brew Sampler, and the hibiscus blend tastes like summer. Congratulations to all of you.';

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

  it('checks goals off as the draft improves, completes it once the draft rests, keeps it across a reload, and exports it', async () => {
    const visit = await site.visit(EXERCISE);
    const { page, context } = visit;
    try {
      const draft = page.getByLabel('Your draft');
      const feedback = page.getByRole('status', { name: 'Feedback' });
      const wellDone = page.getByRole('heading', { name: 'Well done: why it works' });
      await expect.poll(() => draft.inputValue()).toContain('GO BUY THE NEW SAMPLER NOW');
      await expect.poll(() => feedback.getByText('Lower your voice').locator('..').getAttribute('data-passed')).toBe('false');
      expect(await page.getByRole('button', { name: 'Show model answer' }).getAttribute('aria-disabled')).toBe('true');

      await page.getByRole('button', { name: 'Show hint' }).click();
      await expect.poll(() => page.getByText('Read the starter aloud at the volume it is written in.').isVisible()).toBe(true);

      // Typed straight through: no pause on the way, so no prefix can complete it.
      await draft.fill('');
      await draft.pressSequentially(ANSWER, { delay: 5 });
      await expect.poll(() => feedback.textContent()).toContain('5 of 5 goals met');
      // Resting for two seconds counts as pressing Check.
      await expect.poll(() => wellDone.isVisible()).toBe(true);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('kindling:exercises:progress')!).exercises['stop-shouting-launch']);
      expect(stored).toMatchObject({ draft: ANSWER, best: { draft: ANSWER, goalsPassed: 5 }, checks: 0, failedChecks: {} });
      expect(stored.completedAt).toEqual(expect.any(String));

      // Typing on hides "Well done" until the next check; the completion stays.
      await draft.press('End');
      await draft.pressSequentially(' LINK IN BIO!!!');
      expect(await wellDone.count()).toBe(0);
      await draft.press('Control+Enter');
      await expect.poll(() => page.getByText('Checked: not there yet.').isVisible()).toBe(true);
      expect(await wellDone.count()).toBe(0);
      await draft.fill(ANSWER);
      await draft.press('Control+Enter');
      await expect.poll(() => wellDone.isVisible()).toBe(true);

      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Show model answer' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Model answer' }).isVisible()).toBe(true);

      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => page.getByLabel('Your draft').inputValue()).toBe(ANSWER);
      await expect.poll(() => wellDone.isVisible()).toBe(true);
      expect(await page.getByRole('listitem').filter({ hasText: 'Read the starter aloud' }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      const index = await site.visit('/exercises/', { context });
      await expect.poll(() => index.page.locator('.overall').textContent()).toBe('1 of 28 exercises done.');
      expect(await index.page.locator('li[data-status="done"]').allTextContents()).toEqual([expect.stringContaining('Celebrate a launch without shouting')]);
      await index.page.getByLabel('Your name for the room').fill('Ana Sousa');
      const [download] = await Promise.all([index.page.waitForEvent('download'), index.page.getByRole('button', { name: 'Export progress' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^kindling-progress-ana-sousa-\d{4}-\d{2}-\d{2}\.json$/u);
      exported = readFileSync((await download.path())!, 'utf8');
      expect(JSON.parse(exported)).toMatchObject({
        kind: 'kindling-exercise-progress',
        version: 1,
        name: 'Ana Sousa',
        exercises: { 'stop-shouting-launch': { draft: ANSWER, best: { draft: ANSWER }, hintsShown: 1, modelAnswerShown: true, checks: 2, failedChecks: { 'avoid:no-shouting': 1 } } },
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
      await expect.poll(() => page.page.getByLabel('Your draft').inputValue()).toBe(ANSWER);
      await expect.poll(() => page.page.getByRole('heading', { name: 'Well done: why it works' }).isVisible()).toBe(true);
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
