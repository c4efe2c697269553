// The built catalogue (pnpm build), the same data the exercise pages are generated from.
import { catalogue } from '../../exercises/dist/catalogue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSite, sitePages, VIEWPORTS, type Site } from './harness.js';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe.concurrent.each(sitePages())('page %s', (path) => {
  it('loads with no console error and no request to another host, and has no WCAG 2 A/AA violation once hydrated, wide or on a phone', async () => {
    const visit = await site.visit(path, { viewport: VIEWPORTS.wide });
    try {
      expect(visit.consoleErrors).toEqual([]);
      expect(visit.foreignRequests).toEqual([]);
      expect(await axeViolations(visit.page)).toEqual([]);
      // The same page, laid out for a phone: the nav collapses into a menu, the playground into a bar.
      await visit.page.setViewportSize(VIEWPORTS.phone);
      await visit.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await axeViolations(visit.page)).toEqual([]);
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

describe('every built page', () => {
  it('carries a Content-Security-Policy that allows nothing from another host', async () => {
    const visit = await site.visit('/rules/warm-tone');
    try {
      const policy = await visit.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+; /u);
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toMatch(/https?:/u);
      // An inline script the policy has no hash for does not run.
      const ran = await visit.page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.head.append(script);
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(ran).toBe(false);
    } finally {
      await visit.close();
    }
  });

  it('names the appearance switch in the server-rendered HTML, before any script runs', async () => {
    const response = await fetch(`${site.origin}/rules/warm-tone`);
    const html = await response.text();
    const switches = [...html.matchAll(/<button[^>]*role="switch"[^>]*>/gu)].map((match) => match[0]);
    expect(switches.length).toBeGreaterThan(0);
    for (const button of switches) expect(button).toContain('aria-label="Dark theme"');
  });
});

describe.each(Object.entries(VIEWPORTS))('the site at %s size', (name, viewport) => {
  const isPhone = name === 'phone';

  it('reaches the coach desk from the nav', async () => {
    const visit = await site.visit('/', { viewport });
    try {
      const { page } = visit;
      if (isPhone) await page.getByRole('button', { name: 'Mobile navigation' }).click();
      const nav = isPhone ? page.locator('.VPNavScreen') : page.locator('.VPNavBar');
      await nav.getByRole('link', { name: 'Coach desk', exact: true }).click();
      await page.waitForURL(`${site.origin}/coach-desk`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Coach desk');
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('finds a rule page with the local search, offline', async () => {
    const visit = await site.visit('/', { viewport });
    try {
      const { page } = visit;
      await page.getByRole('button', { name: 'Search' }).first().click();
      await page.locator('.VPLocalSearchBox input').fill('shouting');
      const hit = page.locator('.VPLocalSearchBox .results a[href*="/rules/no-shouting"]').first();
      await hit.waitFor();
      await hit.click();
      await page.waitForURL(new RegExp(`^${site.origin}/rules/no-shouting(#.*)?$`, 'u'));
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('no-shouting');
      expect(visit.foreignRequests).toEqual([]);
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

describe('page links and lists', () => {
  it('links an exercise to its neighbours in the catalogue, never to the welcome page', async () => {
    const [first, second] = catalogue;
    if (!first || !second) throw new Error('the catalogue needs two exercises for this check');
    const visit = await site.visit(`/exercises/${second.id}`);
    try {
      const pager = visit.page.locator('.VPDocFooter .pager');
      expect(await pager.locator('a.pager-link.prev').getAttribute('href')).toBe(`/exercises/${first.id}`);
      expect(await pager.locator('a.pager-link.prev .title').textContent()).toBe(first.title);
      expect(await pager.locator('a.pager-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).not.toContain('/');
      await visit.page.goto(`${site.origin}/exercises/${catalogue[catalogue.length - 1]!.id}`);
      expect(await visit.page.locator('a.pager-link.next').getAttribute('href')).toBe('/exercises/summary');
    } finally {
      await visit.close();
    }
  });

  it.each(['/playground', '/coach-desk'])('gives the tool page %s no previous or next page', async (path) => {
    const visit = await site.visit(path);
    try {
      expect(await visit.page.locator('a.pager-link').count()).toBe(0);
    } finally {
      await visit.close();
    }
  });

  it('counts the lessons down on the home page, 6 to 1', async () => {
    const visit = await site.visit('/');
    try {
      const list = visit.page.locator('ol.countdown');
      // A reversed list starting at 6 with six items numbers them 6, 5, 4, 3, 2, 1.
      expect(await list.evaluate((ol) => [(ol as HTMLOListElement).reversed, (ol as HTMLOListElement).start])).toEqual([true, 6]);
      const items = list.locator(':scope > li');
      expect(await items.count()).toBe(6);
      expect(await items.first().textContent()).toBe('Provide value');
    } finally {
      await visit.close();
    }
  });

  it('styles a file input’s button as the buttons beside it', async () => {
    const visit = await site.visit('/coach-desk');
    try {
      const styles = await visit.page.evaluate(() => {
        const input = document.getElementById('coach-desk-file') as HTMLInputElement;
        const button = getComputedStyle(input, '::file-selector-button');
        const brand = getComputedStyle(document.documentElement).getPropertyValue('--vp-c-brand-1').trim();
        const probe = document.createElement('span');
        probe.style.color = brand;
        document.body.append(probe);
        const brandColour = getComputedStyle(probe).color;
        probe.remove();
        return { border: button.borderTopColor, text: button.color, radius: button.borderTopLeftRadius, brandColour };
      });
      expect(styles.border).toBe(styles.brandColour);
      expect(styles.text).toBe(styles.brandColour);
      expect(styles.radius).toBe('6px');
    } finally {
      await visit.close();
    }
  });

  it.each([
    ['/playground', '#playground-draft'],
    ['/coach-desk', '#coach-desk-file'],
    ['/coach-desk', '#coach-desk-paste'],
    ['/exercises/', 'input[type="file"]'],
    [`/exercises/${catalogue[0]!.id}`, '#exercise-draft'],
  ])('draws a visible focus outline on %s %s', async (path, selector) => {
    const visit = await site.visit(path);
    try {
      const control = visit.page.locator(selector).first();
      await control.focus();
      // Focus from the keyboard, as a keyboard user would see it.
      await visit.page.keyboard.press('Shift+Tab');
      await visit.page.keyboard.press('Tab');
      const outline = await visit.page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const target = active.matches('input[type="file"]') && active.closest('label') ? active.closest('label')! : active;
        const style = getComputedStyle(target);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    } finally {
      await visit.close();
    }
  });
});
