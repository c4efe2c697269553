import { readFileSync } from 'node:fs';

/** The version in this package's package.json, read once at start-up. */
export const CLI_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
