import { Clock } from '../common/clock.js';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../common/logger.js';
import { hashPassword } from '../auth/passwords.js';
import { UserEntity } from '../users/user.entity.js';
import { CommunityEntity } from '../communities/community.entity.js';
import { MembershipEntity } from '../communities/membership.entity.js';
import { DEMO_ACTION_PERSPECTIVE, DEMO_COMMUNITY, DEMO_LESSONS, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_REFLECTIONS, DEMO_SESSION } from './demo-data.js';
import * as Y from 'yjs';
import { BOARD_KEYS, REFLECTIEKADER, SESSION_TIMEZONE, cardKey } from '@mao/domain';
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
    private readonly clock: Clock,
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
        // The demo CoP's facilitator is an appointed gespreksleider, so she can create CoPs as in a real installation.
        const platformRole = person.role === 'facilitator' ? ('gespreksleider' as const) : null;
        const user = await tx.save(UserEntity, tx.create(UserEntity, { email: person.email, name: person.name, background: person.background, organisation: person.organisation, passwordHash, platformRole }));
        people.push({ user, role: person.role });
      }
      const facilitator = people.find((p) => p.role === 'facilitator');
      const community = await tx.save(CommunityEntity, tx.create(CommunityEntity, { ...DEMO_COMMUNITY, caseRetentionDays: 30, createdBy: facilitator?.user.id ?? null }));
      for (const { user, role } of people) {
        await tx.insert(MembershipEntity, { communityId: community.id, userId: user.id, role });
      }
      await this.seedDemoSession(tx, community.id, people.map((p) => p.user));
      await seedDemoLessons(tx, community.id, new Map(people.map(({ user }) => [user.email, user])), this.clock.now());
    });
    this.logger.info({ community: DEMO_COMMUNITY.name, people: DEMO_PEOPLE.length }, 'demo data seeded');
  }

  /** One upcoming "Met Andere Ogen" session next week at 15:00 Amsterdam time: Floor leads, Sanne brings the casus. */
  private async seedDemoSession(tx: EntityManager, communityId: string, users: UserEntity[]): Promise<void> {
    const floor = users.find((u) => u.email === 'floor@demo.example');
    const sanne = users.find((u) => u.email === 'sanne@demo.example');
    if (!floor || !sanne) return;
    const startsAt = DateTime.fromJSDate(this.clock.now()).setZone('Europe/Amsterdam').plus({ weeks: 1 }).set({ hour: 15, minute: 0, second: 0, millisecond: 0 }).toJSDate();
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
    for (const job of reminderJobs(session, this.clock.now())) await this.jobs.enqueue(job, tx);
  }
}

/**
 * The demo's lessons library: a closed "Met Andere Ogen" session with its harvest board (as the
 * live room stores it), the lessons harvested from it and published (some CoP-only, some for the
 * whole platform), reflections and one action perspective. The harvest job is recorded as done,
 * so the harvest at start-up does not harvest the board a second time.
 */
