export const DOCS_BASE_URL = 'https://kindling.dev';

export type LessonNumber = 1 | 2 | 3 | 4 | 5 | 6;

export interface Lesson {
  number: LessonNumber;
  title: string;
  summary: string;
  url: string;
}

function lesson(number: LessonNumber, slug: string, title: string, summary: string): Lesson {
  return { number, title, summary, url: `${DOCS_BASE_URL}/lessons/${number}-${slug}` };
}

/**
 * The six lessons of Toby Bloomberg's "6 Lessons: Social Media Kindness Creates Real
 * Relationships", in the post's countdown order.
 */
export const lessons: readonly Lesson[] = [
  lesson(6, 'provide-value', 'Provide value', 'Post what your community actually cares about.'),
  lesson(5, 'be-generous', 'Be generous', "Share your community's content, and credit the person who made it."),
  lesson(4, 'talk-to-people', '"Talk" to people', 'Reply in a way that extends the conversation, with thoughts, insight or information.'),
  lesson(3, 'appreciation-counts', 'Appreciation counts', 'Thank people when they share or mention you.'),
  lesson(2, 'take-it-offline', 'Love taking online offline', 'Move a real conversation to DM, phone or coffee: not through a bot, and not to pitch.'),
  lesson(1, 'kindness-creates-relationships', 'Online kindness creates real relationships', 'Warmth, not hostility: kindness online is what turns contacts into relationships.'),
];

export const LESSON_NUMBERS: readonly LessonNumber[] = [6, 5, 4, 3, 2, 1];

export function getLesson(number: LessonNumber): Lesson {
  const found = lessons.find((l) => l.number === number);
  if (!found) throw new RangeError(`No lesson ${number}`);
  return found;
}
