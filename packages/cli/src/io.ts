import { Writable } from 'node:stream';

/** What a command may touch of the outside world, so tests can drive commands without a process. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

/**
 * stdout that, once its reader has gone (EPIPE: `kindling lint … | head`), takes writes and
 * drops them, so the run still finishes and exits with its own code rather than 0.
 */
export function pipeSafe(stream: NodeJS.WriteStream): NodeJS.WritableStream {
  let closed = false;
  const isEpipe = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';
  stream.on('error', (error) => {
    if (isEpipe(error)) closed = true;
  });
  return new Writable({
    write(chunk: Uint8Array | string, _encoding, callback) {
      if (closed) return callback();
      stream.write(chunk, (error) => {
        if (isEpipe(error)) closed = true;
        callback(error && !isEpipe(error) ? error : null);
      });
    },
  });
}

export function processIo(): CliIo {
  return {
    stdout: pipeSafe(process.stdout),
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

/** Writes and waits until the text is handed to the stream, so exit codes never cut output short. */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
