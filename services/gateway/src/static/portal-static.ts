import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const NOT_PORTAL = /^\/(api|health|metrics|dev)(\/|$)/;

/**
 * Serves the built portal, with index.html for every client-side route. Hashed assets are
 * cached for a year; index.html never, so a deploy is picked up on the next load.
 */
export function servePortal(app: NestExpressApplication, staticDir: string): boolean {
  const index = join(staticDir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(staticDir, {
    index: false,
    setHeaders: (response: Response, path: string) => {
      response.setHeader('Cache-Control', path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || NOT_PORTAL.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}
