import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The workspace root does not depend on @kindling/exercises, so the test reads its build.
import { catalogue } from '../../exercises/dist/catalogue.js';
import { openSite, type Site, type Visit } from './harness.js';

// An attendee who wants "Well done" without doing the work: the drafts anyone can type into any
// exercise, checked with Ctrl+Enter (or Check, for the spot exercises). None may pass, and the
// index must count none as done.

const NON_ANSWERS = ['', '   ', 'Thanks!', 'Great post!', 'ok', 'asdf qwer zxcv?'];

let site: Site;
let visit: Visit;
beforeAll(async () => {
  site = await openSite();
  visit = await site.visit('/exercises/');
});
afterAll(async () => {
  await visit?.close();
  await site?.close();
});

describe('non-answers', () => {
  it('earn no "Well done" on any exercise page, and no completion on the index', async () => {
    const { page } = visit;
    const wellDone = page.getByRole('heading', { name: 'Well done: why it works' });
    const notYet = page.getByText('Checked: not there yet.');
    const passedWith: string[] = [];
    /** Waits for the check's verdict either way, so a pass is reported rather than waited out. */
    const verdict = () => expect.poll(async () => (await notYet.isVisible()) || (await wellDone.isVisible())).toBe(true);
    for (const exercise of catalogue) {
      await page.goto(`${site.origin}/exercises/${exercise.id}`, { waitUntil: 'networkidle' });
      if (exercise.type === 'spot') {
        const boxes = page.getByRole('checkbox');
        // Nothing ticked, then everything ticked.
        for (const tickAll of [false, true]) {
          for (const box of await boxes.all()) await box.setChecked(tickAll);
          await page.getByRole('button', { name: 'Check', exact: true }).click();
          await verdict();
          if ((await wellDone.count()) > 0) passedWith.push(`${exercise.id}: ${tickAll ? 'every box' : 'no box'}`);
        }
        continue;
      }
      const draft = page.getByLabel('Your draft');
      for (const text of NON_ANSWERS) {
        await draft.fill(text);
        await draft.press('Control+Enter');
        await verdict();
        if ((await wellDone.count()) > 0) passedWith.push(`${exercise.id}: ${JSON.stringify(text)}`);
      }
    }
    expect(passedWith).toEqual([]);

    await page.goto(`${site.origin}/exercises/`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.overall').textContent()).toBe(`0 of ${catalogue.length} exercises done.`);
    expect(await page.locator('li[data-status="done"]').count()).toBe(0);
    expect(await page.locator('li[data-status="started"]').count()).toBe(catalogue.length);
    expect(visit.consoleErrors).toEqual([]);
  });
});
