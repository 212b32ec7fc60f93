import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './services.mjs';

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist' || entry === '.angular') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

/** Incremental backend build; the portal is rebuilt only when its sources are newer than the build. */
export async function build(root, log) {
  log('building the services (tsc -b, incremental)');
  await run(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', join(root, 'tsconfig.build.json')],
    {},
  );
  const index = join(root, 'frontend', 'dist', 'frontend', 'browser', 'index.html');
  const sources = Math.max(
    newest(join(root, 'frontend', 'src')),
    newest(join(root, 'frontend', 'public')),
    newest(join(root, 'frontend', 'angular.json')),
    newest(join(root, 'libs', 'contracts', 'src')),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  log('building the portal (ng build)');
  await run(
    process.execPath,
    [join(root, 'node_modules', '@angular', 'cli', 'bin', 'ng.js'), 'build'],
    {},
    {
      cwd: join(root, 'frontend'),
    },
  );
}
