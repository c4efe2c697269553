// The site's navigation, one module per section: to add a section, write its module and list it here.
import type { DefaultTheme } from 'vitepress';
import { exercisesSection } from './exercises.js';
import { guidesSection, startSection, toolsSection } from './guides.js';
import { lessonsSection } from './lessons.js';
import { rulesSection } from './rules.js';

export const sidebar: DefaultTheme.SidebarItem[] = [startSection, toolsSection, lessonsSection, exercisesSection, guidesSection, rulesSection];

export const nav: DefaultTheme.NavItem[] = [
  { text: 'Lessons', link: '/lessons/', activeMatch: '^/lessons/' },
  { text: 'Playground', link: '/playground' },
  { text: 'Coach desk', link: '/coach-desk' },
  { text: 'Exercises', link: '/exercises/', activeMatch: '^/exercises/' },
  {
    text: 'Guides',
    items: [
      { text: 'Facilitators', link: '/facilitator-guide' },
      { text: 'Coaches', link: '/coach-guide' },
      { text: 'Developers', link: '/developer-guide' },
    ],
  },
  { text: 'Rules', link: '/rules/', activeMatch: '^/rules/' },
];
