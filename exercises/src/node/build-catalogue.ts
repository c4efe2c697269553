// Build step: turns the exercise files into dist/catalogue.js, a module the site imports in the
// browser and the CLI imports in Node, so neither parses Markdown or YAML at run time.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatFileIssue } from '../file-issue.js';
import { validateIds } from '../validate-exercises.js';
import { loadExercises } from './load-exercises.js';

const distDir = fileURLToPath(new URL('../', import.meta.url));

const { exercises, issues } = loadExercises();
const problems = [...issues, ...validateIds(exercises)];
if (problems.length > 0) {
  for (const issue of problems) process.stderr.write(`${formatFileIssue(issue)}\n`);
  process.exitCode = 1;
} else {
  const data = JSON.stringify(exercises.map((located) => located.exercise), null, 1);
  writeFileSync(`${distDir}catalogue.js`, `// Generated from exercises/content by the build. Do not edit.\nexport const catalogue = ${data};\n`);
  writeFileSync(
    `${distDir}catalogue.d.ts`,
    "import type { Exercise } from './exercise.js';\n/** Every exercise, in lesson order. */\nexport declare const catalogue: readonly Exercise[];\n",
  );
  process.stdout.write(`Built ${exercises.length} exercises into dist/catalogue.js\n`);
}
