// The Node-only entry, @kindling/exercises/node: reading and validating the exercise files.
export { contentDir, loadExercises, type LoadedExercises } from './load-exercises.js';
export { validateCatalogue, type CatalogueReport } from './validate-catalogue.js';
export { parseExercise, type ParsedExercise, type LocateField } from '../parse-exercise.js';
