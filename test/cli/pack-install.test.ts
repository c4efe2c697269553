import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../exercises/dist/catalogue.js';
import { CLI, ROOT, type CliRun, type JsonReport } from './run-cli.js';

// Packs every package the CLI needs with pnpm, installs the tarballs with npm into an empty
// folder outside the repository, and uses them there as someone who installed Kindling would.

interface PackedPackage {
  name: string;
  version: string;
  filename: string;
  files: { path: string }[];
}

interface Manifest {
  name: string;
  version: string;
  license?: string;
  engines?: { node?: string };
  repository?: { type: string; url: string; directory: string };
  bin?: Record<string, string>;
  exports?: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
}

const PNPM = join(ROOT, 'node_modules', '.bin', 'pnpm');
const NPM_CLIENT_DIR = dirname(process.execPath);
/** Nothing answers on port 9 (discard), so any request npm makes for a @kindling package fails at once. */
const NO_REGISTRY = 'http://127.0.0.1:9/';

/**
 * The environment of someone outside the repository: none of the npm_* settings that
 * `pnpm run` passes down, and no PATH entry inside the repository, so the workspace's own
 * node_modules/.bin cannot answer for the installed `kindling`.
 */
function outsideEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/iu.test(key) && key !== 'NODE_OPTIONS' && key !== 'FORCE_COLOR') env[key] = value;
  }
  const path = (process.env.PATH ?? '').split(delimiter).filter((entry) => entry !== '' && !entry.startsWith(ROOT));
  env.PATH = [NPM_CLIENT_DIR, ...path].join(delimiter);
  env.NO_COLOR = '1';
  return env;
}

