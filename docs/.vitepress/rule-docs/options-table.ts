import * as z from 'zod/mini';
import type { Rule } from '@kindling/rules';

export interface OptionRow {
  name: string;
  type: string;
  default: string;
  /** Limits such as "≥ 2" or "one of a, b", when the schema sets any. */
  allowed: string;
  description: string;
}

interface JsonSchema {
  type?: string | string[];
  items?: JsonSchema;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  description?: string;
  properties?: Record<string, JsonSchema>;
}

function typeName(schema: JsonSchema): string {
  if (schema.enum) return 'string';
  if (schema.type === 'array') return `${schema.items ? typeName(schema.items) : 'any'}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  return schema.type ?? 'any';
}

function limits(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.enum) parts.push(`one of ${schema.enum.map((value) => JSON.stringify(value)).join(', ')}`);
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  if (schema.minItems !== undefined) parts.push(`at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`);
  if (schema.items?.enum) parts.push(`items one of ${schema.items.enum.map((value) => JSON.stringify(value)).join(', ')}`);
  return parts.join('; ');
}

/** A rule's options as table rows, read from its zod options schema. */
export function optionRows(rule: Rule): OptionRow[] {
  const schema = z.toJSONSchema(rule.meta.options, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const defaults = rule.defaultOptions as Record<string, unknown>;
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    type: typeName(property),
    default: JSON.stringify(defaults[name] ?? property.default ?? null),
    allowed: limits(property),
    description: property.description ?? '',
  }));
}
