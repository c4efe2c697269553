import type { DefaultTheme } from 'vitepress';

// The exercise pages themselves are listed on /exercises/ with each attendee's progress; the
// sidebar keeps to the pages around them.
export const exercisesSection: DefaultTheme.SidebarItem = {
  text: 'Exercises',
  link: '/exercises/',
  items: [
    { text: 'All exercises', link: '/exercises/' },
    { text: 'Your summary', link: '/exercises/summary' },
    { text: 'Facilitator view', link: '/exercises/facilitator' },
    { text: 'Presenter mode', link: '/exercises/present' },
    { text: 'Handout (print)', link: '/exercises/handout' },
  ],
};
