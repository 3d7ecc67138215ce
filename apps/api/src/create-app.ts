import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from './config/config.js';
import { NestPinoLogger } from './common/logger.js';
import { Clock, SystemClock } from './common/clock.js';
import { ErrorFilter } from './common/error.filter.js';
import { requestGuards } from './common/request-guards.middleware.js';
import { requestLogger } from './common/request-logger.middleware.js';
import { securityHeaders } from './common/security-headers.js';
import { noStore } from './common/no-store.middleware.js';
import { runMigrations } from './database/migrate.js';
import { AppModule } from './app.module.js';
import { SeedService } from './seed/seed.service.js';
import { LiveIoAdapter } from './live/live-io.adapter.js';
import { CollabServer } from './collaboration/collab-server.js';

/** Paths that belong to the server itself; everything else is the web client's (SPA) route. */
const SERVER_PATHS = /^\/(api|health|collab|socket\.io)(\/|$)/;

export interface CreateAppOptions {
  config: AppConfig;
  logger: Logger;
  databaseUrl: string;
  /** The api's clock; tests pass a TestClock. */
  clock?: Clock;
}

/** Builds the whole api (used by main.ts and by the integration tests, so tests run the real thing). */
export async function createApp({ config, logger, databaseUrl, clock = new SystemClock() }: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger, databaseUrl, clock), {
    logger: new NestPinoLogger(logger),
    bodyParser: false,
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // First, so every answer carries them (also a refused body: malformed or too large JSON).
  app.use(securityHeaders(config));
  app.use(noStore());
  app.useBodyParser('json', { limit: '512kb' });
  app.use(requestLogger(logger));
  app.use(requestGuards(config.allowedOrigins));
  app.useGlobalFilters(new ErrorFilter(logger));
  app.useWebSocketAdapter(new LiveIoAdapter(app, config));
  app.get(CollabServer).attach(app.getHttpServer());

  const applied = await runMigrations(app.get(DataSource));
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  await app.get(SeedService).run();

  // The OpenAPI document is built when /api/docs is first asked for, not at every start: it is
  // a large object most processes never serve.
  let document: OpenAPIObject | undefined;
  const documentFactory = () =>
    (document ??= SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Intervisieplatform Met Andere Ogen — API')
        .setDescription('REST api of the intervisie platform. Authentication: the httpOnly session cookie set by POST /api/auth/login. Errors: { error: { code, message } }.')
        .setVersion('1')
        .addCookieAuth('mao_session')
        .build(),
    ));
  SwaggerModule.setup('api/docs', app, documentFactory, { jsonDocumentUrl: 'api/docs/openapi.json' });

  serveWebClient(app, config, logger);
  return app;
}

function webDistDir(config: AppConfig): string {
  if (config.webDistDir) return path.resolve(config.webDistDir);
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '../../web/dist');
}

/** The built web client on the same origin, with the SPA fallback to index.html. */
function serveWebClient(app: NestExpressApplication, config: AppConfig, logger: Logger) {
  const dist = webDistDir(config);
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) {
    logger.warn({ dist }, 'web client not built: run `npm run build` to serve it');
    return;
  }
  app.useStaticAssets(dist, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || SERVER_PATHS.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
