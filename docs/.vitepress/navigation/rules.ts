import { getLesson, LESSON_NUMBERS, rules } from '@kindling/rules';
import type { DefaultTheme } from 'vitepress';

export const rulesSection: DefaultTheme.SidebarItem = {
  text: 'Rule reference',
  link: '/rules/',
  collapsed: true,
  items: LESSON_NUMBERS.map((number) => ({
    text: `Lesson ${number}: ${getLesson(number).title}`,
    items: rules.filter((rule) => rule.meta.lesson === number).map((rule) => ({ text: rule.id, link: `/rules/${rule.id}` })),
  })),
};
