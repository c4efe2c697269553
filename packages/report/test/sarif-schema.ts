import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

/**
 * The SARIF 2.1.0 schema (rtm.5, the release the OASIS standard was cut from), as shipped by
 * @microsoft/jest-sarif, so the test never downloads anything. It is written for JSON Schema
 * draft-04; the only draft-04 idiom it uses is `id`, which ajv's draft-07 mode reads as `$id`.
 */
export function sarifValidator(): ValidateFunction {
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { $schema: _draft04, id, ...schema } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  // unicodeRegExp off: the schema's `language` pattern has a stray "]" that only the u flag rejects.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  // The formats the schema uses, checked with the platform's own parsers instead of another dependency.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///') && !/[\s<>"{}|\\^`]/u.test(value));
  ajv.addFormat('date-time', (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/u.test(value));
  return ajv.compile({ ...schema, $id: String(id) });
}
