import { getLesson, LESSON_NUMBERS } from '@kindling/rules';
import type { DefaultTheme } from 'vitepress';

/** The lesson pages' paths, from the library's own lesson urls, so page and finding links agree. */
export function lessonPath(number: (typeof LESSON_NUMBERS)[number]): string {
  return new URL(getLesson(number).url).pathname;
}

export const lessonsSection: DefaultTheme.SidebarItem = {
  text: 'The six lessons',
  link: '/lessons/',
  items: LESSON_NUMBERS.map((number) => ({ text: `${number}. ${getLesson(number).title}`, link: lessonPath(number) })),
};
