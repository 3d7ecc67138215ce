import { AsynchronousSessions1766500000000 } from './migrations/1766500000000-asynchronous-sessions.js';
import type { DataSourceOptions } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { AuthSessionEntity } from '../auth/auth-session.entity.js';
import { PasswordResetTokenEntity } from '../auth/password-reset-token.entity.js';
import { CommunityEntity } from '../communities/community.entity.js';
import { MembershipEntity } from '../communities/membership.entity.js';
import { InvitationEntity } from '../communities/invitation.entity.js';
import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import { SessionEntity } from '../sessions/session.entity.js';
import { SessionParticipantEntity } from '../sessions/session-participant.entity.js';
import { CommunityMethodEntity } from '../sessions/community-method.entity.js';
import { CalendarFeedEntity } from '../sessions/calendar-feed.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import { JobEntity } from '../jobs/job.entity.js';
import { AccountsAndCommunities1764000000000 } from './migrations/1764000000000-accounts-and-communities.js';
import { SessionsAndCases1764100000000 } from './migrations/1764100000000-sessions-and-cases.js';
import { Collaboration1764200000000 } from './migrations/1764200000000-collaboration.js';
import { LiveSessions1764300000000 } from './migrations/1764300000000-live-sessions.js';
import { Lessons1764400000000 } from './migrations/1764400000000-lessons.js';
import { LessonsVisibleSearch1764400000001 } from './migrations/1764400000001-lessons-visible-search.js';
import { AccountAbuseProtection1765100000000 } from './migrations/1765100000000-account-abuse-protection.js';
import { SessionBoardsPurged1765300000001 } from './migrations/1765300000001-session-boards-purged.js';
import { Agreements1766000000000 } from './migrations/1766000000000-agreements.js';
import { ProposalsAndHome1766100000000 } from './migrations/1766100000000-proposals-and-home.js';
import { VraagEnAdvies1766200000000 } from './migrations/1766200000000-vraag-en-advies.js';
import { Moderation1766200000001 } from './migrations/1766200000001-moderation.js';
import { CasusDraftsAndLessonNames1766300000000 } from './migrations/1766300000000-casus-drafts-and-lesson-names.js';
import { MethodSharing1766400000000 } from './migrations/1766400000000-method-sharing.js';
import { YouthCareRegionsCbs1766410000000 } from './migrations/1766410000000-youth-care-regions-cbs.js';

export const ENTITIES = [
  UserEntity,
  AuthSessionEntity,
  PasswordResetTokenEntity,
  CommunityEntity,
  MembershipEntity,
  InvitationEntity,
  AuditEntryEntity,
  SessionEntity,
  SessionParticipantEntity,
  CommunityMethodEntity,
  CalendarFeedEntity,
  CaseEntity,
  JobEntity,
];

/** Migrations in order; the schema only ever changes through these (never `synchronize`). */
export const MIGRATIONS = [AccountsAndCommunities1764000000000, SessionsAndCases1764100000000, Collaboration1764200000000, LiveSessions1764300000000, Lessons1764400000000, LessonsVisibleSearch1764400000001, AccountAbuseProtection1765100000000, SessionBoardsPurged1765300000001, Agreements1766000000000, ProposalsAndHome1766100000000, VraagEnAdvies1766200000000, Moderation1766200000001, CasusDraftsAndLessonNames1766300000000, MethodSharing1766400000000, YouthCareRegionsCbs1766410000000, AsynchronousSessions1766500000000];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: false,
    extra: { max: 10, application_name: 'intervisie-api' },
  };
}
