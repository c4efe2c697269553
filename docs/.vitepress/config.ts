import { defineConfig } from 'vitepress';
import { nav, sidebar } from './navigation/index.js';

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
  // 127.0.0.1 only: the dev server is for the person at the keyboard.
  vite: { server: { host: '127.0.0.1' } },
  // The default light theme's red and grey tokens fall just under WCAG AA contrast.
  markdown: { theme: { light: 'github-light-high-contrast', dark: 'github-dark' } },
  themeConfig: {
    nav,
    sidebar,
    outline: { level: [2, 3] },
    footer: {
      message: 'Drafts you type on this site never leave your browser: it makes no network requests and has no telemetry.',
      copyright:
        'The six lessons come from Toby Bloomberg\'s post "6 Lessons: Social Media Kindness Creates Real Relationships".',
    },
  },
});
