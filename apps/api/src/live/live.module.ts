import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CommunitiesModule } from '../communities/communities.module.js';
import { LiveGateway } from './live.gateway.js';
import { LiveSessionRepository } from './live-session.repository.js';
import { LiveSessionsService } from './live-sessions.service.js';
import { LiveViewService } from './live-view.service.js';
import { SessionDocumentAccess } from './session-document-access.js';

@Module({
  imports: [AuthModule, CommunitiesModule],
  providers: [LiveGateway, LiveSessionRepository, LiveSessionsService, LiveViewService, SessionDocumentAccess],
  exports: [LiveSessionsService, SessionDocumentAccess],
})
export class LiveModule {}
