import { Injectable } from '@nestjs/common';
import { effectiveRoles, isLive } from '@mao/intervisie-method';
import type { StepProgressView } from '@mao/domain';
import { DomainError } from '../common/domain-error.js';
import { LiveSessionsService } from '../live/live-sessions.service.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { windowsView } from '../sessions/session-time.js';
import type { UserEntity } from '../users/user.entity.js';
import { Contributions } from './contributions.js';

/** Who has contributed to the current step: what everyone sees in an asynchronous step. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly sessions: SessionsService,
    private readonly live: LiveSessionsService,
    private readonly contributions: Contributions,
  ) {}

  async progress(user: UserEntity, sessionId: string): Promise<StepProgressView> {
    // An outsider learns nothing (404); a member who does not take part is refused (403).
    const { session: row } = await this.sessions.load(user, sessionId);
    const session = await this.live.get(sessionId);
    if (!session) throw new DomainError('not_found');
    if (!session.isParticipant(user.id)) throw new DomainError('forbidden', 'Alleen deelnemers van deze sessie zien wie heeft bijgedragen.');
    const { state, method } = session;
    const running = isLive(state);
    const step = running ? method.steps[state.currentStepIndex] : undefined;
    if (!step) return { sessionId, mode: session.mode, stepId: null, window: null, writers: [], contributedCount: 0, mine: false };
    const contributed = await this.contributions.of(session, step.id);
    const writers = [...session.roster.values()]
      .filter((entry) => effectiveRoles(state, entry.userId, 'participant').some((role) => step.writers.includes(role)))
      .map((entry) => ({ userId: entry.userId, name: entry.name, contributed: contributed.has(entry.userId) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const window = windowsView(method, row.stepWindows, row.timezone).find((candidate) => candidate.stepId === step.id) ?? null;
    return { sessionId, mode: session.mode, stepId: step.id, window, writers, contributedCount: writers.filter((writer) => writer.contributed).length, mine: contributed.has(user.id) };
  }
}
