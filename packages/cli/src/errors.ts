import { cliMessage, type CliMessageCode, type MessageData } from './messages.js';

/** Bad arguments: the command stops at once with exit code 2. */
export class UsageError extends Error {
  constructor(code: CliMessageCode, data?: MessageData) {
    super(cliMessage(code, data));
    this.name = 'UsageError';
  }
}

/** A source that cannot be read as text, with the line where reading failed when known. */
export class InputError extends Error {
  readonly line: number | undefined;
  constructor(code: CliMessageCode, data?: MessageData, line?: number) {
    super(cliMessage(code, data));
    this.name = 'InputError';
    this.line = line;
  }
}

/** The one line a user sees for an unexpected failure: never a stack trace. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
