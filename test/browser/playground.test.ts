import { applyFixes, lint, rules, type DraftInput } from '@kindling/rules';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeChanges } from '../../docs/.vitepress/theme/lint/announce.js';
import { openSite, VIEWPORTS, waitForHydration, type Site } from './harness.js';

const HOSTILE_REPLY = 'THIS IS THE DUMBEST TAKE I HAVE SEEN ALL WEEK!!! Do some research, idiot.';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** The part of an element's box inside the window, in pixels of height (0 when out of view). */
async function visibleHeight(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return Math.max(0, Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0));
  });
}

/** The summary bar's count, as the page words it. */
const countLabel = (count: number): string => `${count} finding${count === 1 ? '' : 's'}`;

/** The labels of the context fields on show. */
function contextLabels(page: Page): Promise<string[]> {
  return page.locator('.context-area label').evaluateAll((labels) => labels.map((label) => label.textContent?.trim() ?? ''));
}

describe.each(Object.entries(VIEWPORTS))('the playground at %s size', (name, viewport) => {
  it('keeps the Feedback region in view beside or under the draft while typing', async () => {
    const visit = await site.visit('/playground', { viewport });
    try {
      const { page } = visit;
      await page.getByLabel('Kind', { exact: true }).selectOption('reply');
      const draft = page.getByLabel('Your draft');
      const half = HOSTILE_REPLY.slice(0, 40);
      await draft.pressSequentially(half, { delay: 0 });
      const feedback = page.getByRole('region', { name: 'Feedback' });
      for (const typed of [half, HOSTILE_REPLY]) {
        if (typed !== half) await draft.pressSequentially(HOSTILE_REPLY.slice(half.length), { delay: 0 });
        // The draft being typed and the feedback's heading and summary are on screen together.
        expect(await visibleHeight(page, '#playground-draft')).toBeGreaterThan(20);
        expect(await visibleHeight(page, '#playground-feedback')).toBeGreaterThan(10);
        await expect.poll(() => feedback.locator('.count').textContent()).toBe(countLabel(lint({ text: typed, kind: 'reply' }).findings.length));
        expect(await visibleHeight(page, '.feedback .count')).toBeGreaterThan(10);
      }
      const expected = lint({ text: HOSTILE_REPLY, kind: 'reply' });
      expect(await feedback.locator('.count').textContent()).toBe(countLabel(expected.findings.length));
      expect(await feedback.locator('.lesson-chips li[data-status="fail"]').allTextContents()).toEqual(['1 ✗Lesson 1 needs work']);
      if (name === 'wide') {
        // Side by side: the feedback starts level with the draft, not under it.
        const [draftBox, feedbackBox] = [await draft.boundingBox(), await feedback.boundingBox()];
        expect(feedbackBox!.x).toBeGreaterThan(draftBox!.x + draftBox!.width);
        expect(feedbackBox!.y).toBeLessThan(draftBox!.y + draftBox!.height);
      } else {
        // On a phone the bar opens to the full list.
        expect(await feedback.locator('.lesson[data-lesson="1"]').isVisible()).toBe(false);
        await feedback.getByRole('button', { name: 'Show all feedback' }).click();
        await feedback.locator('.lesson[data-lesson="1"]').waitFor();
        expect(await feedback.getByRole('button', { name: 'Hide the list' }).getAttribute('aria-expanded')).toBe('true');
      }
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('draws each highlight in the editor on its finding’s range, and links highlight and finding both ways', async () => {
    const visit = await site.visit('/playground', { viewport });
    try {
      const { page } = visit;
      await page.getByLabel('Kind', { exact: true }).selectOption('reply');
      await page.getByLabel('Your draft').fill(HOSTILE_REPLY);
      const { findings } = lint({ text: HOSTILE_REPLY, kind: 'reply' });
      const inline = findings.map((finding, index) => ({ finding, index })).filter(({ finding }) => finding.range[1] > finding.range[0]);
      expect(inline.length).toBeGreaterThan(1);
      // The mirror behind the textarea holds exactly the text, laid out in the same box and font.
      const layout = await page.evaluate(() => {
        const box = document.getElementById('playground-draft') as HTMLTextAreaElement;
        const mirror = document.querySelector('.editor .mirror') as HTMLElement;
        const pick = (element: Element) => {
          const style = getComputedStyle(element);
          return [style.font, style.lineHeight, style.paddingLeft, style.paddingTop, style.borderLeftWidth, style.whiteSpace, style.overflowWrap];
        };
        const [a, b] = [box.getBoundingClientRect(), mirror.getBoundingClientRect()];
        return {
          text: mirror.textContent?.replace(/\u200b$/u, ''),
          value: box.value,
          sameStyle: JSON.stringify(pick(box)) === JSON.stringify(pick(mirror)),
          sameBox: a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height,
        };
      });
      expect(layout).toEqual({ text: HOSTILE_REPLY, value: HOSTILE_REPLY, sameStyle: true, sameBox: true });
      const editor = await page.locator('#playground-draft').boundingBox();
      for (const { finding, index } of inline) {
        const marks = page.locator(`.editor .mirror mark[data-findings~="${index}"]`);
        const covered = await marks.evaluateAll((elements) =>
          elements.map((element) => ({ start: Number(element.getAttribute('data-start')), text: element.textContent ?? '' })),
        );
        expect(covered[0]?.start).toBe(finding.range[0]);
        expect(covered.map((mark) => mark.text).join('')).toBe(HOSTILE_REPLY.slice(finding.range[0], finding.range[1]));
        const markBox = await marks.first().boundingBox();
        expect(markBox!.x).toBeGreaterThanOrEqual(editor!.x);
        expect(markBox!.y + markBox!.height).toBeLessThanOrEqual(editor!.y + editor!.height);
      }
      // Finding → highlight: its button selects the finding's words in the draft.
      if (name === 'phone') await page.getByRole('button', { name: 'Show all feedback' }).click();
      const [first, last] = [inline[0]!, inline[inline.length - 1]!];
      await page.locator(`#playground-finding-${last.index} button.show`).click();
      expect(await page.evaluate(() => {
        const box = document.activeElement as HTMLTextAreaElement;
        return [box.id, box.selectionStart, box.selectionEnd];
      })).toEqual(['playground-draft', ...last.finding.range]);
      expect(await page.locator(`#playground-finding-${last.index}`).getAttribute('aria-current')).toBe('true');
      // Highlight → finding: the caret inside a highlight marks its finding.
      await page.evaluate((at) => (document.getElementById('playground-draft') as HTMLTextAreaElement).setSelectionRange(at, at), first.finding.range[0] + 1);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('.finding[aria-current="true"]').getAttribute('id')).toBe(`playground-finding-${first.index}`);
      expect(await page.locator('.editor .mirror mark.active').first().getAttribute('data-findings')).toContain(String(first.index));
    } finally {
      await visit.close();
    }
  });

  it('asks for the context each kind needs, and takes earlier thread messages', async () => {
    const visit = await site.visit('/playground', { viewport });
    try {
      const { page } = visit;
      const kind = page.getByLabel('Kind', { exact: true });
      expect(await contextLabels(page)).toEqual(['What prompted it', 'Prompted by whom', 'Community topics (comma-separated)']);
      await kind.selectOption('share');
      expect(await contextLabels(page)).toEqual(['Sharing (whose content)', 'Sharing (title)', 'Sharing (link)', 'Community topics (comma-separated)']);
      await kind.selectOption('dm');
      expect(await contextLabels(page)).toEqual(['Recipient', 'Recipient relationship', 'What prompted it', 'Prompted by whom']);
      expect(await page.locator('.context-area legend').first().textContent()).toBe('Context for this direct message');
      await kind.selectOption('reply');
      expect(await contextLabels(page)).toEqual(['Replying to (who)', 'What are you replying to? (their words)', 'Community topics (comma-separated)']);

      // Earlier messages: add two, fill them, remove the first.
      await page.getByRole('button', { name: 'Add an earlier message' }).click();
      await page.getByLabel('Message 1: from').fill('@sam');
      await page.getByLabel('Message 1: text').fill('Could you send me the slides?');
      await page.getByRole('button', { name: 'Add an earlier message' }).click();
      await page.getByLabel('Message 2: from').fill('@me');
      await page.getByLabel('Message 2: text').fill('Sure, tomorrow.');
      await page.getByRole('button', { name: 'Remove message 1' }).click();
      expect(await page.getByLabel('Message 1: from').inputValue()).toBe('@me');
      expect(await page.getByLabel('Message 2: from').count()).toBe(0);

      // The context reaches the library: a share of someone's work without credit is flagged.
      await kind.selectOption('share');
      await page.getByLabel('Sharing (whose content)').fill('@maria');
      const text = 'Great read on building trust with clients: https://example.org/trust';
      await page.getByLabel('Your draft').fill(text);
      const expected = lint({ text, kind: 'share', sharing: { author: '@maria' } } satisfies DraftInput);
      const credit = expected.findings.find((finding) => finding.ruleId === 'credit-the-source');
      expect(credit).toBeDefined();
      await expect.poll(() => page.locator('[data-rule="credit-the-source"] .message').first().textContent()).toBe(credit!.message);
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('applies a fix in one click through applyFixes, and Ctrl+Z undoes it', async () => {
    const text = 'THIS IS WRONG AND EVERYONE KNOWS IT. Read the thread first.';
    const finding = lint({ text }).findings.find((item) => item.suggestions?.some((s) => s.fix));
    const suggestion = finding?.suggestions?.find((s) => s.fix);
    if (!finding || !suggestion) throw new Error(`the library no longer suggests a fix for ${JSON.stringify(text)}`);
    const visit = await site.visit('/playground', { viewport });
    try {
      const { page } = visit;
      const draft = page.getByLabel('Your draft');
      await draft.fill(text);
      if (name === 'phone') await page.getByRole('button', { name: 'Show all feedback' }).click();
      await page.locator(`[data-rule="${finding.ruleId}"] button.apply`).first().click();
      const fixed = applyFixes(text, [suggestion]).text;
      expect(fixed).not.toBe(text);
      await expect.poll(() => draft.inputValue()).toBe(fixed);
      // Keyboard users stay in their draft after the button they pressed goes away.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('playground-draft');
      await expect.poll(() => page.locator('.count').textContent()).toBe(countLabel(lint({ text: fixed }).findings.length));
      await page.keyboard.press('Control+z');
      await expect.poll(() => draft.inputValue()).toBe(text);
      await expect.poll(() => page.locator('.count').textContent()).toBe(countLabel(lint({ text }).findings.length));
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

describe('the playground', () => {
  it('announces only what changed, not the whole feedback', async () => {
    const visit = await site.visit('/playground');
    try {
      const { page } = visit;
      const feedback = page.getByRole('region', { name: 'Feedback' });
      expect(await feedback.getAttribute('aria-live')).toBeNull();
      const announcer = page.getByRole('status');
      expect(await announcer.getAttribute('aria-live')).toBe('polite');
      await page.getByLabel('Kind', { exact: true }).selectOption('reply');
      await page.getByLabel('Your draft').fill(HOSTILE_REPLY);
      const { findings } = lint({ text: HOSTILE_REPLY, kind: 'reply' });
      const first = describeChanges([], findings);
      expect(first).toMatch(new RegExp(`^${findings.length} new findings: `, 'u'));
      await expect.poll(() => announcer.textContent()).toBe(first);
      // Removing the insult resolves one finding; that is all that is said.
      const calmer = HOSTILE_REPLY.replace(', idiot', '');
      await page.getByLabel('Your draft').fill(calmer);
      const after = lint({ text: calmer, kind: 'reply' }).findings;
      expect(describeChanges(findings, after)).toBe(`${findings.length - after.length} finding${findings.length - after.length === 1 ? '' : 's'} resolved.`);
      await expect.poll(() => announcer.textContent()).toBe(describeChanges(findings, after));
    } finally {
      await visit.close();
    }
  });

  it('explains how each lesson is scored, with the rules that check it', async () => {
    const visit = await site.visit('/playground');
    try {
      const { page } = visit;
      await page.getByLabel('Kind', { exact: true }).selectOption('reply');
      await page.getByLabel('Your draft').fill(HOSTILE_REPLY);
      const lessonOne = page.locator('.lesson[data-lesson="1"]');
      await lessonOne.getByText('How is this scored?').click();
      const panel = lessonOne.locator('.how-scored');
      expect(await panel.textContent()).toContain('warmth of the tone');
      expect(await panel.textContent()).toContain('A warning or an error fails the lesson.');
      expect(await panel.locator('a').allTextContents()).toEqual(rules.filter((rule) => rule.meta.lesson === 1).map((rule) => rule.id));
      expect(await panel.locator('a').allTextContents()).toContain('no-hostility');
    } finally {
      await visit.close();
    }
  });

  it('keeps the draft, its context and its thread across a reload', async () => {
    const context = await site.browser.newContext();
    try {
      const first = await site.visit('/playground', { context });
      await first.page.getByLabel('Kind', { exact: true }).selectOption('dm');
      await first.page.getByLabel('Your draft').fill('Would you like to get a coffee next week?');
      await first.page.getByRole('button', { name: 'Add an earlier message' }).click();
      await first.page.getByLabel('Message 1: text').fill('Lovely to meet you at the meetup!');
      await first.page.reload({ waitUntil: 'networkidle' });
      await waitForHydration(first.page);
      await expect.poll(() => first.page.getByLabel('Your draft').inputValue()).toBe('Would you like to get a coffee next week?');
      expect(await first.page.getByLabel('Kind', { exact: true }).inputValue()).toBe('dm');
      expect(await first.page.getByLabel('Message 1: text').inputValue()).toBe('Lovely to meet you at the meetup!');
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
      // Type one more key the way a browser delivers it, then look at the editor's highlights
      // and the feedback in the very next animation frame: both must already be updated.
      const result = await page.evaluate(async () => {
        const box = document.getElementById('playground-draft') as HTMLTextAreaElement;
        const started = performance.now();
        box.value += ' One more sentence, idiot.';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const mirror = document.querySelector('.editor .mirror')?.textContent ?? '';
        return {
          updated: mirror.replace(/\u200b$/u, '').endsWith('One more sentence, idiot.'),
          flagged: document.querySelector('.finding[data-rule="no-hostility"]') !== null,
          milliseconds: performance.now() - started,
        };
      });
      console.log(`playground: feedback for a ${long.length + 26}-character draft was in the DOM by the next frame, ${result.milliseconds.toFixed(1)} ms after the keystroke`);
      expect(result).toMatchObject({ updated: true, flagged: true });
    } finally {
      await visit.close();
    }
  });
});
