import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'evkin/import-boundaries').map((m) => m.message);
}

describe('import boundaries (ESLint, part of npm test)', () => {
  it('stop a service from importing another service', async () => {
    const errors = await boundaryErrors(
      'services/gateway/src/main.ts',
      "import { PortalService } from '../../assessment/src/portal/portal.service.js';\nvoid PortalService;\n",
    );
    expect(errors).toEqual(['A service may import libraries (libs/*) only, never another service.']);
  });

  it('stop a library from importing a service, or a library by path', async () => {
    expect(await boundaryErrors('libs/platform/src/index.ts', "export * from '@evkin/reporting';\n")).toHaveLength(1);
    expect(
      await boundaryErrors('services/reporting/src/main.ts', "export * from '../../../libs/contracts/src/index.js';\n"),
    ).toEqual(['Import a library by its package name (@evkin/…), not by path.']);
  });

  it('let a service import the libraries', async () => {
    expect(await boundaryErrors('services/reporting/src/main.ts', "export * from '@evkin/contracts';\n")).toEqual([]);
  });
});
