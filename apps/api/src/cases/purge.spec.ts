import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { metAndereOgen } from '@mao/intervisie-method';
import type { CaseView } from '@mao/domain';
import { startTestApp, type TestApp, type TestClient } from '../test/test-app.js';
import { clientAs } from '../test/fixtures.js';
import { emitAck, liveSessionFixture, liveSocket, rawCollabClose, synced, waitFor, yClient } from '../test/live-fixtures.js';
import { runner } from '../sessions/session-test-kit.js';
import { PersistenceExtension } from '../collaboration/extensions/persistence.extension.js';
import { AccessChanges } from '../access-changes/access-changes.js';
import type { UserEntity } from '../users/user.entity.js';

const DAY = 86_400_000;
/** Written on boards and drafts only; after the purge it may be found nowhere. Clean for the privacy guard. */
const BOARD_MARKER = 'zilverreiger-lantaarnpaal';
/** The text of the one published lesson: it passed review and stays. */
const PUBLISHED = 'Spreek vooraf af wie het gesprek met de ouders voert.';

const CLEAN_CASE = {
  title: 'Overstap naar het voortgezet onderwijs loopt vast',
  context: 'Een leerling van elf jaar heeft sinds de zomer steeds vaker buikpijn voor schooltijd.',
  keyQuestion: 'Hoe maken we één plan met de ouders?',
  tried: 'Een gesprek met ouders en de intern begeleider.',
  askOfGroup: 'Kijk mee vanuit jullie eigen domein.',
  anonymisedConfirmed: true,
  consentConfirmed: true,
};

const board = (sessionId: string, stepId: string) => `session.${sessionId}.step.${stepId}`;
const draft = (sessionId: string, stepId: string, userId: string) => `session.${sessionId}.step.${stepId}.draft.${userId}`;

/** Every text in every row of every table (bytea decoded as UTF-8, so Yjs updates are searched too). */
async function databaseText(t: TestApp): Promise<string> {
  const tables: Array<{ table_name: string }> = await t.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (value === null || value === undefined) return;
    if (Buffer.isBuffer(value)) parts.push(value.toString('utf8'));
    else if (value instanceof Date) return;
    else if (typeof value === 'object') Object.values(value).forEach(walk);
    else parts.push(String(value));
  };
  for (const { table_name } of tables) walk(await t.dataSource.query(`SELECT * FROM "${table_name}"`));
  return parts.join('\n');
}

/** A raw socket on a document that stays open; `closed` resolves how the server closes it. */
async function openSocket(t: TestApp, documentName: string, client: TestClient): Promise<{ closed: Promise<{ code: number; reason: string }> }> {
  const socket = new WebSocket(`${t.baseUrl.replace('http', 'ws')}/collab/${documentName}`, { headers: { cookie: client.sessionCookie ?? '' } });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    socket.on('open', () => resolve());
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`closed before open: ${documentName}`)));
  });
  return { closed };
}

/**
 * "Purge means gone" (issue 12): after the CoP's retention period the casus, every board and
 * draft of the session (update log, snapshots) and the unpublished harvest drafts are removed;
 * no route and no socket can read them; the session's metadata and its published lessons stay.
 */
