import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuthModule } from '../auth/auth.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../common/logger.js';
import { CollabServer } from './collab-server.js';
import { DOCUMENT_ACCESS_POLICY, type DocumentAccessPolicy } from './document-access.js';
import { COLLAB_RELAY, LocalOnlyRelay } from './collab-relay.js';
import { RedisCollabRelay } from './redis-collab-relay.js';
import { DOCUMENT_OWNERSHIP, LocalOwnership, RedisOwnership } from './document-ownership.js';
import { COLLAB_EXTENSIONS, type CollabExtension } from './extension.js';
import { AuthenticationExtension } from './extensions/authentication.extension.js';
import { DocumentAccessExtension } from './extensions/document-access.extension.js';
import { ConnectionLimitsExtension } from './extensions/connection-limits.extension.js';
import { MessageValidationExtension } from './extensions/message-validation.extension.js';
import { AuthorshipExtension } from './extensions/authorship.extension.js';
import { PersistenceExtension } from './extensions/persistence.extension.js';
import { RelayExtension } from './extensions/relay.extension.js';
import { MetricsExtension } from './extensions/metrics.extension.js';

/** The pipeline, in the order its hooks run: who, which document, limits, messages, authorship, storage, other processes, counting. */
const PIPELINE = [
  AuthenticationExtension,
  DocumentAccessExtension,
  ConnectionLimitsExtension,
  MessageValidationExtension,
  AuthorshipExtension,
  PersistenceExtension,
  RelayExtension,
  MetricsExtension,
] as const;

/**
 * The collaboration server knows the protocol, not sessions: whoever registers it says which
 * policy decides access to documents (the live feature's SessionDocumentAccess) and which
 * module provides it, so this folder imports nothing of the live feature.
 */
@Module({})
export class CollaborationModule {
  static register(options: { accessPolicy: Type<DocumentAccessPolicy>; imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: CollaborationModule,
      global: true,
      imports: [AuthModule, AuditModule, ...(options.imports ?? [])],
      providers: [
        CollabServer,
        ...PIPELINE,
        { provide: COLLAB_EXTENSIONS, inject: [...PIPELINE], useFactory: (...extensions: CollabExtension[]) => extensions },
        { provide: DOCUMENT_ACCESS_POLICY, useExisting: options.accessPolicy },
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
      exports: [CollabServer, PersistenceExtension, MetricsExtension],
    };
  }
}
