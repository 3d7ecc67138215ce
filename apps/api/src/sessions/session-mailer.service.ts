import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../common/logger.js';
import { MailService } from '../mail/mail.service.js';
import type { Method } from '@mao/intervisie-method';
import {
  presenterAssignedMail,
  sessionCancelledMail,
  sessionInvitationMail,
  sessionReminderMail,
  type PresenterCaseState,
  type SessionMailInput,
  type SessionMailRole,
  type SessionMailWindow,
} from '../mail/templates.js';
import { SessionEntity } from './session.entity.js';
import { parseMailbox, sessionCalendar, type IcsSession, type IcsWindow } from './session-ics.js';
import { agendaView, humanWhen, windowsView } from './session-time.js';
import { sessionPageUrl } from './session-views.js';

interface Recipient {
  id: string;
  name: string;
  email: string;
}

/**
 * Mails about sessions: invitations with an .ics (METHOD:REQUEST, same UID, SEQUENCE raised on
 * every change), cancellations (METHOD:CANCEL) and reminders. Nothing here reads casus text.
 * A failing recipient is logged (ids only) and does not stop the others.
 */
@Injectable()
export class SessionMailer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** To every member of the session's CoP. */
  async invitations(sessionId: string, kind: 'new' | 'updated' | 'cancelled'): Promise<void> {
    const session = await this.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: sessionId });
    const communityName = await this.communityName(session.communityId);
    const members: Recipient[] = await this.dataSource.query(
      `SELECT u.id, u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.community_id = $1 AND u.deleted_at IS NULL ORDER BY u.name`,
      [session.communityId],
    );
    const ics = this.icsSession(session, communityName);
    for (const member of members) {
      const input = this.mailInput(session, communityName, member);
      const mail = kind === 'cancelled' ? sessionCancelledMail(input) : sessionInvitationMail({ ...input, updated: kind === 'updated', role: this.roleOf(session, member.id) });
      // One VEVENT (the session's UID) only: see session-ics.ts for why the windows are not in the mail.
      const content = sessionCalendar({
        method: kind === 'cancelled' ? 'CANCEL' : 'REQUEST',
        name: 'Intervisie',
        organizer: parseMailbox(this.config.mailFrom),
        attendee: { name: member.name, email: member.email },
        sessions: [ics],
      });
      try {
        await this.mail.send({ ...mail, calendar: { method: kind === 'cancelled' ? 'CANCEL' : 'REQUEST', content } });
      } catch (error) {
        this.logger.warn({ sessionId, userId: member.id, kind, err: error instanceof Error ? error.message : 'unknown' }, 'session mail failed');
      }
    }
  }

  /** To the session's (new) inbrenger: their role and the link to the casus editor. A failure is logged, never thrown. */
  async presenterAssigned(sessionId: string): Promise<void> {
    const session = await this.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: sessionId });
    if (!session.presenterId) return;
    const [recipient] = (await this.dataSource.query(`SELECT id, name, email FROM users WHERE id = $1 AND deleted_at IS NULL`, [session.presenterId])) as Recipient[];
    if (!recipient) return;
    const communityName = await this.communityName(session.communityId);
    const role = this.roleOf(session, recipient.id);
    if (role.kind !== 'presenter') return;
    try {
      await this.mail.send(presenterAssignedMail({ ...this.mailInput(session, communityName, recipient), caseLink: role.caseLink }));
    } catch (error) {
      this.logger.warn({ sessionId, userId: recipient.id, err: error instanceof Error ? error.message : 'unknown' }, 'session mail failed');
    }
  }

  /** One reminder to one person; throws when the transport fails (the job runner retries). */
  async reminder(session: SessionEntity, userId: string, window: '24h' | '1h'): Promise<void> {
    const [recipient] = (await this.dataSource.query(`SELECT id, name, email FROM users WHERE id = $1 AND deleted_at IS NULL`, [userId])) as Recipient[];
    if (!recipient) return;
    const communityName = await this.communityName(session.communityId);
    const role = session.facilitatorId === userId ? 'facilitator' : session.presenterId === userId ? 'presenter' : 'participant';
    // The inbrenger hears whether their casus still needs writing or confirming (its state only, never its text).
    let casus: PresenterCaseState | undefined;
    if (role === 'presenter') {
      const [row] = (await this.dataSource.query(`SELECT status FROM cases WHERE session_id = $1 AND purged_at IS NULL`, [session.id])) as Array<{ status: 'draft' | 'confirmed' }>;
      casus = { state: row?.status ?? 'none', caseLink: `${sessionPageUrl(this.config, session.id)}/casus` };
    }
    await this.mail.send(sessionReminderMail({ ...this.mailInput(session, communityName, recipient), window, role, casus }));
  }

  /** The inbrenger is told their role and where the casus editor is; the facilitator their role. */
  private roleOf(session: SessionEntity, userId: string): SessionMailRole {
    if (session.presenterId === userId) return { kind: 'presenter', caseLink: `${sessionPageUrl(this.config, session.id)}/casus` };
    if (session.facilitatorId === userId) return { kind: 'facilitator' };
    return { kind: 'participant' };
  }

  /** `forUserId`: the windows say what that person does in each step (their role's instruction). */
  icsSession(session: SessionEntity, communityName: string, forUserId?: string): IcsSession {
    const method = session.methodSnapshot;
    const written = new Set(session.stepWindows.map((window) => window.stepId));
    // The agenda is the meeting's: a mixed session's meeting runs only the steps without a window.
    const liveMethod: Method = { ...method, steps: method.steps.filter((step) => !written.has(step.id)) };
    return {
      id: session.id,
      title: session.title,
      communityName,
      methodName: method.name.nl,
      mode: session.mode,
      stepCount: method.steps.length,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      sequence: session.icsSequence,
      cancelled: session.status === 'cancelled',
      url: sessionPageUrl(this.config, session.id),
      videoUrl: session.videoUrl,
      agenda: session.mode === 'async' ? [] : agendaView(liveMethod, session.startsAt, session.timezone),
      windows: icsWindows(session, forUserId),
      updatedAt: session.updatedAt,
    };
  }

  async communityName(communityId: string): Promise<string> {
    const [row] = (await this.dataSource.query(`SELECT name FROM communities WHERE id = $1`, [communityId])) as Array<{ name: string }>;
    return row?.name ?? '';
  }

  private mailInput(session: SessionEntity, communityName: string, to: Recipient): SessionMailInput {
    return {
      to: to.email,
      name: to.name,
      sessionTitle: session.title,
      communityName,
      methodNameNl: session.methodSnapshot.name.nl,
      methodNameEn: session.methodSnapshot.name.en,
      whenNl: humanWhen(session.startsAt, session.endsAt, session.timezone, 'nl'),
      whenEn: humanWhen(session.startsAt, session.endsAt, session.timezone, 'en'),
      link: sessionPageUrl(this.config, session.id),
      videoUrl: session.videoUrl,
      mode: session.mode,
      windows: icsWindows(session, to.id).map(
        (window): SessionMailWindow => ({
          nl: `${window.opensLabel.nl} – ${window.closesLabel.nl}: ${window.title.nl}`,
          en: `${window.opensLabel.en} – ${window.closesLabel.en}: ${window.title.en}`,
          placement: window.placement,
        }),
      ),
    };
  }
}

