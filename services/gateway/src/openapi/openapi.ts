import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '@evkin/contracts';
import { CONTRACT_SCHEMAS } from './contract-schemas.js';
import { schemaRef } from './responses.js';

const PROBLEM = {
  content: { [PROBLEM_CONTENT_TYPE]: { schema: schemaRef('ProblemDetails') } },
};

/**
 * Every route can fail: the client's errors (validation, sign-in, role, link, rate limit) and the
 * backends' (unavailable, timeout) all come as RFC 9457 problem documents.
 */
function withProblems(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (operation === undefined) continue;
      operation.responses['4XX'] ??= {
        description:
          'Refused (code in `code`: validation_failed, unauthenticated, forbidden, not_found, link_expired …)',
        ...PROBLEM,
      };
      operation.responses['5XX'] ??= {
        description: 'A service failed or did not answer in time (internal, service_unavailable, timeout)',
        ...PROBLEM,
      };
    }
  }
  document.components = { ...document.components, schemas: { ...CONTRACT_SCHEMAS, ...document.components?.schemas } };
  return document;
}

export function serveOpenApi(app: NestExpressApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Evkin 360 API')
    .setDescription(
      'Portal routes (authorised by the rater link token) and admin routes (authorised by an admin session). ' +
        'Errors are RFC 9457 problem+json, titled in the language of Accept-Language (id by default, en).',
    )
    .setVersion('0.1.0')
    // 3.1: the response schemas are JSON Schema generated from libs/contracts (nullable as type unions).
    .setOpenAPIVersion('3.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => withProblems(SwaggerModule.createDocument(app, config)), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
}
