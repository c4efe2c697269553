import { lint } from '@kindling/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.js';

const HOSTILE_REPLY = 'THIS IS THE DUMBEST TAKE I HAVE SEEN ALL WEEK!!! Do some research, idiot.';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('the playground', () => {
  it('shows a lesson-1 finding, highlighted, as soon as a hostile reply is typed', async () => {
    const visit = await site.visit('/playground');
    try {
      const { page } = visit;
      await page.getByLabel('Kind', { exact: true }).selectOption('reply');
      await page.getByLabel('Your draft').pressSequentially(HOSTILE_REPLY, { delay: 0 });
      const feedback = page.getByRole('region', { name: 'Feedback' });
      await expect.poll(() => feedback.getAttribute('aria-live')).toBe('polite');
      const lessonOne = feedback.locator('[data-lesson="1"][data-status="fail"]');
      await lessonOne.waitFor();
      // The page shows exactly the lesson-1 findings the library gives the same reply.
      const expected = lint({ text: HOSTILE_REPLY, kind: 'reply' }).findings.filter((f) => f.lesson === 1);
      expect(expected.map((f) => f.ruleId)).toContain('no-hostility');
      const findings = lessonOne.locator('li.finding');
      expect(await findings.evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')))).toEqual(
        expected.map((f) => f.ruleId),
      );
      for (const finding of expected) await expect.poll(() => lessonOne.getByText(finding.message, { exact: false }).count()).toBeGreaterThan(0);
      expect(await feedback.locator('mark').first().textContent()).not.toBe('');
      expect(visit.consoleErrors).toEqual([]);
      expect(visit.foreignRequests).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('applies a suggestion in one click, exactly as the library describes it', async () => {
    const text = 'THIS IS WRONG AND EVERYONE KNOWS IT. Read the thread first.';
    const suggested = lint({ text }).findings.find((finding) => finding.suggestions?.some((s) => s.fix));
    const fix = suggested?.suggestions?.find((s) => s.fix)?.fix;
    if (!suggested || !fix) throw new Error(`the library no longer suggests a fix for ${JSON.stringify(text)}`);
    const visit = await site.visit('/playground');
    try {
      const { page } = visit;
      const draft = page.getByLabel('Your draft');
      await draft.fill(text);
      await page.locator(`[data-rule="${suggested.ruleId}"] button.apply`).first().click();
      expect(await draft.inputValue()).toBe(text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]));
      // Keyboard users stay in their draft after the button they pressed goes away.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(
        'playground-draft',
      );
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('keeps the draft and its context across a reload', async () => {
    const context = await site.browser.newContext();
    try {
      const first = await site.visit('/playground', { context });
      await first.page.getByLabel('Kind', { exact: true }).selectOption('dm');
      await first.page.getByLabel('Your draft').fill('Would you like to get a coffee next week?');
      await first.page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => first.page.getByLabel('Your draft').inputValue()).toBe('Would you like to get a coffee next week?');
      expect(await first.page.getByLabel('Kind', { exact: true }).inputValue()).toBe('dm');
      expect(first.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('updates the feedback for a 3,000-character draft before the next frame', async () => {
    const visit = await site.visit('/playground');
    try {
      const { page } = visit;
      const sentence = 'Thanks for sharing your notes on community gardens, they helped our group plan the spring beds. ';
      const long = sentence.repeat(Math.ceil(3000 / sentence.length)).slice(0, 3000);
      await page.getByLabel('Your draft').fill(long);
      await page.locator('#playground-feedback').waitFor();
      // Type one more key the way a browser delivers it, then look at the feedback in the very
      // next animation frame: the new text must already be there.
      const result = await page.evaluate(async () => {
        const box = document.getElementById('playground-draft') as HTMLTextAreaElement;
        const started = performance.now();
        box.value += ' One more sentence.';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const marked = document.querySelector('.feedback .marked')?.textContent ?? '';
        return {
          updated: marked.endsWith('One more sentence.'),
          milliseconds: performance.now() - started,
        };
      });
      console.log(`playground: feedback for a ${long.length + 19}-character draft was in the DOM by the next frame, ${result.milliseconds.toFixed(1)} ms after the keystroke`);
      expect(result.updated).toBe(true);
    } finally {
      await visit.close();
    }
  });
});
