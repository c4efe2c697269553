import * as z from 'zod/mini';
import { Draft, type LessonNumber } from '@kindling/rules';

// zod/mini, as in @kindling/rules: this module runs in the browser on every exercise page.

const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;

export const LessonNumberSchema = z.literal([6, 5, 4, 3, 2, 1] as const satisfies readonly LessonNumber[]);

const nonEmptyText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

/** The four worries of someone who networks well offline but feels awkward online. */
export const ShyConcern = described(
  z.enum(['no-tone-cues', 'knows-no-one', 'uninvited', 'no-answer']),
  'Which "Shy online?" worry the exercise speaks to.',
);
export type ShyConcern = z.infer<typeof ShyConcern>;

export const ExerciseType = described(
  z.enum(['write', 'rewrite', 'spot']),
  'write: a draft from scratch; rewrite: improve a starter; spot: name the lessons a draft misses.',
);
export type ExerciseType = z.infer<typeof ExerciseType>;

// Every Draft field except the ones the attendee supplies (text) or that only callers use.
const { id: _id, text: _text, meta: _meta, ...contextShape } = Draft.shape;

/** The Draft fields that set the scene; strict, so a misspelt field is an error, not ignored. */
export const ExerciseContext = described(z.strictObject(contextShape), 'The situation the draft is written in, as Draft fields.');
export type ExerciseContext = z.infer<typeof ExerciseContext>;

const RuleId = z.string().check(z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u, 'expected a kebab-case rule id'));

/** A rule named by id, with an optional label worded for this exercise. */
export const RuleGoal = z.union([RuleId, z.strictObject({ rule: RuleId, label: nonEmptyText })], {
  error: 'expected a rule id, or { rule, label }',
});
export type RuleGoal = z.infer<typeof RuleGoal>;

export const LessonGoal = z.union(
  [
    LessonNumberSchema,
    z.strictObject({
      lesson: LessonNumberSchema,
      label: z.optional(nonEmptyText),
      minScore: z.optional(described(z.number().check(z.int(), z.minimum(1), z.maximum(100)), 'The lesson score (0..100) the draft must reach as well.')),
    }),
  ],
  { error: 'expected a lesson number 1 to 6, or { lesson, label, minScore }' },
);
export type LessonGoal = z.infer<typeof LessonGoal>;

/** The person a draft must speak to: any of these names or @handles, as a whole word. */
export const AddressGoal = z.strictObject({
  names: described(z.array(nonEmptyText).check(z.minLength(1, 'needs at least one name or @handle')), 'Names or @handles, any of which counts.'),
  label: z.optional(nonEmptyText),
});
export type AddressGoal = z.infer<typeof AddressGoal>;

/** The point a draft must pick up: some of these words or phrases, each matched as a word stem. */
export const PointGoal = z.strictObject({
  terms: described(z.array(nonEmptyText).check(z.minLength(1, 'needs at least one term')), 'Word stems or phrases; "courier" also matches "couriers".'),
  min: z._default(described(z.number().check(z.int(), z.minimum(1)), 'How many different terms must appear.'), 1),
  label: nonEmptyText,
});
export type PointGoal = z.infer<typeof PointGoal>;

/** A minimum of real content: distinct real words, in sentences a person wrote. */
export const SubstanceGoal = z.strictObject({
  words: described(z.number().check(z.int(), z.minimum(2)), 'How many different real words the draft needs.'),
  label: z.optional(nonEmptyText),
});
export type SubstanceGoal = z.infer<typeof SubstanceGoal>;

export const Goals = described(
  z
    .strictObject({
      avoid: z._default(described(z.array(RuleGoal), 'Rules that must not fire.'), []),
      praise: z._default(described(z.array(RuleGoal), 'Rules whose praise must appear.'), []),
      pass: z._default(described(z.array(LessonGoal), 'Lessons that must pass; n/a never counts.'), []),
      address: z.optional(described(AddressGoal, 'The person the draft must speak to.')),
      points: z._default(described(z.array(PointGoal), 'Points the draft must pick up.'), []),
      substance: z.optional(described(SubstanceGoal, 'The least real content the draft must have.')),
    })
    .check(
      z.refine((goals) => goals.praise.length + goals.points.length > 0 || goals.address !== undefined || goals.substance !== undefined || goals.pass.some((goal) => typeof goal === 'object' && goal.minScore !== undefined), {
        message: 'needs a goal an empty or generic draft cannot meet: praise, address, points, substance, or a pass with minScore',
      }),
    ),
  'What a draft must do to complete the exercise.',
);
export type Goals = z.infer<typeof Goals>;

const common = {
  id: described(z.string().check(z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u, 'expected a kebab-case id')), 'Unique, kebab-case; the page address.'),
  title: nonEmptyText,
  lessons: described(z.array(LessonNumberSchema).check(z.minLength(1, 'needs at least one lesson')), 'The lessons the exercise trains.'),
  concern: z.optional(ShyConcern),
  context: ExerciseContext,
  hints: described(
    z.array(nonEmptyText).check(z.minLength(2, 'needs 2 or 3 hints'), z.maxLength(3, 'needs 2 or 3 hints')),
    'From gentle to specific.',
  ),
  modelAnswer: described(nonEmptyText, 'A draft that meets every goal.'),
  debrief: described(nonEmptyText, 'Why the model answer works.'),
  scenario: described(nonEmptyText, 'The situation, in Markdown: the body of the exercise file.'),
};

const counterexamples = z._default(
  described(z.array(nonEmptyText), 'Plausible drafts that miss the point; each must fail a goal.'),
  [],
);

export const WriteExercise = z.strictObject({ ...common, type: z.literal('write'), goals: Goals, counterexamples });
export type WriteExercise = z.infer<typeof WriteExercise>;

export const RewriteExercise = z.strictObject({
  ...common,
  type: z.literal('rewrite'),
  starter: described(nonEmptyText, 'The draft to improve; it must fail its goals.'),
  goals: Goals,
  counterexamples,
});
export type RewriteExercise = z.infer<typeof RewriteExercise>;

export const SpotExercise = z
  .strictObject({
    ...common,
    type: z.literal('spot'),
    draft: described(nonEmptyText, 'The draft to inspect.'),
    choices: described(z.array(LessonNumberSchema).check(z.minLength(2, 'needs at least 2 choices')), 'The lessons offered.'),
    correct: described(z.array(LessonNumberSchema).check(z.minLength(1, 'needs at least 1 correct lesson')), 'The lessons the draft misses.'),
    modelAnswerContext: z.optional(
      described(ExerciseContext, 'Where the model answer goes, when the better move is a different message, such as a comment instead of a third DM.'),
    ),
  })
  .check(
    z.refine((spot) => spot.correct.every((lesson) => spot.choices.includes(lesson)), {
      message: 'every correct lesson must be among the choices',
      path: ['correct'],
    }),
  );
export type SpotExercise = z.infer<typeof SpotExercise>;

export const Exercise = z
  .discriminatedUnion('type', [WriteExercise, RewriteExercise, SpotExercise])
  .check(z.meta({ id: 'Exercise', title: 'Kindling exercise' }));
export type Exercise = z.infer<typeof Exercise>;
export type ExerciseInput = z.input<typeof Exercise>;

/** A draft exercise: one the attendee answers by writing text. */
export type DraftExercise = WriteExercise | RewriteExercise;
