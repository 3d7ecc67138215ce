import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { REDIS, createRedis } from './config/redis.provider.js';
import { LOGGER } from './common/logger.js';
import { Clock } from './common/clock.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { AuditModule } from './audit/audit.module.js';
import { AccessChangesModule } from './access-changes/access-changes.module.js';
import { MailModule } from './mail/mail.module.js';
import { AuthModule } from './auth/auth.module.js';
import { UsersModule } from './users/users.module.js';
import { CommunitiesModule } from './communities/communities.module.js';
import { HealthModule } from './health/health.module.js';
import { SeedModule } from './seed/seed.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { SessionsModule } from './sessions/sessions.module.js';
import { CasesModule } from './cases/cases.module.js';
import { LiveModule } from './live/live.module.js';
import { CollaborationModule } from './collaboration/collaboration.module.js';
import { SessionDocumentAccess } from './live/session-document-access.js';
import { LessonsModule } from './lessons/lessons.module.js';
import { AgreementsModule } from './agreements/agreements.module.js';
import { AsynchronousModule } from './asynchronous/asynchronous.module.js';
import { QuestionsModule } from './questions/questions.module.js';
import { AdminModule } from './admin/admin.module.js';
import { ProposalsModule } from './proposals/proposals.module.js';
import { HomeModule } from './home/home.module.js';

@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig, logger: Logger, clock: Clock): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: Clock, useValue: clock },
        { provide: REDIS, useFactory: () => createRedis(config) },
      ],
      exports: [APP_CONFIG, LOGGER, REDIS, Clock],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger, databaseUrl: string, clock: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, logger, clock),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        AccessChangesModule,
        AuditModule,
        MailModule,
        AuthModule,
        UsersModule,
        CommunitiesModule,
        JobsModule,
        SessionsModule,
        CasesModule,
        HealthModule,
        SeedModule,
        LiveModule,
        // The live feature plugs its session rules into the collaboration server.
        CollaborationModule.register({ accessPolicy: SessionDocumentAccess, imports: [LiveModule] }),
        LessonsModule,
        AgreementsModule,
        AsynchronousModule,
        QuestionsModule,
        AdminModule,
        ProposalsModule,
        HomeModule,
      ],
    };
  }
}
