import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export function serveOpenApi(app: NestExpressApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Evkin 360 API')
    .setDescription(
      'Portal routes (authorised by the rater link token) and admin routes (authorised by an admin session). ' +
        'Errors are RFC 9457 problem+json, titled in the language of Accept-Language (id by default, en).',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, config), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
}
