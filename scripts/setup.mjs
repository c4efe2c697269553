// Installs the workspace on first run (or when the lockfile changed), with the pinned pnpm.
// Plain JavaScript on purpose: it runs before TypeScript tooling is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@12.4.2';
const marker = join(root, 'node_modules', '.modules.yaml');
const lockfile = join(root, 'pnpm-lock.yaml');

function isInstalled() {
  if (!existsSync(marker)) return false;
  if (!existsSync(lockfile)) return true;
  return statSync(marker).mtimeMs >= statSync(lockfile).mtimeMs;
}

if (!isInstalled()) {
  console.log('kindling: installing dependencies (first run only)…');
  const args = ['--yes', PNPM, 'install'];
  if (process.env.CI) args.push('--frozen-lockfile');
  try {
    execFileSync('npx', args, { cwd: root, stdio: 'inherit' });
  } catch {
    console.error('kindling: installing dependencies failed; see the output above.');
    process.exit(1);
  }
}
