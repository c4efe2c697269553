// The browser-safe entry of @kindling/exercises. The exercise data itself is in
// @kindling/exercises/catalogue; reading exercise files is in @kindling/exercises/node.
export {
  Exercise,
  ExerciseType,
  ExerciseContext,
  Goals,
  RuleGoal,
  LessonGoal,
  AddressGoal,
  PointGoal,
  SubstanceGoal,
  ShyConcern,
  WriteExercise,
  RewriteExercise,
  SpotExercise,
  LessonNumberSchema,
  type ExerciseInput,
  type DraftExercise,
} from './exercise.js';
export { checkExercise, exerciseDraft, missedLessons, type ExerciseCheck, type GoalResult, type GoalKind } from './check-exercise.js';
export { GENERIC_NON_ANSWERS, nonAnswersFor, passingNonAnswers, wrongChoices, halfPrefixes, type NonAnswer } from './non-answers.js';
export { findAddress, findTerms, measureSubstance, type Substance } from './evidence.js';
export { shyConcerns, type ShyConcernInfo } from './shy-concerns.js';
export {
  Progress,
  ExerciseProgress,
  PROGRESS_KIND,
  PROGRESS_VERSION,
  PROGRESS_STORAGE_KEY,
  emptyProgress,
  exerciseProgress,
  recordDraft,
  recordCheck,
  keepDraft,
  setDisplayName,
  syncProgress,
  sameProgress,
  MAX_NAME_LENGTH,
  recordHint,
  recordModelAnswerShown,
  resetExercise,
  resetAll,
  mergeProgress,
  serialiseProgress,
  parseProgress,
  loadProgress,
  saveProgress,
  type ProgressStorage,
  type CheckOutcome,
  type CheckOptions,
  type SyncResult,
  type Answer,
  type LoadedProgress,
  type ProgressParseResult,
  type SaveResult,
} from './progress.js';
export { isCompleted } from './completion.js';
export { formatFileIssue, type FileIssue } from './file-issue.js';
export { describeContext, type ContextLine } from './describe-context.js';
export {
  renderWorkbookFile,
  readWorkbookAnswer,
  workbookFileName,
  exerciseIdOfFile,
  DRAFT_START,
  DRAFT_END,
  type WorkbookAnswer,
} from './workbook.js';
export { anonymise, sceneVocabulary } from './anonymise.js';
export { summariseRoom, type RoomSummary, type ExerciseSummary, type LessonSummary, type GoalStruggle } from './room.js';
export { roomCsv } from './room-csv.js';
export { agendas, EXERCISE_TIMEBOX_MINUTES, type Agenda, type AgendaItem } from './agenda.js';