async function seedDemoLessons(tx: EntityManager, communityId: string, people: Map<string, UserEntity>, now: Date): Promise<void> {
  const person = (email: string) => {
    const user = people.get(email);
    if (!user) throw new Error(`demo person ${email} missing`);
    return user;
  };
  const facilitator = DEMO_PEOPLE.find((p) => p.role === 'facilitator');
  const lead = person(facilitator?.email ?? '');
  const startsAt = DateTime.fromJSDate(now).setZone(SESSION_TIMEZONE).minus({ days: DEMO_SESSION.daysAgo }).set({ hour: 15, minute: 0, second: 0, millisecond: 0 });
  const duration = totalMinutes(metAndereOgen);
  const closedAt = startsAt.plus({ minutes: duration });
  const [session]: Array<{ id: string }> = await tx.query(
    `INSERT INTO sessions (community_id, title, method_id, method_source, method_snapshot, starts_at, duration_minutes, facilitator_id, presenter_id, max_participants, status, started_at, closed_at, created_by)
     VALUES ($1, $2, $3, 'builtin', $4, $5, $6, $7, $8, 8, 'closed', $5, $9, $7) RETURNING id`,
    [communityId, DEMO_SESSION.title, metAndereOgen.id, JSON.stringify(metAndereOgen), startsAt.toJSDate(), duration, lead.id, person(DEMO_SESSION.presenterEmail).id, closedAt.toJSDate()],
  );
  if (!session) throw new Error('demo session insert returned nothing');
  for (const email of DEMO_SESSION.participantEmails) {
    await tx.query(`INSERT INTO session_participants (session_id, user_id, rsvp) VALUES ($1, $2, 'yes')`, [session.id, person(email).id]);
  }

  // The harvest board of step "oogst", as the web wrote it during the session.
  const harvestStep = metAndereOgen.steps.find((step) => step.kind === 'harvest');
  if (!harvestStep) throw new Error('the Met Andere Ogen method has no harvest step');
  // Layout 2 (contracts/boards.ts): each lesson under "<authorId>/<lessonKey>", no names in the document.
  const doc = new Y.Doc();
  doc.transact(() => {
    const board = doc.getMap<Y.Map<unknown>>(BOARD_KEYS.lessons);
    DEMO_LESSONS.forEach((lesson, index) => {
      const entry = new Y.Map<unknown>();
      board.set(cardKey(person(lesson.authorEmail).id, lesson.key), entry);
      entry.set('text', lesson.text);
      entry.set('elementIds', lesson.elementIds);
      entry.set('indicatorIds', lesson.indicatorIds);
      entry.set('themes', lesson.themes);
      entry.set('createdAt', closedAt.minus({ minutes: 10 - Math.floor(index / 2) }).toMillis());
    });
  });
  await tx.query(`INSERT INTO collab_updates (document_name, update) VALUES ($1, $2)`, [`session.${session.id}.step.${harvestStep.id}`, Buffer.from(Y.encodeStateAsUpdate(doc))]);
  doc.destroy();

  const lessonIds = new Map<string, string>();
  const publishedAt = closedAt.plus({ days: 2 }).toJSDate();
  for (const lesson of DEMO_LESSONS) {
    const author = person(lesson.authorEmail);
    const [row]: Array<{ id: string }> = await tx.query(
      `INSERT INTO lessons (community_id, session_id, harvest_entry_id, session_date, method_id, method_name, framework_version, text, element_ids, indicator_ids, themes,
                            status, visibility, author_id, author_name, published_at, published_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'published', $12, $13, $14, $15, $16, $17) RETURNING id`,
      [
        communityId,
        session.id,
        // The key the harvest gives this board entry, so the lesson and its entry stay linked.
        `${harvestStep.id}:${cardKey(author.id, lesson.key)}`,
        startsAt.toJSDate(),
        metAndereOgen.id,
        metAndereOgen.name.nl,
        REFLECTIEKADER.version,
        lesson.text,
        lesson.elementIds,
        lesson.indicatorIds,
        lesson.themes,
        lesson.visibility,
        author.id,
        author.name,
        publishedAt,
        lead.id,
        closedAt.toJSDate(),
      ],
    );
    if (row) lessonIds.set(lesson.key, row.id);
  }
  await tx.query(`INSERT INTO jobs (kind, run_at, payload, dedupe_key, status, attempts, done_at, last_error) VALUES ('lessons.harvest', $1, $2, $3, 'done', 1, $1, 'demo data')`, [
    closedAt.toJSDate(),
    JSON.stringify({ sessionId: session.id }),
    `harvest:${session.id}`,
  ]);

  for (const [index, reflection] of DEMO_REFLECTIONS.entries()) {
    const author = person(reflection.authorEmail);
    await tx.query(`INSERT INTO lesson_reflections (lesson_id, author_id, author_name, text, created_at) VALUES ($1, $2, $3, $4, $5)`, [
      lessonIds.get(reflection.lessonKey),
      author.id,
      author.name,
      reflection.text,
      closedAt.plus({ days: 3 + index }).toJSDate(),
    ]);
  }
  const perspectiveAuthor = person(DEMO_ACTION_PERSPECTIVE.authorEmail);
  const [perspective]: Array<{ id: string }> = await tx.query(
    `INSERT INTO action_perspectives (community_id, title, text, created_by, created_by_name, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [communityId, DEMO_ACTION_PERSPECTIVE.title, DEMO_ACTION_PERSPECTIVE.text, perspectiveAuthor.id, perspectiveAuthor.name, closedAt.plus({ days: 7 }).toJSDate()],
  );
  for (const key of DEMO_ACTION_PERSPECTIVE.lessonKeys) {
    await tx.query(`INSERT INTO action_perspective_lessons (action_perspective_id, lesson_id, linked_by) VALUES ($1, $2, $3)`, [perspective?.id, lessonIds.get(key), perspectiveAuthor.id]);
  }
}
