#!/usr/bin/env node
// Rewrites the root package.json inside an image build so that npm sees only the workspaces that
// image needs (and, optionally, a few of the root's devDependencies, e.g. the TypeScript compiler).
// The committed package-lock.json still pins every version: npm prunes what is no longer
// referenced and keeps the locked versions of everything else.
//
//   node workspace-manifest.mjs [--dev typescript,@types/node] libs/contracts services/gateway ...
//
// It runs in the image build only; the repository's package.json is never touched.
import { readFileSync, writeFileSync } from 'node:fs';

function fail(message) {
  process.stderr.write(`workspace-manifest: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let dev = [];
const keep = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--dev') dev = (args[++i] ?? '').split(',').filter(Boolean);
  else keep.push(args[i].replace(/\/+$/, ''));
}
if (keep.length === 0) {
  fail('usage: workspace-manifest.mjs [--dev pkg,pkg] <workspace> [<workspace> ...]');
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const known = new Set(manifest.workspaces ?? []);
const unknown = keep.filter((w) => !known.has(w));
if (unknown.length) {
  fail(`not a workspace of ${manifest.name}: ${unknown.join(', ')}`);
}

const devDependencies = {};
for (const name of dev) {
  const range = manifest.devDependencies?.[name] ?? manifest.dependencies?.[name];
  if (!range) {
    fail(`${name} is not a dependency of the root package.json`);
  }
  devDependencies[name] = range;
}

const pruned = {
  name: manifest.name,
  version: manifest.version ?? '0.0.0',
  private: true,
  type: manifest.type,
  workspaces: manifest.workspaces.filter((w) => keep.includes(w)),
  ...(manifest.dependencies ? { dependencies: manifest.dependencies } : {}),
  ...(dev.length ? { devDependencies } : {}),
  ...(manifest.overrides ? { overrides: manifest.overrides } : {}),
};
writeFileSync('package.json', JSON.stringify(pruned, null, 2) + '\n');
process.stdout.write(
  `package.json: workspaces ${pruned.workspaces.join(' ')}${dev.length ? `; dev ${dev.join(' ')}` : ''}\n`,
);
