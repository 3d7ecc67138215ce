import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { LiveModule } from '../live/live.module.js';
import { SessionDocumentAccess } from '../live/session-document-access.js';
import { CollabServer } from './collab-server.js';
import { MetricsController } from '../health/metrics.controller.js';
import { DOCUMENT_ACCESS_POLICY } from './document-access.js';
import { COLLAB_RELAY, LocalOnlyRelay } from './collab-relay.js';
import { RedisCollabRelay } from './redis-collab-relay.js';
import { DOCUMENT_OWNERSHIP, LocalOwnership, RedisOwnership } from './document-ownership.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../common/logger.js';
import type { Logger } from 'pino';

@Module({
  imports: [AuthModule, LiveModule],
  controllers: [MetricsController],
  providers: [
    CollabServer,
    { provide: DOCUMENT_ACCESS_POLICY, useExisting: SessionDocumentAccess },
    {
      provide: DOCUMENT_OWNERSHIP,
      inject: [APP_CONFIG, LOGGER],
      useFactory: (config: AppConfig, logger: Logger) => (config.redisUrl ? new RedisOwnership(config.redisUrl, logger) : new LocalOwnership()),
    },
    {
      provide: COLLAB_RELAY,
      inject: [APP_CONFIG, LOGGER],
      useFactory: (config: AppConfig, logger: Logger) => (config.redisUrl ? new RedisCollabRelay(config.redisUrl, logger) : new LocalOnlyRelay()),
    },
  ],
  exports: [CollabServer],
})
export class CollaborationModule {}
