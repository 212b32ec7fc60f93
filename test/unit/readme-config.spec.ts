import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderEnvTable } from '@evkin/platform';
import { assessmentEnv } from '../../services/assessment/src/config.js';
import { gatewayEnv } from '../../services/gateway/src/config.js';
import { notificationEnv } from '../../services/notification/src/config.js';
import { reportingEnv } from '../../services/reporting/src/config.js';

const ENV_SECTIONS = {
  gateway: gatewayEnv,
  assessment: assessmentEnv,
  notification: notificationEnv,
  reporting: reportingEnv,
};

describe('README configuration table', () => {
  it('lists exactly the variables the services validate at boot (regenerate: npm run env:doc)', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const table = /<!-- env:start -->\n([\s\S]*?)\n<!-- env:end -->/.exec(readme)?.[1] ?? '';
    const expected = renderEnvTable(ENV_SECTIONS).replace(
      /`[^`]*\/frontend\/dist\/frontend\/browser`/,
      '`frontend/dist/frontend/browser`',
    );
    expect(cells(table)).toEqual(cells(expected));
  });
});

/** Table cells without the padding Prettier adds, and without the separator row. */
function cells(table: string): string[][] {
  return table
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}
