import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { LiveModule } from '../live/live.module.js';
import { SessionDocumentAccess } from '../live/session-document-access.js';
import { CollabServer } from './collab-server.js';
import { DOCUMENT_ACCESS_POLICY } from './document-access.js';
import { COLLAB_RELAY, LocalOnlyRelay } from './collab-relay.js';

@Module({
  imports: [AuthModule, LiveModule],
  providers: [
    CollabServer,
    { provide: DOCUMENT_ACCESS_POLICY, useExisting: SessionDocumentAccess },
    { provide: COLLAB_RELAY, useFactory: () => new LocalOnlyRelay() },
  ],
  exports: [CollabServer],
})
export class CollaborationModule {}
