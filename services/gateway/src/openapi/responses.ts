import { applyDecorators } from '@nestjs/common';
import { ApiProduces, ApiResponse } from '@nestjs/swagger';

/** A schema generated from libs/contracts (see contract-schemas.ts). */
export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * The success response of a route, as its type in libs/contracts: `array` for a list, `page` for
 * `Page<T>`. The status is the route's own (201 for a POST without @HttpCode).
 */
export function ApiResult(type: string, options: { status?: 200 | 201; array?: boolean; page?: boolean } = {}) {
  const schema = options.array
    ? { type: 'array', items: schemaRef(type) }
    : options.page
      ? {
          type: 'object',
          required: ['total', 'page', 'pageSize', 'items'],
          properties: {
            total: { type: 'integer' },
            page: { type: 'integer' },
            pageSize: { type: 'integer' },
            items: { type: 'array', items: schemaRef(type) },
          },
        }
      : schemaRef(type);
  const description = options.array ? `${type}[]` : options.page ? `Page<${type}>` : type;
  return ApiResponse({ status: options.status ?? 200, description, schema });
}

/** A route that answers with a file (an attachment in the request's language). */
export function ApiFile(description: string, ...contentTypes: string[]) {
  const content = Object.fromEntries(
    contentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
  );
  return applyDecorators(ApiProduces(...contentTypes), ApiResponse({ status: 200, description, content }));
}

/** A browser navigation that answers with a redirect (the single sign-on routes). */
export function ApiRedirect(description: string) {
  return ApiResponse({
    status: 302,
    description,
    headers: { Location: { description: 'Where the browser goes next', schema: { type: 'string' } } },
  });
}
