import type { DefaultTheme } from 'vitepress';

export const startSection: DefaultTheme.SidebarItem = {
  text: 'Start here',
  items: [
    { text: 'Welcome', link: '/' },
    { text: 'Shy online?', link: '/shy-online' },
    { text: 'Playground', link: '/playground' },
  ],
};

export const guidesSection: DefaultTheme.SidebarItem = {
  text: 'Guides',
  items: [
    { text: 'Facilitator guide', link: '/facilitator-guide' },
    { text: 'Coach guide', link: '/coach-guide' },
    { text: 'Developer guide', link: '/developer-guide' },
  ],
};
