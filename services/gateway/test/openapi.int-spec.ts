import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PROBLEM_CONTENT_TYPE } from '@evkin/contracts';
import { isolate, type IsolatedInfra } from '../../../test/support/isolation.js';
import { startLoneGateway } from './lone-gateway.js';

const apiMd = fileURLToPath(new URL('../../../docs/api.md', import.meta.url));

interface Operation {
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }>; headers?: Record<string, unknown> }>;
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { type: string; scheme?: string }> };
}

const PUBLIC_ROUTES = ['/api/auth/login', '/api/auth/oidc', '/api/auth/oidc/start', '/api/auth/oidc/callback'];

/**
 * The routes of docs/api.md's tables: method, OpenAPI path, whether the row names a request body,
 * and whether it answers with a redirect (`→ 302`).
 */
function documentedRoutes(): { method: string; path: string; body: boolean; redirect: boolean }[] {
  return readFileSync(apiMd, 'utf8')
    .split('\n')
    .map((line) => /^\|\s*(GET|POST|PUT|PATCH|DELETE)\s*\|\s*`([^`]+)`\s*\|(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, method, path, rest]) => {
      // The portal table has a token column before "body → response"; the body is what precedes the arrow.
      const cells = rest!.split(/(?<!\\)\|/).map((cell) => cell.trim());
      const io = cells.find((cell) => cell.includes('→')) ?? '';
      return {
        method: method!.toLowerCase(),
        path: path!.replace(/\?.*$/, '').replace(/:([A-Za-z]+)/g, '{$1}'),
        body: /\S/.test(io.slice(0, io.indexOf('→'))) && !/^filters|^`ResultQuery`/.test(io),
        redirect: /→ 302/.test(io),
      };
    });
}

/** /api/docs describes every route of docs/api.md: schemas, bearer auth and problem+json errors. */
describe('OpenAPI at /api/docs', () => {
  let infra: IsolatedInfra;
  let gateway: Awaited<ReturnType<typeof startLoneGateway>>;
  let baseUrl: string;
  let document: OpenApiDocument;

  beforeAll(async () => {
    infra = await isolate('openapi');
    // The document is built from the gateway's own routes: no backend service is needed.
    gateway = await startLoneGateway({ NODE_ENV: 'production', RABBITMQ_URL: infra.rabbitmqUrl });
    baseUrl = gateway.baseUrl;
    const response = await fetch(`${baseUrl}/api/docs/openapi.json`);
    expect(response.status).toBe(200);
    document = (await response.json()) as OpenApiDocument;
  }, 90_000);

  afterAll(async () => {
    await gateway?.stop();
    await infra?.cleanup();
  });

  it('serves the browsable documentation', async () => {
    const page = await fetch(`${baseUrl}/api/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger');
  });

  const routes = documentedRoutes();

  it('reads the route tables of docs/api.md', () => {
    expect(routes.length).toBeGreaterThanOrEqual(40);
  });

  it.each(routes.map((r) => [r.method.toUpperCase(), r.path, r] as const))(
    '%s %s: present, bearer-authenticated, typed, with problem+json errors',
    (_method, path, route) => {
      const operation = document.paths[path]?.[route.method];
      expect(operation).toBeDefined();
      // Signing in (with a password or through SSO) needs no token.
      expect(operation!.security).toEqual(PUBLIC_ROUTES.includes(path) ? undefined : [{ bearer: [] }]);
      if (route.redirect) {
        // A browser navigation: its one outcome is a redirect, documented with its Location.
        expect(Object.keys(operation!.responses).filter((status) => /^[23]\d\d$/.test(status))).toEqual(['302']);
        expect(operation!.responses['302']?.headers?.['Location']).toBeDefined();
        return;
      }
      const success = Object.entries(operation!.responses).filter(([status]) => /^2\d\d$/.test(status));
      expect(success).toHaveLength(1);
      const content = Object.values(success[0]![1].content ?? {});
      expect(content.length).toBeGreaterThan(0);
      for (const media of content) expect(media.schema).toBeDefined();
      for (const range of ['4XX', '5XX']) {
        expect(operation!.responses[range]?.content?.[PROBLEM_CONTENT_TYPE]?.schema).toEqual({
          $ref: '#/components/schemas/ProblemDetails',
        });
      }
      if (route.body) expect(Object.keys(operation!.requestBody?.content ?? {})).not.toHaveLength(0);
    },
  );

  it('declares the bearer scheme and resolves every schema reference', () => {
    expect(document.components.securitySchemes['bearer']).toMatchObject({ type: 'http', scheme: 'bearer' });
    const refs = [...JSON.stringify(document).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.filter((name) => !(name in document.components.schemas))).toEqual([]);
    const problem = document.components.schemas['ProblemDetails'] as { required: string[] };
    expect(problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'code']));
  });
});