describe('purge of a session after the retention period', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.clock.release());
  afterAll(() => t.close());

  it('removes casus, boards, drafts and unpublished lessons; no route and no socket reads them afterwards', async () => {
    const f = await liveSessionFixture(t, 'purge-gone');
    const { sessionId } = f;
    expect((await f.presenter.client.put<CaseView>(`/api/sessions/${sessionId}/case`, CLEAN_CASE)).status).toBe(200);

    // The session runs: the facilitator writes on the first board, the presenter tells the casus
    // again on the casus board, a participant writes a question in a private draft.
    const control = liveSocket(t, f.facilitator.client);
    await emitAck(control, 'join', { sessionId });
    const command = async (type: string) => {
      const ack = await emitAck(control, 'command', { sessionId, type });
      if (!('ok' in ack)) throw new Error(`${type}: ${JSON.stringify(ack)}`);
    };
    await command('start');
    const written: string[] = [];
    const writeNotes = async (client: TestClient, name: string) => {
      const y = yClient(t, client, name);
      await synced(y.provider);
      y.doc.getText('notes').insert(0, `Notitie ${BOARD_MARKER}`);
      written.push(name);
      return y;
    };
    const first = await writeNotes(f.facilitator.client, board(sessionId, 'terugblik'));
    await command('advance');
    const casus = await writeNotes(f.presenter.client, board(sessionId, 'casus'));
    await command('advance');
    const draftName = draft(sessionId, 'vragen-noteren', f.participant.user.id);
    const own = yClient(t, f.participant.client, draftName);
    await synced(own.provider);
    own.doc.getMap('cardsByAuthor').set(`${f.participant.user.id}/q1`, { text: `Vraag ${BOARD_MARKER}?`, createdAt: 1 });
    written.push(draftName);
    const persistence = t.app.get(PersistenceExtension);
    await waitFor(async () => {
      await persistence.queue.flush();
      const [row] = await t.dataSource.query(`SELECT count(DISTINCT document_name)::int AS n FROM collab_updates WHERE document_name LIKE $1`, [`session.${sessionId}.%`]);
      return row.n === written.length;
    }, 10_000, 'every board stored');
    await command('end');
    for (const y of [first, casus, own]) y.provider.destroy();
    control.close();

    // The harvest left two drafts; one was published (it passed review), the other not.
    const [published] = await t.dataSource.query(
      `INSERT INTO lessons (community_id, session_id, session_date, text, status, published_at) VALUES ($1, $2, now(), $3, 'published', now()) RETURNING id`,
      [f.community.id, sessionId, PUBLISHED],
    );
    await t.dataSource.query(`INSERT INTO lessons (community_id, session_id, session_date, text, status) VALUES ($1, $2, now(), $3, 'draft')`, [f.community.id, sessionId, `Les ${BOARD_MARKER}`]);

    const [{ closed_at: closedAt }] = await t.dataSource.query(`SELECT closed_at FROM sessions WHERE id = $1`, [sessionId]);
    expect(closedAt).toBeInstanceOf(Date);
    // The search below works: before the purge the marker is in the database, in the boards too.
    expect(await databaseText(t)).toContain(BOARD_MARKER);
    const [stored] = await t.dataSource.query(`SELECT count(*)::int AS n FROM collab_updates WHERE document_name LIKE $1 AND position($2::bytea IN update) > 0`, [`session.${sessionId}.%`, Buffer.from(BOARD_MARKER)]);
    expect(stored.n).toBeGreaterThan(0);

    // 29 days later nothing is due yet: the summary still reads the boards.
    t.clock.set(new Date(closedAt.getTime() + 29 * DAY));
    await runner(t).runDue();
    const reader = yClient(t, await clientAs(t, f.facilitator.user), board(sessionId, 'casus'));
    await synced(reader.provider);
    expect(reader.doc.getText('notes').toString()).toContain(BOARD_MARKER);
    reader.provider.destroy();
    const stillOpen = await openSocket(t, board(sessionId, 'terugblik'), await clientAs(t, f.participant.user));

    // The retention period (30 days from closing) has passed: the hourly sweep purges.
    t.clock.set(new Date(closedAt.getTime() + 30 * DAY + 60_000));
    await runner(t).runDue();
    expect(await stillOpen.closed).toEqual({ code: 4410, reason: 'purged' });

    // Storage: no update log, no snapshot, no unpublished lesson, no trace of the text anywhere.
    const leftovers = await t.dataSource.query(
      `SELECT document_name FROM collab_updates WHERE document_name LIKE $1 UNION ALL SELECT document_name FROM collab_snapshots WHERE document_name LIKE $1`,
      [`session.${sessionId}.%`],
    );
    expect(leftovers).toEqual([]);
    expect(await databaseText(t)).not.toContain(BOARD_MARKER);
    const lessons = await t.dataSource.query(`SELECT id, status, text FROM lessons WHERE session_id = $1`, [sessionId]);
    expect(lessons).toEqual([{ id: published.id, status: 'published', text: PUBLISHED }]);
    const [session] = await t.dataSource.query(`SELECT status, title, boards_purged_at FROM sessions WHERE id = $1`, [sessionId]);
    expect(session).toMatchObject({ status: 'closed', title: 'Casusbespreking' });
    expect((session.boards_purged_at as Date).getTime()).toBe(closedAt.getTime() + 30 * DAY + 60_000);
    const audit = await t.dataSource.query(`SELECT action, actor_id, details FROM audit_log WHERE subject_id = $1 AND action IN ('case.purged', 'session.boards_purged') ORDER BY id`, [sessionId]);
    expect(audit).toEqual([
      { action: 'case.purged', actor_id: null, details: {} },
      { action: 'session.boards_purged', actor_id: null, details: { unpublishedLessons: 1 } },
    ]);

    // Sockets: every board and draft of the session is gone for everyone who took part (4410, no
    // reconnect); a CoP member who did not take part hears the same; an outsider learns nothing.
    const people = {
      facilitator: await clientAs(t, f.facilitator.user),
      presenter: await clientAs(t, f.presenter.user),
      participant: await clientAs(t, f.participant.user),
      bystander: await clientAs(t, f.bystander.user),
      outsider: await clientAs(t, f.outsider.user),
    };
    const names = [
      ...metAndereOgen.steps.map((step) => board(sessionId, step.id)),
      ...[f.facilitator.user, f.presenter.user, f.participant.user].map((user: UserEntity) => draft(sessionId, 'vragen-noteren', user.id)),
    ];
    for (const name of names) {
      for (const who of ['facilitator', 'presenter', 'participant', 'bystander'] as const) {
        expect(await rawCollabClose(t, name, { cookie: people[who].sessionCookie ?? '' }), `${who} ${name}`).toEqual({ code: 4410, reason: 'purged' });
      }
      expect(await rawCollabClose(t, name, { cookie: people.outsider.sessionCookie ?? '' })).toEqual({ code: 4404, reason: 'not_found' });
    }
    // The stock client, as the browser uses it, ends with `purged` and does not reconnect.
    const late = yClient(t, people.participant, board(sessionId, 'casus'));
    const lateClose = await new Promise<{ code: number; reason: string }>((resolve) => late.provider.on('connection-close', (event) => resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' })));
    expect(lateClose).toEqual({ code: 4410, reason: 'purged' });
    expect(late.doc.getText('notes').toString()).toBe('');
    late.provider.destroy();

    // The live room still opens (the session's metadata stays), and its view holds no board text.
    const live = liveSocket(t, people.participant);
    const joined = await emitAck(live, 'join', { sessionId });
    expect(joined).toMatchObject({ ok: true });
    expect(JSON.stringify(joined)).not.toContain(BOARD_MARKER);
    live.close();

    // REST: every GET route of the OpenAPI document, for the facilitator and a participant, with
    // this session's ids: none of them answers with the boards' text; the casus is 410.
    const paths = (await people.facilitator.get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs/openapi.json')).body.paths;
    const param = (template: string, name: string): string => {
      if (template.startsWith('/api/sessions/')) return sessionId;
      if (template.startsWith('/api/communities/')) return f.community.id;
      if (template.startsWith('/api/lessons/')) return published.id as string;
      if (name === 'file') return 'onbekend.ics';
      return '00000000-0000-4000-8000-00000000000f';
    };
    let routes = 0;
    for (const [template, operations] of Object.entries(paths)) {
      if (!('get' in operations) || template.startsWith('/api/docs')) continue;
      const url = template.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(param(template, name)));
      for (const who of ['facilitator', 'participant'] as const) {
        const response = await people[who].get(url);
        expect(response.status, `${who} GET ${url}`).toBeLessThan(500);
        expect(typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? ''), `${who} GET ${url}`).not.toContain(BOARD_MARKER);
      }
      routes++;
    }
    expect(routes).toBeGreaterThan(15);
    for (const who of ['facilitator', 'presenter', 'participant'] as const) {
      const gone = await people[who].get<{ error: { code: string } }>(`/api/sessions/${sessionId}/case`);
      expect(gone.status).toBe(410);
      expect(gone.body.error.code).toBe('case_purged');
    }
    // What stays: the session and its published lesson.
    expect((await people.participant.get(`/api/sessions/${sessionId}`)).status).toBe(200);
    expect((await people.participant.get<{ text: string }>(`/api/lessons/${published.id}`)).body.text).toBe(PUBLISHED);
  });

  it('purges the boards of a session without a casus too, and closes sockets on every process when told', async () => {
    // A year from today, frozen before anything is made: past the hourly sweep the test above left
    // scheduled (a month ahead), and every date below relative to it — so it holds on any day
    // (a fixed 2031 date stopped working once today passed it).
    t.clock.release();
    const now = new Date(t.clock.now().getTime() + 365 * DAY);
    t.clock.set(now);
    const f = await liveSessionFixture(t, 'purge-nocase');
    const stored = (sessionId: string) => {
      const doc = new Y.Doc();
      doc.getText('notes').insert(0, `Bord ${BOARD_MARKER}`);
      return t.dataSource.query(`INSERT INTO collab_updates (document_name, update) VALUES ($1, $2)`, [board(sessionId, 'terugblik'), Buffer.from(Y.encodeStateAsUpdate(doc))]);
    };
    // Closed 31 days ago (no casus was written) and 10 days ago.
    await t.dataSource.query(`UPDATE sessions SET status = 'closed', started_at = $2, closed_at = $2 WHERE id = $1`, [f.sessionId, new Date(now.getTime() - 31 * DAY)]);
    await stored(f.sessionId);
    const recent = await liveSessionFixture(t, 'purge-recent');
    await t.dataSource.query(`UPDATE sessions SET status = 'closed', started_at = $2, closed_at = $2 WHERE id = $1`, [recent.sessionId, new Date(now.getTime() - 10 * DAY)]);
    await stored(recent.sessionId);
    const participant = await clientAs(t, f.participant.user);
    const open = await openSocket(t, board(f.sessionId, 'terugblik'), participant);

    await runner(t).runDue();
    expect(await open.closed).toEqual({ code: 4410, reason: 'purged' });
    const left: Array<{ document_name: string }> = await t.dataSource.query(`SELECT document_name FROM collab_updates WHERE document_name LIKE 'session.%' AND document_name LIKE ANY($1)`, [[`session.${f.sessionId}.%`, `session.${recent.sessionId}.%`]]);
    expect(left.map((row) => row.document_name)).toEqual([board(recent.sessionId, 'terugblik')]);
    const recentParticipant = await clientAs(t, recent.participant.user);
    const recentOpen = await openSocket(t, board(recent.sessionId, 'terugblik'), recentParticipant);

    // Another api process purged this session (Redis carries the announcement): this process
    // re-reads the session and closes its sockets with `purged`, not `access_ended`.
    await t.dataSource.query(`UPDATE sessions SET boards_purged_at = $2 WHERE id = $1`, [recent.sessionId, now]);
    await t.app.get(AccessChanges).publish({ kind: 'session-changed', sessionId: recent.sessionId });
    expect(await recentOpen.closed).toEqual({ code: 4410, reason: 'purged' });
    expect(await rawCollabClose(t, board(recent.sessionId, 'terugblik'), { cookie: recentParticipant.sessionCookie ?? '' })).toEqual({ code: 4410, reason: 'purged' });
  });
});