function run(command: string, args: readonly string[], cwd: string): CliRun {
  const result = spawnSync(command, args, { cwd, env: outsideEnv(), encoding: 'utf8', timeout: 240_000 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a command and fails with its output when it does not exit 0. */
function succeed(command: string, args: readonly string[], cwd: string): CliRun {
  const result = run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result;
}

const CLI_NAME = 'kindling';
/** `--no`: run the installed bin or fail; never install a package of that name from the registry. */
const NPX = ['--no', '--', CLI_NAME];
const DRAFTS_CSV = [
  'text,kind,sharing.author,sharing.url',
  'Great read on pricing: https://example.org/pricing,share,@ana_writes,https://example.org/pricing',
  '"Thanks @ana_writes for this guide to pricing, the part on deposits saved me: https://example.org/pricing",share,@ana_writes,https://example.org/pricing',
  '',
].join('\n');

// The README's example: a reply that could sit under any post.
const DRAFT = `{ text: 'Great post!', kind: 'reply', replyingTo: { author: '@jason', text: 'Can you build online relationships that go beyond a like?' } }`;
const USE_RULES_ESM = `import { lint } from '@kindling/rules';
import { ruleDocs } from '@kindling/rules/docs';
import { draftJsonSchema } from '@kindling/rules/json-schema';
import { catalogue } from '@kindling/exercises/catalogue';
const findings = lint(${DRAFT}).findings.map(({ ruleId, range }) => ({ ruleId, range }));
console.log(JSON.stringify({
  resolved: import.meta.resolve('@kindling/rules'),
  findings,
  documented: typeof ruleDocs['no-low-effort-reply'],
  schema: draftJsonSchema().$schema,
  exercises: catalogue.length,
}));
`;
const USE_RULES_CJS = `const { lint } = require('@kindling/rules');
const { ruleDocs } = require('@kindling/rules/docs');
const { draftJsonSchema } = require('@kindling/rules/json-schema');
const findings = lint(${DRAFT}).findings.map(({ ruleId, range }) => ({ ruleId, range }));
console.log(JSON.stringify({
  resolved: require.resolve('@kindling/rules'),
  findings,
  documented: typeof ruleDocs['no-low-effort-reply'],
  schema: draftJsonSchema().$schema,
}));
`;
// Type-checked against the installed declarations, as an ES module and as CommonJS.
const TYPED_ESM = `import { lint, type LintResult } from '@kindling/rules';
import { draftJsonSchema } from '@kindling/rules/json-schema';
import { parseInput } from '@kindling/inputs';
import { formatJson } from '@kindling/report';
import { catalogue } from '@kindling/exercises/catalogue';
import { checkExercise } from '@kindling/exercises';
const result: LintResult = lint({ text: 'Hello' });
const ruleIds: string[] = result.findings.map((finding) => finding.ruleId);
export { ruleIds, draftJsonSchema, parseInput, formatJson, catalogue, checkExercise };
`;
const TYPED_CJS = `import rules = require('@kindling/rules');
const ruleIds: string[] = rules.lint({ text: 'Hello' }).findings.map((finding) => finding.ruleId);
export = ruleIds;
`;
const TSCONFIG = JSON.stringify({
  compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
  files: ['typed.mts', 'typed.cts'],
});

let folder = '';
let project = '';
let packed: PackedPackage[] = [];
let install: CliRun;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('the packages are not built: run `pnpm run build` first');
  folder = mkdtempSync(join(tmpdir(), 'kindling-pack-'));
  project = join(folder, 'project');
  mkdirSync(project);
  const pack = succeed(PNPM, ['--recursive', '--filter', `${CLI_NAME}...`, 'pack', '--pack-destination', join(folder, 'tarballs'), '--json'], ROOT);
  packed = JSON.parse(pack.stdout) as PackedPackage[];
  const dependencies = Object.fromEntries(packed.map(({ name, filename }) => [name, `file:${filename}`]));
  // The CLI's own dependencies on the libraries resolve to the same tarballs, not to a registry.
  const overrides = Object.fromEntries(packed.filter(({ name }) => name !== CLI_NAME).map(({ name }) => [name, `$${name}`]));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'installs-kindling', private: true, dependencies, overrides }, null, 2));
  writeFileSync(join(project, 'drafts.csv'), DRAFTS_CSV);
  writeFileSync(join(project, 'use-rules.mjs'), USE_RULES_ESM);
  writeFileSync(join(project, 'use-rules.cjs'), USE_RULES_CJS);
  writeFileSync(join(project, 'typed.mts'), TYPED_ESM);
  writeFileSync(join(project, 'typed.cts'), TYPED_CJS);
  writeFileSync(join(project, 'tsconfig.json'), TSCONFIG);
  install = succeed(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=http', '--fetch-retries=0', `--@kindling:registry=${NO_REGISTRY}`],
    project,
  );
}, 300_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function installedManifest(name: string): Manifest {
  return JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')) as Manifest;
}

