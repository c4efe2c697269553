import type { DefaultTheme } from 'vitepress';

export const startSection: DefaultTheme.SidebarItem = {
  text: 'Start here',
  items: [
    { text: 'Welcome', link: '/' },
    { text: 'Shy online?', link: '/shy-online' },
  ],
};

export const toolsSection: DefaultTheme.SidebarItem = {
  text: 'Tools',
  items: [
    { text: 'Playground', link: '/playground' },
    { text: 'Coach desk', link: '/coach-desk' },
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
