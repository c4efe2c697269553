import { fileURLToPath } from 'node:url';
import { catalogue } from '@kindling/exercises/catalogue';
import { defineConfig, type DefaultTheme, type PageData } from 'vitepress';
import { withContentSecurityPolicy } from './csp.js';
import { nav, sidebar } from './navigation/index.js';
import { generatedPageSections } from './search-sections.js';

const SRC_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Every page the sidebar links to, in the sidebar's order. */
function sidebarLinks(items: readonly DefaultTheme.SidebarItem[]): string[] {
  return items.flatMap((item) => [...(item.link ? [item.link] : []), ...sidebarLinks(item.items ?? [])]);
}
const IN_SIDEBAR = new Set(sidebarLinks(sidebar).map((link) => link.replace(/\/$/u, '/index')));

/** The tools are used, not read in order: they get no "previous" and "next" page links. */
const TOOL_PAGES = new Set(['playground.md', 'coach-desk.md']);

/**
 * Previous and next links that make sense. VitePress takes them from the sidebar, and a page
 * that is not in it (each exercise) got the sidebar's first page, "Welcome", as its next page.
 * Exercises link to each other in the catalogue's order, between the exercise index and the
 * summary; a tool page, or any other page outside the sidebar, gets none.
 */
function setPrevNext(pageData: PageData): void {
  const { relativePath, frontmatter } = pageData;
  const exerciseId = /^exercises\/(.+)\.md$/u.exec(relativePath)?.[1];
  const position = catalogue.findIndex((exercise) => exercise.id === exerciseId);
  if (position >= 0) {
    const before = catalogue[position - 1];
    const after = catalogue[position + 1];
    frontmatter.prev ??= before ? { text: before.title, link: `/exercises/${before.id}` } : { text: 'All exercises', link: '/exercises/' };
    frontmatter.next ??= after ? { text: after.title, link: `/exercises/${after.id}` } : { text: 'Your summary', link: '/exercises/summary' };
    return;
  }
  const route = `/${relativePath.replace(/\.md$/u, '')}`;
  if (TOOL_PAGES.has(relativePath) || !IN_SIDEBAR.has(route)) {
    frontmatter.prev ??= false;
    frontmatter.next ??= false;
  }
}

// Offline by design: no web fonts, no search service, no remote images, nothing that phones
// home, so a coach can paste a client's draft without it leaving the browser.
export default defineConfig({
  title: 'Kindling',
  description: 'A workshop on kindness on social media, with a live playground that checks drafts against six lessons.',
  lang: 'en',
  cleanUrls: true,
  lastUpdated: false,
  // The site's own icon, so no browser asks for a missing /favicon.ico.
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  transformPageData: setPrevNext,
  transformHtml: (html) => withContentSecurityPolicy(html),
  vite: {
    // 127.0.0.1 only: the dev server is for the person at the keyboard.
    server: { host: '127.0.0.1' },
    resolve: {
      // VitePress's own way to replace a theme component (theme/overrides/ says why for each):
      // the appearance switch is named before hydration, and the search button's name
      // includes all the text it shows. Only the theme's own relative imports are replaced,
      // so an override can still import the stock component.
      alias: [
        { find: /^\.\/VPSwitchAppearance\.vue$/u, replacement: fileURLToPath(new URL('./theme/overrides/SwitchAppearance.vue', import.meta.url)) },
        { find: /^\.\/VPNavBarSearchButton\.vue$/u, replacement: fileURLToPath(new URL('./theme/overrides/SearchButton.vue', import.meta.url)) },
      ],
    },
  },
  // The default light theme's red and grey tokens fall just under WCAG AA contrast.
  markdown: { theme: { light: 'github-light-high-contrast', dark: 'github-dark' } },
  themeConfig: {
    nav,
    sidebar,
    outline: { level: [2, 3] },
    // Local search: the index is built with the site and searched in the browser, offline.
    // Generated pages (rules, exercises) have no file to read, so their sections come from
    // the same data their pages are made from.
    search: {
      provider: 'local',
      options: { miniSearch: { _splitIntoSections: (file: string) => generatedPageSections(SRC_DIR, file) as never } },
    },
    // The appearance switch's accessible name (also its visible label in the phone menu).
    darkModeSwitchLabel: 'Dark theme',
    footer: {
      message: 'Drafts you type on this site never leave your browser: it makes no network requests and has no telemetry.',
      copyright:
        'The six lessons come from Toby Bloomberg\'s post "6 Lessons: Social Media Kindness Creates Real Relationships".',
    },
  },
});
