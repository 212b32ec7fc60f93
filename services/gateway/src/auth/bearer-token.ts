import type { Request } from 'express';

/** The token of `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(request: Request): string | undefined {
  const header = request.header('authorization');
  const match = header?.match(/^Bearer ([A-Za-z0-9_-]{16,128})$/);
  return match?.[1];
}
