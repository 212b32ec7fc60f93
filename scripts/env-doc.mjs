// Rewrites the README's configuration table from the services' env declarations (built dist).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderEnvTable } from '@evkin/platform';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = async (service) => (await import(`../services/${service}/dist/config.js`))[`${service}Env`];
const table = renderEnvTable({
  gateway: await load('gateway'),
  assessment: await load('assessment'),
  notification: await load('notification'),
  reporting: await load('reporting'),
}).replace(/`[^`]*\/frontend\/dist\/frontend\/browser`/, '`frontend/dist/frontend/browser`');
const readme = readFileSync(`${root}/README.md`, 'utf8');
const updated = readme.replace(
  /<!-- env:start -->\n[\s\S]*?<!-- env:end -->/,
  `<!-- env:start -->\n${table}\n<!-- env:end -->`,
);
writeFileSync(`${root}/README.md`, updated);
execFileSync(process.execPath, [`${root}/node_modules/prettier/bin/prettier.cjs`, '--write', `${root}/README.md`]);
console.log(updated === readme ? 'README configuration table is up to date' : 'README configuration table updated');
