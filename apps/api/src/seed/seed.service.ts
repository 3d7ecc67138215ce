import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../common/logger.js';
import { hashPassword } from '../auth/passwords.js';
import { UserEntity } from '../users/user.entity.js';
import { CommunityEntity } from '../communities/community.entity.js';
import { MembershipEntity } from '../communities/membership.entity.js';
import { DEMO_COMMUNITY, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data.js';
import { DateTime } from 'luxon';
import { metAndereOgen, totalMinutes } from '@mao/intervisie-method';
import { SessionEntity } from '../sessions/session.entity.js';
import { SessionParticipantEntity } from '../sessions/session-participant.entity.js';
import { reminderJobs } from '../sessions/reminders.service.js';
import { JobRunner } from '../jobs/job-runner.service.js';

/** Boot-time data: the platform administrator from the environment, and the demo on an empty database. */
@Injectable()
export class SeedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunner,
  ) {}

  async run(): Promise<void> {
    const empty = (await this.dataSource.getRepository(UserEntity).count()) === 0;
    await this.ensureAdmin();
    if (empty && this.config.seedDemo) await this.seedDemo();
  }

  private async ensureAdmin(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    const users = this.dataSource.getRepository(UserEntity);
    const existing = await users.findOne({ where: { email: admin.email } });
    const passwordHash = await hashPassword(admin.password);
    if (existing) {
      await users.update({ id: existing.id }, { isPlatformAdmin: true, passwordHash, deletedAt: null });
    } else {
      await users.insert({ email: admin.email, name: 'Beheerder', passwordHash, isPlatformAdmin: true });
    }
    this.logger.info({ email: admin.email }, 'platform administrator ensured');
  }

  private async seedDemo(): Promise<void> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await this.dataSource.transaction(async (tx) => {
      const people = [];
      for (const person of DEMO_PEOPLE) {
        const user = await tx.save(UserEntity, tx.create(UserEntity, { email: person.email, name: person.name, background: person.background, organisation: person.organisation, passwordHash }));
        people.push({ user, role: person.role });
      }
      const facilitator = people.find((p) => p.role === 'facilitator');
      const community = await tx.save(CommunityEntity, tx.create(CommunityEntity, { ...DEMO_COMMUNITY, caseRetentionDays: 30, createdBy: facilitator?.user.id ?? null }));
      for (const { user, role } of people) {
        await tx.insert(MembershipEntity, { communityId: community.id, userId: user.id, role });
      }
      await this.seedDemoSession(tx, community.id, people.map((p) => p.user));
    });
    this.logger.info({ community: DEMO_COMMUNITY.name, people: DEMO_PEOPLE.length }, 'demo data seeded');
  }

  /** One upcoming "Met Andere Ogen" session next week at 15:00 Amsterdam time: Floor leads, Sanne brings the casus. */
  private async seedDemoSession(tx: EntityManager, communityId: string, users: UserEntity[]): Promise<void> {
    const floor = users.find((u) => u.email === 'floor@demo.example');
    const sanne = users.find((u) => u.email === 'sanne@demo.example');
    if (!floor || !sanne) return;
    const startsAt = DateTime.now().setZone('Europe/Amsterdam').plus({ weeks: 1 }).set({ hour: 15, minute: 0, second: 0, millisecond: 0 }).toJSDate();
    const session = await tx.save(SessionEntity, tx.create(SessionEntity, {
      communityId,
      title: 'Samen sluitende afspraken rond thuiszitters',
      methodId: metAndereOgen.id,
      methodSource: 'builtin',
      methodSnapshot: metAndereOgen,
      startsAt,
      durationMinutes: totalMinutes(metAndereOgen),
      timezone: 'Europe/Amsterdam',
      facilitatorId: floor.id,
      presenterId: sanne.id,
      maxParticipants: metAndereOgen.maxGroupSize,
      notes: 'Sanne brengt een casus in over een leerling die al maanden thuiszit. Neem je eigen afspraken met partners in gedachten mee.',
      status: 'scheduled',
      createdBy: floor.id,
    }));
    for (const user of users) {
      await tx.insert(SessionParticipantEntity, { sessionId: session.id, userId: user.id, rsvp: user.id === floor.id || user.id === sanne.id || user.email === 'anouk@demo.example' ? 'yes' : 'maybe' });
    }
    for (const job of reminderJobs(session, new Date())) await this.jobs.enqueue(job, tx);
  }
}