/** The session's written steps with their windows on its wall clock, and what each asks of this person (a participant by default). */
function icsWindows(session: SessionEntity, userId?: string): IcsWindow[] {
  const role = userId === session.facilitatorId ? 'facilitator' : userId !== undefined && userId === session.presenterId ? 'presenter' : 'participants';
  const method = session.methodSnapshot;
  const firstLive = method.steps.findIndex((step) => !session.stepWindows.some((window) => window.stepId === step.id));
  return windowsView(method, session.stepWindows, session.timezone).map((view) => {
    const position = method.steps.findIndex((step) => step.id === view.stepId);
    const instruction = method.steps[position]?.instructions[role] ?? { nl: '', en: '' };
    return {
      stepId: view.stepId,
      position: position + 1,
      title: view.title,
      opensAt: new Date(view.opensAt),
      closesAt: new Date(view.closesAt),
      opensLabel: view.opensLabel,
      closesLabel: view.closesLabel,
      instruction: { nl: firstSentence(instruction.nl), en: firstSentence(instruction.en) },
      placement: session.mode === 'async' ? 'async' : position < firstLive ? 'before' : 'after',
    };
  });
}

/** A calendar entry wants the gist; the live room has the whole instruction. */
function firstSentence(text: string): string {
  return text.match(/^.*?[.!?](?=\s|$)/s)?.[0] ?? text;
}
