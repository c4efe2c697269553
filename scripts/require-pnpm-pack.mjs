// Every package's prepack step. Only pnpm replaces `workspace:*` and `catalog:` with real
// versions when it packs; a tarball from `npm pack` or `npm publish` keeps them and installs
// nowhere, so those stop here with a line saying what to run instead.
// Plain JavaScript on purpose: it runs in a package folder, without the TypeScript tooling.
const userAgent = process.env.npm_config_user_agent ?? '';

if (!userAgent.startsWith('pnpm/')) {
  const name = process.env.npm_package_name ?? 'this package';
  console.error(`kindling: pack ${name} with \`pnpm pack\` (or publish with \`pnpm publish\`): npm would leave workspace: and catalog: versions in its package.json.`);
  process.exit(1);
}
