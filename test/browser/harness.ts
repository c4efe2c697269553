/// <reference lib="dom" />
// DOM types: callbacks passed to page.evaluate() run in the browser.

/**
 * The shared harness for browser tests: serves the built site (docs/.vitepress/dist) on
 * 127.0.0.1 and drives Debian's chromium through playwright-core.
 *
 *   const site = await openSite();          // in beforeAll
 *   const visit = await site.visit('/playground');   // resolves once the page has hydrated
 *   await visit.page.getByLabel('Your draft').fill('…');
 *   expect(visit.consoleErrors).toEqual([]);
 *   expect(visit.foreignRequests).toEqual([]);
 *   await visit.close();
 *   await site.close();                     // in afterAll
 *
 * Every request to a host other than the local server is recorded and aborted, so a test can
 * prove that nothing leaves the browser without anything actually leaving it.
 */
import { readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server.js';

export const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', '.vitepress', 'dist');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Playwright's waits (navigation, locators) give up after this long. Well above what a page
 * needs on a busy machine; the test timeout stays the outer bound.
 */
const PAGE_WAIT_MS = 60_000;

/** The WCAG 2 A and AA tags the site must pass with zero violations. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface Visit {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught exceptions, in order. */
  readonly consoleErrors: string[];
  /** URLs the page tried to fetch from any host but the local server (each was aborted). */
  readonly foreignRequests: string[];
  /** URLs of every script the page loaded from the local server. */
  readonly scripts: string[];
  close(): Promise<void>;
}

export interface VisitOptions {
  /** Keep localStorage and the like from an earlier visit. Defaults to a fresh profile. */
  context?: BrowserContext;
  /** The window size of a fresh profile (ignored with `context`). Defaults to Playwright's 1280×720. */
  viewport?: Viewport;
}

export interface Viewport {
  width: number;
  height: number;
}

/** The two window sizes the site is checked at: a laptop and a phone. */
export const VIEWPORTS = {
  wide: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const satisfies Record<string, Viewport>;

export interface Site {
  /** e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  readonly browser: Browser;
  /** Opens a page of the site (in a fresh browser context unless given one) once it is hydrated. */
  visit(path: string, options?: VisitOptions): Promise<Visit>;
  close(): Promise<void>;
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`The site is not built: run "pnpm docs:build" first (looked for ${join(DIST, 'index.html')}).`);
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.KINDLING_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

async function track(site: StaticServer, context: BrowserContext, ownsContext: boolean): Promise<Visit> {
  context.setDefaultTimeout(PAGE_WAIT_MS);
  context.setDefaultNavigationTimeout(PAGE_WAIT_MS);
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const scripts: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === site.origin) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`Uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().startsWith(site.origin)) scripts.push(request.url());
  });
  return {
    page,
    context,
    consoleErrors,
    foreignRequests,
    scripts,
    close: () => (ownsContext ? context.close() : page.close()),
  };
}

/**
 * Waits until the page's Vue app has hydrated: VitePress mounts it once the first route has
 * loaded, and Vue marks the container with the app when mounting (and every onMounted hook)
 * is done. Then one more frame, so what the mount changed is laid out. Until then the page is
 * server-rendered HTML: buttons do nothing, and anything named only on the client is unnamed,
 * so axe and assertions must not look at it earlier. Call it again after a reload.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.getElementById('app') as (HTMLElement & { __vue_app__?: unknown }) | null;
    return app?.__vue_app__ !== undefined;
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Serves the built site and launches chromium. Call `close()` when done. */
export async function openSite(): Promise<Site> {
  assertBuilt();
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  return {
    origin: server.origin,
    browser,
    async visit(path, options = {}) {
      const context = options.context ?? (await browser.newContext(options.viewport ? { viewport: options.viewport } : {}));
      const visit = await track(server, context, options.context === undefined);
      // networkidle: every module the page asked for has loaded; then the app must have hydrated.
      await visit.page.goto(server.origin + path, { waitUntil: 'networkidle' });
      await waitForHydration(visit.page);
      return visit;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Runs axe-core on the page for the WCAG 2 A and AA tags and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol, not added as a <script>: the site's
  // Content-Security-Policy rightly refuses inline scripts it has no hash for.
  await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const result = await (globalThis as unknown as { axe: typeof axe }).axe.run({
      runOnly: { type: 'tag', values: [...tags] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
  }, WCAG_TAGS);
}

/** Every page of the built site as a clean URL path, e.g. `/lessons/6-provide-value`. */
export function sitePages(): string[] {
  assertBuilt();
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'assets') walk(path);
      } else if (entry.name.endsWith('.html') && path !== join(DIST, '404.html')) {
        const route = `/${relative(DIST, path).split(sep).join('/')}`.replace(/(?:index)?\.html$/u, '');
        pages.push(route);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}
