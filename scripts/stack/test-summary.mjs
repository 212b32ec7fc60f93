// One closing line over every runner of `npm test`, in the plain "N passed, N failed" form.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
for (const name of ['unit.json', 'integration.json', 'e2e.json']) {
  const file = join(dir, name);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
const frontend = join(dir, 'frontend.log');
if (existsSync(frontend)) {
  // eslint-disable-next-line no-control-regex
  const text = readFileSync(frontend, 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
  const tests = /Tests\s+(?:(\d+) failed \| )?(\d+) passed/.exec(text);
  if (tests) {
    failed += Number(tests[1] ?? 0);
    passed += Number(tests[2]);
  } else {
    failed += 1;
  }
}
console.log(`\nTotal: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
