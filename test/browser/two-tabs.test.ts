import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.js';

// One attendee, one exercise, two tabs of the same browser: whatever either tab types is kept.

const EXERCISE = '/exercises/welcome-a-newcomer';
const KEY = 'kindling:exercises:progress';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

type Stored = { exercises: Record<string, { draft: string; keptDrafts: { draft: string }[] }> };

describe('two tabs on one exercise', () => {
  it('shows each tab what the other typed, and when both write at once keeps both drafts and asks which to use', async () => {
    const first = await site.visit(EXERCISE);
    const second = await site.visit(EXERCISE, { context: first.context });
    // The second tab can be made to hear of the other's writes late, as a busy or frozen tab does:
    // while the flag is set, its page does not see storage events.
    await second.page.addInitScript(() => {
      const listen = window.addEventListener.bind(window);
      window.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
        if (type !== 'storage') return listen(type, listener, options);
        return listen(type, (event: Event) => !(window as unknown as { holdStorage?: boolean }).holdStorage && listener(event), options);
      }) as typeof window.addEventListener;
    });
    await second.page.reload({ waitUntil: 'networkidle' });
    try {
      const draftIn = (visit: typeof first) => visit.page.getByLabel('Your draft');
      const stored = () => first.page.evaluate((key) => JSON.parse(localStorage.getItem(key)!) as Stored, KEY);

      // Typed in one tab, shown in the other. Each tab checks with Ctrl+Enter, so no draft is left
      // resting, to be checked two seconds later in the middle of the test.
      await draftIn(first).fill('Welcome, Ana! Typed in the first tab.');
      await draftIn(first).press('Control+Enter');
      await expect.poll(() => draftIn(second).inputValue()).toBe('Welcome, Ana! Typed in the first tab.');
      await expect.poll(() => second.page.getByText('Updated with the draft you typed in another tab.').isVisible()).toBe(true);
      await draftIn(second).fill('Welcome, Ana! Then typed in the second.');
      await draftIn(second).press('Control+Enter');
      await expect.poll(() => draftIn(first).inputValue()).toBe('Welcome, Ana! Then typed in the second.');

      // Both tabs write before either hears of the other.
      await second.page.evaluate(() => ((window as unknown as { holdStorage: boolean }).holdStorage = true));
      await draftIn(first).fill('Welcome, Ana! The first tab, at the same time.');
      await draftIn(first).press('Control+Enter');
      await draftIn(second).fill('Welcome, Ana! The second tab, at the same time.');
      await draftIn(second).press('Control+Enter');

      const notice = second.page.getByRole('alert').filter({ hasText: 'changed here and in another tab at the same time' });
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await draftIn(second).inputValue()).toBe('Welcome, Ana! The second tab, at the same time.');
      await expect.poll(async () => (await stored()).exercises['welcome-a-newcomer']).toMatchObject({
        draft: 'Welcome, Ana! The second tab, at the same time.',
        keptDrafts: [{ draft: 'Welcome, Ana! The first tab, at the same time.' }],
      });
      // The first tab follows, and offers its own draft back from the copy.
      await expect.poll(() => draftIn(first).inputValue()).toBe('Welcome, Ana! The second tab, at the same time.');
      await first.page.getByText('Copies kept from another tab (1)').click();
      expect(await first.page.locator('.kept blockquote').allTextContents()).toEqual(['Welcome, Ana! The first tab, at the same time.']);

      // The second tab chooses the other draft: its own is kept in turn, so both still exist.
      await notice.getByRole('button', { name: "Use the other tab's draft" }).click();
      expect(await draftIn(second).inputValue()).toBe('Welcome, Ana! The first tab, at the same time.');
      const after = (await stored()).exercises['welcome-a-newcomer']!;
      expect(after.draft).toBe('Welcome, Ana! The first tab, at the same time.');
      expect(after.keptDrafts.map((kept) => kept.draft).sort()).toEqual([
        'Welcome, Ana! The first tab, at the same time.',
        'Welcome, Ana! The second tab, at the same time.',
      ]);
      expect(first.consoleErrors).toEqual([]);
      expect(second.consoleErrors).toEqual([]);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
