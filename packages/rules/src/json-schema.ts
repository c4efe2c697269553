import * as z from 'zod/mini';
import { Config, SeverityOrOffSchema } from './config.js';
import type { Rule } from './define-rule.js';
import { Draft } from './draft.js';
import { rules as builtInRules } from './rules/index.js';

// A separate entry point (`@kindling/rules/json-schema`): the JSON Schema generator is a third of
// zod's size, and apps that lint in the browser never need it.

/** The Draft schema as JSON Schema (draft 2020-12), for apps not written in TypeScript. */
export function draftJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Draft, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

/**
 * A rule's options as config files may write them. Rule schemas are plain objects, which strip
 * unknown keys, but resolveConfig rejects them as typos, so the JSON Schema does too.
 */
function optionsAsWritten(options: z.ZodMiniType): z.ZodMiniType {
  return options instanceof z.ZodMiniObject ? z.strictObject(options.def.shape) : options;
}

// One definition that every rule's setting refers to, rather than sixteen copies of the enum.
const severity = SeverityOrOffSchema.check(z.meta({ id: 'SeverityOrOff' }));

function ruleSetting(rule: Rule): z.ZodMiniType {
  return z.optional(
    z
      .union([severity, z.tuple([severity]), z.tuple([severity, optionsAsWritten(rule.meta.options)])])
      .check(z.describe(rule.meta.description)),
  );
}

/**
 * The config file's schema as JSON Schema, for editors that complete and check configs. Each
 * rule has its own entry with its own options, so an unknown rule id or option is an error.
 * Pass the custom rules an app adds to have them in the schema too.
 */
export function configJsonSchema(customRules: readonly Rule[] = []): Record<string, unknown> {
  const rules = z.strictObject(Object.fromEntries([...builtInRules, ...customRules].map((rule) => [rule.id, ruleSetting(rule)])));
  const schema = z
    .strictObject({ ...Config.def.shape, rules: z.optional(rules.check(z.describe('Per-rule severity, or [severity, options].'))) })
    .check(z.meta({ id: 'Config', title: 'Kindling config' }));
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