describe('pnpm pack, then npm install in an empty folder', () => {
  it('packs the CLI and every workspace package it needs, each with its license', () => {
    expect(packed.map(({ name }) => name).sort()).toEqual(['@kindling/exercises', '@kindling/inputs', '@kindling/report', '@kindling/rules', CLI_NAME]);
    for (const { name, files } of packed) {
      const paths = files.map(({ path }) => path);
      expect(paths, name).toContain('LICENSE');
      expect(paths.some((path) => path.startsWith('dist/')), name).toBe(true);
      // Source maps point at src/, which is not packed.
      expect(paths.filter((path) => path.endsWith('.map')), name).toEqual([]);
    }
    expect(packed.find(({ name }) => name === '@kindling/exercises')!.files.map(({ path }) => path)).toContain('dist/catalogue.js');
  });

  it('installs our packages from the tarballs alone, asking no registry for them', () => {
    // npm's http log names every package it fetches or takes from its cache.
    expect(install.stderr).toContain('npm http cache @kindling/rules@file:');
    expect(install.stderr).not.toMatch(/^npm http fetch .*@kindling/mu);
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string }> };
    for (const { name, filename } of packed) {
      expect(lock.packages[`node_modules/${name}`]?.resolved, name).toBe(`file:../tarballs/${basename(filename)}`);
    }
  });

  it('ships manifests with real versions, exports with types and default, engines, repository and license', () => {
    for (const { name, version } of packed) {
      const manifest = installedManifest(name);
      expect(manifest.version).toBe(version);
      expect(manifest.license, name).toBe('MIT');
      expect(manifest.engines?.node, name).toBe('^20.19.0 || >=22.12.0');
      expect(manifest.repository, name).toMatchObject({ type: 'git', url: expect.stringMatching(/^git\+https:\/\//u) as string });
      const versions = Object.values(manifest.dependencies ?? {});
      expect(versions.filter((spec) => /^(workspace|catalog):/u.test(spec)), name).toEqual([]);
      const entries = Object.entries(manifest.exports ?? {}).filter(([subpath]) => subpath !== './package.json');
      for (const [subpath, target] of entries) {
        expect(Object.keys(target), `${name} ${subpath}`).toEqual(['types', 'default']);
        for (const file of Object.values(target)) expect(existsSync(join(project, 'node_modules', name, file)), `${name} ${file}`).toBe(true);
      }
      if (name !== CLI_NAME) expect(entries.length, name).toBeGreaterThan(0);
    }
  });

  it('links the kindling bin to an executable file with a shebang', () => {
    const { bin } = installedManifest(CLI_NAME);
    const target = join(project, 'node_modules', CLI_NAME, bin![CLI_NAME]!);
    accessSync(target, constants.X_OK);
    expect(readFileSync(target, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    accessSync(join(project, 'node_modules', '.bin', CLI_NAME), constants.X_OK);
  });

  it('`npx kindling --version` prints the packed version and nothing else', () => {
    const cliVersion = packed.find(({ name }) => name === CLI_NAME)!.version;
    expect(run('npx', NPX.concat('--version'), project)).toEqual({ code: 0, stdout: `${cliVersion}\n`, stderr: '' });
  });

  it('`npx kindling lint drafts.csv` finds the uncredited share and passes the credited one', () => {
    const lint = run('npx', NPX.concat('lint', 'drafts.csv', '--format', 'json'), project);
    expect(lint.stderr).toBe('');
    expect(lint.code).toBe(0);
    const report = JSON.parse(lint.stdout) as JsonReport;
    expect(report.results.map(({ source, row, findings }) => ({ source, row, findings: findings.map(({ ruleId, line, column }) => ({ ruleId, line, column })) }))).toEqual([
      { source: 'drafts.csv', row: 1, findings: [{ ruleId: 'credit-the-source', line: 1, column: 1 }] },
      { source: 'drafts.csv', row: 2, findings: [] },
    ]);
  });

  it('`import` of @kindling/rules and its subpaths works, from the installed copy', () => {
    const used = run(process.execPath, ['use-rules.mjs'], project);
    expect(used.stderr).toBe('');
    expect(JSON.parse(used.stdout)).toEqual({
      resolved: `file://${join(project, 'node_modules', '@kindling', 'rules', 'dist', 'index.js')}`,
      findings: [{ ruleId: 'no-low-effort-reply', range: [0, 11] }],
      documented: 'object',
      schema: 'https://json-schema.org/draft/2020-12/schema',
      exercises: catalogue.length,
    });
  });

  it('`require` of @kindling/rules and its subpaths works, with no warning', () => {
    const used = run(process.execPath, ['use-rules.cjs'], project);
    expect(used.stderr).toBe('');
    expect(JSON.parse(used.stdout)).toEqual({
      resolved: join(project, 'node_modules', '@kindling', 'rules', 'dist', 'index.js'),
      findings: [{ ruleId: 'no-low-effort-reply', range: [0, 11] }],
      documented: 'object',
      schema: 'https://json-schema.org/draft/2020-12/schema',
    });
  });

  it('type-checks against the installed declarations, as an ES module and as CommonJS', () => {
    const tsc = run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], project);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  }, 120_000);
});

describe('in the repository', () => {
  it('`npx kindling` runs the workspace CLI through its bin link, with no npm or pnpm output', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'packages', 'cli', 'package.json'), 'utf8')) as Manifest).version;
    expect(run('npx', NPX.concat('--version'), ROOT)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    // A failing command exits with the CLI's code and its one line: npm adds no "npm error" lines.
    expect(run('npx', NPX.concat('explain', 'nope'), ROOT)).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^kindling: [^\n]+\n$/u) as string });
  });
});
