import * as z from 'zod/mini';
import { Config } from './config.js';
import { Draft } from './draft.js';

// A separate entry point (`@kindling/rules/json-schema`): the JSON Schema generator is a third of
// zod's size, and apps that lint in the browser never need it.

/** The Draft schema as JSON Schema (draft 2020-12), for apps not written in TypeScript. */
export function draftJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Draft, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** The config file's schema as JSON Schema, for editors that complete and check configs. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Config, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
