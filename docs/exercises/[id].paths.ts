import { catalogue } from '@kindling/exercises/catalogue';

// One page per exercise. The scenario is Markdown, so it is rendered here at build time; the
// interactive part runs in ExercisePage.
export default {
  paths() {
    return catalogue.map((exercise) => ({
      params: { id: exercise.id },
      content: `# ${exercise.title}\n\n${exercise.scenario}\n`,
    }));
  },
};
