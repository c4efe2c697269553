// The workshop agendas of the facilitator guide, as data for the presenter's timer. A test reads
// the guide's tables and checks they say the same, so the two cannot drift apart.

export interface AgendaItem {
  /** When it starts, from the start of the workshop, as the guide writes it: `1:45`. */
  start: string;
  minutes: number;
  what: string;
}

export interface Agenda {
  id: string;
  title: string;
  items: readonly AgendaItem[];
}

export const agendas: readonly Agenda[] = [
  {
    id: 'half-day',
    title: 'Half-day agenda (3½ hours)',
    items: [
      { start: '0:00', minutes: 15, what: 'Welcome. Each person names one online exchange that turned into a real relationship.' },
      { start: '0:15', minutes: 15, what: 'The idea: six lessons counting down to "online kindness creates real relationships". Credit Toby Bloomberg\'s post.' },
      { start: '0:30', minutes: 30, what: 'Lessons 6 and 5 (provide value, be generous): read the pages in pairs, then the exercises.' },
      { start: '1:00', minutes: 30, what: 'Lesson 4 ("talk" to people): rewrite a "Great post!" reply in the playground until it extends the conversation.' },
      { start: '1:30', minutes: 15, what: 'Break.' },
      { start: '1:45', minutes: 25, what: "Lessons 3 and 2 (appreciation; taking online offline, Richard Binhammer's line): thank-you and invitation exercises." },
      { start: '2:10', minutes: 25, what: 'Lesson 1 (kindness creates relationships): rewrite a hostile reply together, on the projector.' },
      { start: '2:35', minutes: 25, what: 'Shy online?: the four worries, in small groups; each group picks one practice to try this week.' },
      { start: '3:00', minutes: 20, what: "Own drafts: everyone lints a real post they want to publish, and a neighbour reviews the feedback with them." },
      { start: '3:20', minutes: 10, what: 'Close: export progress, one commitment each.' },
    ],
  },
  {
    id: '90-minute',
    title: '90-minute agenda',
    items: [
      { start: '0:00', minutes: 10, what: 'Welcome and the six lessons at a glance.' },
      { start: '0:10', minutes: 20, what: 'Lessons 6, 5 and 4: one exercise each, in pairs.' },
      { start: '0:30', minutes: 20, what: 'Lessons 3, 2 and 1: one exercise each, in pairs.' },
      { start: '0:50', minutes: 15, what: 'Shy online?: pick the worry that fits you best and read its practices.' },
      { start: '1:05', minutes: 15, what: 'Own drafts in the playground.' },
      { start: '1:20', minutes: 10, what: 'Close: export progress, one commitment each.' },
    ],
  },
];

/** The guide's timebox for one exercise: "five to eight minutes per exercise is enough". */
export const EXERCISE_TIMEBOX_MINUTES = [5, 8] as const;
