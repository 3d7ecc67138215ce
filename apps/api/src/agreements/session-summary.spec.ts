import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Socket } from 'socket.io-client';
import { BOARD_KEYS, cardKey, markKey, type SessionSummaryView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { emitAck, liveSessionFixture, synced, waitFor, yClient } from '../test/live-fixtures.js';
import { JobRunner } from '../jobs/job-runner.service.js';
import { CollabServer } from '../collaboration/collab-server.js';
import { boardDocumentName } from '../collaboration/document-name.js';
import { pdfText } from '../lessons/lesson-test-kit.js';
import { harvestEntry, writeEntries } from '../lessons/lesson-test-kit.js';
import { command, mailText, runToStep } from './agreement-test-kit.js';

type Fixture = Awaited<ReturnType<typeof liveSessionFixture>>;

const CASE = {
  title: 'Overstap naar het voortgezet onderwijs loopt vast',
  context: 'Een leerling van elf jaar uit groep 8 heeft sinds de zomer steeds vaker buikpijn voor schooltijd.',
  keyQuestion: 'Hoe maken we één plan met de ouders zonder dat iedereen langs elkaar heen werkt?',
  tried: 'Een gesprek met ouders en de intern begeleider.',
  askOfGroup: 'Kijk mee vanuit jullie eigen domein: wat zien jullie dat wij missen?',
  anonymisedConfirmed: true,
  consentConfirmed: true,
};
const ADVICE_MARKED = 'Plan één gesprek met ouders, school en wijkteam samen en spreek af wie de regie houdt.';
const ADVICE_OTHER = 'Vraag de jeugdarts om mee te kijken naar de buikpijn.';
const ADVICE_NAMED = 'Bel Jeroen van de leerplicht voordat het verzuim oploopt.';
const AGREEMENT = 'Zet de overdracht op de agenda van het zorgoverleg.';

const summaryMails = (t: TestApp) => t.outbox().filter((eml) => mailText(eml).includes('Naar de samenvatting'));

/** Adds a card as its author's own Yjs client would (layout 2: under "<authorId>/<cardId>"). */
function addCard(doc: Y.Doc, authorId: string, id: string, text: string, createdAt: number): string {
  const entry = new Y.Map<unknown>();
  entry.set('text', text);
  entry.set('createdAt', createdAt);
  doc.getMap(BOARD_KEYS.cards).set(cardKey(authorId, id), entry);
  return cardKey(authorId, id);
}

describe('the summary people receive after closing', () => {
  let t: TestApp;
  let f: Fixture;
  let sockets: Socket[] = [];
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2030-03-01T09:00:00Z');
    f = await liveSessionFixture(t, 'sum');
    expect((await f.presenter.client.put(`/api/sessions/${f.sessionId}/case`, CASE)).status).toBe(200);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t.close();
  });

  it('advice written in the advice round, an agreement made there; another person’s mark is refused by the server', async () => {
    sockets = await runToStep(t, f, 'adviesronde');
    const { doc, provider } = yClient(t, f.participant.client, boardDocumentName(f.sessionId, 'adviesronde'));
    await synced(provider);
    const me = f.participant.user.id;
    keys['marked'] = addCard(doc, me, 'a1', ADVICE_MARKED, 1);
    keys['other'] = addCard(doc, me, 'a2', ADVICE_OTHER, 2);
    keys['named'] = addCard(doc, me, 'a3', ADVICE_NAMED, 3);
    await waitFor(async () => (await t.app.get(CollabServer).snapshot(boardDocumentName(f.sessionId, 'adviesronde'))).getMap(BOARD_KEYS.cards).size === 3, 10_000, 'advice stored');
    // A mark is the inbrenger's own entry: a participant writing one under the inbrenger's id is closed.
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      provider.once('connection-close', (event: { code: number; reason: string } | null) => resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' })),
    );
    doc.getMap(BOARD_KEYS.marks).set(markKey(f.presenter.user.id, keys['marked'] ?? ''), true);
    expect(await closed).toEqual({ code: 4403, reason: 'forbidden_change' });
    provider.destroy();
    expect((await t.app.get(CollabServer).snapshot(boardDocumentName(f.sessionId, 'adviesronde'))).getMap(BOARD_KEYS.marks).size).toBe(0);

    const made = await f.facilitator.client.post(`/api/sessions/${f.sessionId}/agreements`, { stepId: 'adviesronde', ownerText: 'de intern begeleider', what: AGREEMENT, dueDate: '2030-03-20', level: 'uitvoering' });
    expect(made.status).toBe(201);
  });

  it('the inbrenger marks two pieces of advice in the response step; a lesson is harvested', async () => {
    const [facilitator] = sockets;
    if (!facilitator) throw new Error('no facilitator socket');
    await command(facilitator, f.sessionId, { type: 'jumpTo', stepId: 'reactie' });
    const { doc, provider } = yClient(t, f.presenter.client, boardDocumentName(f.sessionId, 'reactie'));
    await synced(provider);
    doc.getMap(BOARD_KEYS.marks).set(markKey(f.presenter.user.id, keys['marked'] ?? ''), true);
    doc.getMap(BOARD_KEYS.marks).set(markKey(f.presenter.user.id, keys['named'] ?? ''), true);
    await waitFor(async () => (await t.app.get(CollabServer).snapshot(boardDocumentName(f.sessionId, 'reactie'))).getMap(BOARD_KEYS.marks).size === 2, 10_000, 'marks stored');
    provider.destroy();

    await command(facilitator, f.sessionId, { type: 'jumpTo', stepId: 'oogst' });
    const harvest = yClient(t, f.participant.client, boardDocumentName(f.sessionId, 'oogst'));
    await synced(harvest.provider);
    writeEntries(harvest.doc, [harvestEntry({ id: 'l1', authorId: f.participant.user.id, text: 'Eén plan met één regiehouder voorkomt dat ouders alles vier keer vertellen.', elementIds: ['regie-op-samenwerking'] })]);
    await waitFor(async () => (await t.app.get(CollabServer).snapshot(boardDocumentName(f.sessionId, 'oogst'))).getMap(BOARD_KEYS.lessons).size === 1, 10_000, 'lesson stored');
    harvest.provider.destroy();
  });

  it('no summary before the session is closed', async () => {
    const early = await f.participant.client.get(`/api/sessions/${f.sessionId}/summary`);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: { code: 'summary_not_ready' } });
  });

  it('after closing, each participant gets one summary mail: agreements, the marked advice, the lessons in review — no casus text, nothing identifying', async () => {
    const [facilitator] = sockets;
    if (!facilitator) throw new Error('no facilitator socket');
    const before = summaryMails(t).length;
    expect(await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'end' })).toEqual({ ok: true });
    // The harvest runs on close; the summary job waits for it, then fans out and sends at once (no poll needed).
    await waitFor(async () => (await t.dataSource.query(`SELECT 1 FROM lessons WHERE session_id = $1`, [f.sessionId])).length === 1, 10_000, 'harvest');
    await waitFor(() => summaryMails(t).length === before + 3, 20_000, 'three summary mails');
    const mails = summaryMails(t).slice(before);
    const recipients = mails.map((eml) => eml.match(/^To: (.*)$/m)?.[1]?.trim()).sort();
    expect(recipients).toEqual(['sum-facilitator@example.org', 'sum-member@example.org', 'sum-presenter@example.org']);
    for (const eml of mails) {
      const text = mailText(eml);
      expect(text).toContain(AGREEMENT);
      expect(text).toContain('de intern begeleider');
      expect(text).toContain(ADVICE_MARKED);
      expect(text).toContain('Eén geleerde les wacht op de beoordeling door de gespreksleider.');
      expect(text).toContain(`/sessies/${f.sessionId}/samenvatting`);
      // Not marked: not in the mail. Marked but with a name in it: left out, and the mail says so.
      expect(text).not.toContain(ADVICE_OTHER);
      expect(text).not.toContain('Jeroen');
      expect(text).toContain('Eén tekst staat niet in deze mail');
      for (const field of [CASE.title, CASE.context, CASE.keyQuestion, CASE.tried, CASE.askOfGroup, 'buikpijn']) expect(text).not.toContain(field);
    }
    // Exactly once: the jobs are done, and running the job runner (as its poll would) sends nothing more.
    const statuses = await t.dataSource.query(`SELECT kind, status FROM jobs WHERE dedupe_key LIKE $1 ORDER BY dedupe_key`, [`summary:${f.sessionId}%`]);
    expect(statuses).toHaveLength(4);
    expect(statuses.every((job: { status: string }) => job.status === 'done')).toBe(true);
    await t.app.get(JobRunner).runDue(t.clock.now());
    expect(summaryMails(t).length).toBe(before + 3);
  });

  it('the summary page’s data: for those with a seat, advice marked first; a bystander 403, an outsider 404', async () => {
    const summary = await f.participant.client.get<SessionSummaryView>(`/api/sessions/${f.sessionId}/summary`);
    expect(summary.status).toBe(200);
    expect(summary.body.session).toMatchObject({ id: f.sessionId, title: 'Casusbespreking', communityId: f.community.id });
    expect(summary.body.agreements.map((agreement) => agreement.what)).toEqual([AGREEMENT]);
    expect(summary.body.advice).toEqual([
      { text: ADVICE_MARKED, authorName: 'Mo Member', marked: true },
      { text: ADVICE_NAMED, authorName: 'Mo Member', marked: true },
      { text: ADVICE_OTHER, authorName: 'Mo Member', marked: false },
    ]);
    expect(summary.body).toMatchObject({ lessonsInReview: 1, isPresenter: false, boardsPurged: false });
    expect(JSON.stringify(summary.body)).not.toContain(CASE.context);
    expect((await f.presenter.client.get<SessionSummaryView>(`/api/sessions/${f.sessionId}/summary`)).body.isPresenter).toBe(true);
    expect((await f.bystander.client.get(`/api/sessions/${f.sessionId}/summary`)).status).toBe(403);
    expect((await f.outsider.client.get(`/api/sessions/${f.sessionId}/summary`)).status).toBe(404);
  });

  it('the inbrenger downloads “mijn adviezen” as PDF; nobody else can', async () => {
    const response = await fetch(`${t.baseUrl}/api/sessions/${f.sessionId}/summary/mijn-adviezen.pdf`, { headers: { cookie: f.presenter.client.sessionCookie ?? '' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/pdf');
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(response.headers.get('content-disposition')).toMatch(/filename="mijn-adviezen-\d{4}-\d{2}-\d{2}\.pdf"/);
    const text = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('Adviezen die mij aanspreken');
    expect(text).toContain('Plan één gesprek met ouders');
    expect(text).toContain('De andere adviezen');
    expect(text).toContain('Zet de overdracht op de agenda');
    expect(text).not.toContain('buikpijn voor schooltijd');
    expect((await f.participant.client.get(`/api/sessions/${f.sessionId}/summary/mijn-adviezen.pdf`)).status).toBe(403);
    // The marks are the inbrenger's personal data: in her export, under the response board.
    const exported = await f.presenter.client.get<{ boardEntries: Array<{ stepId: string; marks: Array<{ cardKey: string }> }> }>('/api/me/export');
    expect(exported.body.boardEntries.find((entry) => entry.stepId === 'reactie')?.marks).toEqual(
      expect.arrayContaining([{ cardKey: keys['marked'] }, { cardKey: keys['named'] }]),
    );
    expect((await f.outsider.client.get(`/api/sessions/${f.sessionId}/summary/mijn-adviezen.pdf`)).status).toBe(404);
  });
});
