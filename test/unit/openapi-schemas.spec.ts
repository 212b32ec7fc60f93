import { readFileSync } from 'node:fs';
import { renderSchemasModule, SCHEMAS_FILE } from '../../scripts/openapi-schemas.mjs';

describe('OpenAPI response schemas', () => {
  it('match the types in libs/contracts (regenerate: node scripts/openapi-schemas.mjs)', async () => {
    expect(readFileSync(SCHEMAS_FILE, 'utf8')).toBe(await renderSchemasModule());
  });
});
