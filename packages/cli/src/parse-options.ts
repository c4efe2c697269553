import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** parseArgs, with its errors turned into one-line usage errors that point at --help. */
export function parseCommandArgs<O extends Options>(command: string, argv: readonly string[], options: O): Parsed<O> {
  // parseArgs takes "-1" for an option, so `--max-warnings -1` (ESLint's "no limit") is joined
  // into `--max-warnings=-1` first.
  const takesValue = new Set(Object.entries(options).filter(([, option]) => option.type === 'string').map(([name]) => `--${name}`));
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (takesValue.has(arg) && next !== undefined && /^-\d+$/u.test(next)) {
      args.push(`${arg}=${next}`);
      i++;
    } else args.push(arg);
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split(/\.\s/u)[0]!.replace(/\.$/u, '');
    throw new UsageError('unknownOption', { reason, command });
  }
}

/** A whole number option, e.g. --max-warnings 10. */
export function intOption(name: string, value: string | undefined, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\s*-?\d+\s*$/u.test(value) || !Number.isSafeInteger(number) || number < minimum) {
    throw new UsageError('badOptionValue', { option: `--${name}`, expected: `a whole number of at least ${minimum}`, value });
  }
  return number;
}

/** An option that must be one of a list, e.g. --format json. */
export function choiceOption<T extends string>(name: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError('badOptionValue', { option: `--${name}`, expected: `one of ${choices.join(', ')}`, value });
  }
  return value as T;
}
