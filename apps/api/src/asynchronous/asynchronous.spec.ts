import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_KEYS, cardKey, type SessionView, type StepProgressView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { clientAs } from '../test/fixtures.js';
import { emitAck, liveSocket, synced, waitFor, yClient } from '../test/live-fixtures.js';
import { sessionCommunity, subjectOf } from '../sessions/session-test-kit.js';
import { JobRunner } from '../jobs/job-runner.service.js';
import { CollabServer } from '../collaboration/collab-server.js';
import { PersistenceExtension } from '../collaboration/extensions/persistence.extension.js';
import { boardDocumentName, draftDocumentName } from '../collaboration/document-name.js';
import { harvestEntry, writeEntries } from '../lessons/lesson-test-kit.js';

/**
 * Issue 16: an asynchronous session driven by a controlled clock from its first window to the
 * harvest in the library — windows open and close on time, every mail goes out exactly once (also
 * across a restart of the api), writing stops when a window closes, private drafts are revealed at
 * the close, and the harvest becomes a lesson.
 */
const HOUR = 3_600_000;
/** A Monday 09:00 in Amsterdam, years ahead: the whole session is planned from here. */
const T0 = new Date('2031-03-03T08:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

type Community = Awaited<ReturnType<typeof sessionCommunity>>;

describe('an asynchronous session, run by the clock', () => {
  let t: TestApp;
  let c: Community;
  let session: SessionView;
  /** Mails of earlier api processes (each test app has its own outbox). */
  const earlierOutbox: string[] = [];
  const allMails = () => [...earlierOutbox, ...t.outbox()];
  const windowOf = (stepId: string) => {
    const window = session.windows.find((w) => w.stepId === stepId);
    if (!window) throw new Error(`no window for ${stepId}`);
    return { opensAt: Date.parse(window.opensAt), closesAt: Date.parse(window.closesAt) };
  };

  /** Sets the api clock and runs every due job until nothing more is due (the clock's listener plans asynchronously). */
  async function settle(now: Date): Promise<void> {
    t.clock.set(now.toISOString());
    let quiet = 0;
    while (quiet < 3) {
      const run = await t.app.get(JobRunner).runDue(now);
      quiet = run.done + run.skipped + run.failed + run.retried === 0 ? quiet + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  }
  const liveState = async () => {
    const [row] = await t.dataSource.query(`SELECT status, live_state FROM sessions WHERE id = $1`, [session.id]);
    return row as { status: string; live_state: { currentStepId: string; revealedStepIds: string[]; status: string } | null };
  };
  const openedMails = (stepTitle: string) => allMails().filter((eml) => subjectOf(eml).startsWith('Stap open tot') && subjectOf(eml).includes(stepTitle));
  const reminderMails = () => allMails().filter((eml) => subjectOf(eml).startsWith('Herinnering: "Vragen in stilte"'));
  const recipientOf = (eml: string) => eml.match(/^To: (.*)$/m)?.[1]?.trim() ?? '';

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(T0.toISOString());
    c = await sessionCommunity(t, 'async');
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a plan the clock cannot run, naming the step and why', async () => {
    const base = { title: 'Schriftelijke intervisie', startsAt: at(24 * HOUR).toISOString(), presenterId: c.presenter.user.id };
    const url = `/api/communities/${c.community.id}/sessions`;
    // Handing out roles (Balint) needs everyone at once.
    const balint = await c.facilitator.client.post<{ error: { code: string; details: { problems: Array<{ code: string; stepId: string | null; message: string }> } } }>(url, { ...base, methodId: 'balintmethode', mode: 'async' });
    expect(balint.status).toBe(422);
    expect(balint.body.error.code).toBe('invalid_windows');
    expect(balint.body.error.details.problems).toEqual([expect.objectContaining({ code: 'step_not_async', stepId: 'rollen', message: expect.stringMatching(/alleen live/) })]);
    // A gap between two windows: the clock would leave the session nowhere.
    const start = at(24 * HOUR).getTime();
    const gap = [
      { stepId: 'terugblik', opensAt: new Date(start).toISOString(), closesAt: new Date(start + 24 * HOUR).toISOString() },
      { stepId: 'casus', opensAt: new Date(start + 25 * HOUR).toISOString(), closesAt: new Date(start + 48 * HOUR).toISOString() },
    ];
    const gapped = await c.facilitator.client.post<{ error: { code: string; details: { problems: Array<{ code: string; stepId: string | null }> } } }>(url, { ...base, methodId: 'met-andere-ogen', mode: 'async', windows: gap });
    expect(gapped.status).toBe(422);
    expect(gapped.body.error.details.problems.map((p) => `${p.code}@${p.stepId}`)).toEqual(expect.arrayContaining(['windows_not_contiguous@casus', 'window_missing@vragen-noteren']));
    // A mixed session whose steps before the meeting would open in the past.
    const meeting = at(24 * HOUR).getTime();
    const past = await c.facilitator.client.post<{ error: { code: string } }>(url, {
      ...base,
      methodId: 'met-andere-ogen',
      mode: 'mixed',
      windows: [{ stepId: 'terugblik', opensAt: new Date(T0.getTime() - HOUR).toISOString(), closesAt: new Date(meeting).toISOString() }],
    });
    expect(past.status).toBe(422);
    expect(past.body.error.code).toBe('window_in_past');
    // Only facilitators plan: a member gets 403, an outsider 404.
    expect((await c.member.client.post(url, { ...base, methodId: 'met-andere-ogen', mode: 'async' })).status).toBe(403);
    expect((await c.outsider.client.post(url, { ...base, methodId: 'met-andere-ogen', mode: 'async' })).status).toBe(404);
  });

  it('is planned with the method’s default windows, back to back from the start', async () => {
    const created = await c.facilitator.client.post<SessionView>(`/api/communities/${c.community.id}/sessions`, {
      title: 'Schriftelijke intervisie',
      methodId: 'met-andere-ogen',
      mode: 'async',
      startsAt: at(24 * HOUR).toISOString(),
      presenterId: c.presenter.user.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    session = created.body;
    expect(session.mode).toBe('async');
    expect(session.windows.map((w) => w.stepId)).toEqual(['terugblik', 'casus', 'vragen-noteren', 'vragenronde', 'kernvraag', 'andere-ogen', 'adviesronde', 'reactie', 'oogst', 'evaluatie']);
    expect(session.windows[0]?.opensAt).toBe(at(24 * HOUR).toISOString());
    expect(session.windows[0]?.opensLabel.nl).toBe('di 4 mrt 09:00');
    expect(session.endsAt).toBe(session.windows.at(-1)?.closesAt);
    for (const client of [c.member.client, c.other.client]) expect((await client.put(`/api/sessions/${session.id}/rsvp`, { response: 'yes' })).status).toBe(200);
  });

  it('opens the first window on time, mails every participant once and notifies them in the app', async () => {
    const first = windowOf('terugblik');
    await settle(new Date(first.opensAt - 1000));
    expect((await liveState()).status).toBe('scheduled');
    await settle(new Date(first.opensAt));
    const state = await liveState();
    expect(state.status).toBe('live');
    expect(state.live_state?.currentStepId).toBe('terugblik');
    const mails = openedMails('Terugblik op de vorige afspraken');
    // Facilitator, inbrenger and the two who said yes; not the member who did not answer.
    expect(mails.map(recipientOf).sort()).toEqual(['async-facilitator@example.org', 'async-member@example.org', 'async-other@example.org', 'async-presenter@example.org']);
    const notifications = await c.member.client.get<{ items: Array<{ kind: string; link: string; resolved: boolean }> }>('/api/me/notifications');
    expect(notifications.body.items.filter((n) => n.kind === 'step_open')).toEqual([expect.objectContaining({ link: `/sessies/${session.id}/live`, resolved: false })]);
    // The home page says which step is open for them, and until when.
    const home = await c.member.client.get<{ sessions: Array<{ id: string; openStep: { title: { nl: string }; closesLabel: { nl: string } } | null }> }>('/api/me/home');
    expect(home.body.sessions.find((s) => s.id === session.id)?.openStep).toEqual({
      title: { nl: 'Terugblik op de vorige afspraken', en: expect.any(String) },
      closesLabel: { nl: 'wo 5 mrt 09:00', en: 'Wed 5 Mar 09:00' },
    });
  });

  it('moves on when each window closes, not before; the last step’s notification is resolved', async () => {
    const first = windowOf('terugblik');
    await settle(new Date(first.closesAt - 1000));
    expect((await liveState()).live_state?.currentStepId).toBe('terugblik');
    await settle(new Date(first.closesAt));
    expect((await liveState()).live_state?.currentStepId).toBe('casus');
    const notifications = await c.member.client.get<{ items: Array<{ kind: string; title: string; resolved: boolean }> }>('/api/me/notifications');
    const open = notifications.body.items.filter((n) => n.kind === 'step_open');
    expect(open.map((n) => [n.title.split(' — ')[0], n.resolved])).toEqual([
      ['Casus inbrengen', false],
      ['Terugblik op de vorige afspraken', true],
    ]);
  });

  it('reminds only those who have not contributed, reveals the drafts at the close and then refuses writing', async () => {
    await settle(new Date(windowOf('casus').closesAt));
    expect((await liveState()).live_state?.currentStepId).toBe('vragen-noteren');
    // Mo writes a question in his private draft; Otto writes nothing.
    const draftName = draftDocumentName(session.id, 'vragen-noteren', c.member.user.id);
    const writer = yClient(t, c.member.client, draftName);
    await synced(writer.provider);
    writer.doc.getMap(BOARD_KEYS.cards).set(cardKey(c.member.user.id, 'q1'), new Y.Map(Object.entries({ text: 'Wat heeft de school al geprobeerd?', createdAt: 1 })));
    await t.app.get(PersistenceExtension).queue.flush();
    await waitFor(async () => (await t.app.get(CollabServer).snapshot(draftName)).getMap(BOARD_KEYS.cards).size === 1, 5000, 'draft stored');
    // Progress: Mo has contributed, Otto not; an outsider learns nothing, a member who does not take part is refused.
    const progress = await c.other.client.get<StepProgressView>(`/api/sessions/${session.id}/progress`);
    expect(progress.status).toBe(200);
    expect(progress.body.stepId).toBe('vragen-noteren');
    expect(progress.body.window?.closesAt).toBe(new Date(windowOf('vragen-noteren').closesAt).toISOString());
    expect(progress.body.writers.find((w) => w.userId === c.member.user.id)?.contributed).toBe(true);
    expect(progress.body.writers.find((w) => w.userId === c.other.user.id)?.contributed).toBe(false);
    expect(progress.body.mine).toBe(false);
    expect((await c.outsider.client.get(`/api/sessions/${session.id}/progress`)).status).toBe(404);
    expect((await c.extra.client.get(`/api/sessions/${session.id}/progress`)).status).toBe(403);

    const window = windowOf('vragen-noteren');
    await settle(new Date(window.closesAt - 24 * HOUR));
    const reminded = reminderMails().map(recipientOf);
    expect(reminded).toContain('async-other@example.org');
    expect(reminded).not.toContain('async-member@example.org');
    expect(new Set(reminded).size).toBe(reminded.length);

    // The window closes: the drafts are revealed and the step moves on.
    await settle(new Date(window.closesAt));
    const state = await liveState();
    expect(state.live_state?.revealedStepIds).toContain('vragen-noteren');
    expect(state.live_state?.currentStepId).toBe('vragenronde');
    const reader = yClient(t, c.other.client, draftName);
    await synced(reader.provider);
    await waitFor(() => reader.doc.getMap(BOARD_KEYS.cards).size === 1, 5000, 'revealed draft readable');
    // Mo's still-open connection writes after the close: not stored.
    writer.doc.getMap(BOARD_KEYS.cards).set(cardKey(c.member.user.id, 'q2'), new Y.Map(Object.entries({ text: 'Te laat', createdAt: 2 })));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await t.app.get(PersistenceExtension).queue.flush();
    expect([...(await t.app.get(CollabServer).snapshot(draftName)).getMap(BOARD_KEYS.cards).keys()]).toEqual([cardKey(c.member.user.id, 'q1')]);
    writer.provider.destroy();
    reader.provider.destroy();
  });

  it('the inbrenger answers a question in writing within the window; an answer in her name from someone else is not stored', async () => {
    expect((await liveState()).live_state?.currentStepId).toBe('vragenronde');
    const board = boardDocumentName(session.id, 'vragenronde');
    const question = cardKey(c.member.user.id, 'q1');
    const presenter = yClient(t, c.presenter.client, board);
    const forger = yClient(t, c.member.client, board);
    await Promise.all([synced(presenter.provider), synced(forger.provider)]);
    presenter.doc.getMap(BOARD_KEYS.answers).set(`${c.presenter.user.id}/${question}`, new Y.Map(Object.entries({ text: 'De mentor heeft twee keer gebeld.', createdAt: 3 })));
    forger.doc.getMap(BOARD_KEYS.answers).set(`${c.presenter.user.id}/${question}x`, new Y.Map(Object.entries({ text: 'Namens de inbrenger', createdAt: 4 })));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await t.app.get(PersistenceExtension).queue.flush();
    const stored = (await t.app.get(CollabServer).snapshot(board)).getMap(BOARD_KEYS.answers).toJSON();
    expect(stored).toEqual({ [`${c.presenter.user.id}/${question}`]: { text: 'De mentor heeft twee keer gebeld.', createdAt: 3 } });
    // The answer counts as her contribution to the step.
    const progress = await c.presenter.client.get<StepProgressView>(`/api/sessions/${session.id}/progress`);
    expect(progress.body.mine).toBe(true);
    presenter.provider.destroy();
    forger.provider.destroy();
  });

  it('sends nothing twice and loses nothing across a restart of the api', async () => {
    const databaseUrl = t.databaseUrl;
    earlierOutbox.push(...t.outbox());
    await t.close();
    t = await startTestApp({}, { databaseUrl });
    // New process, new port: the same people log in again, at the session's time (logins expire).
    t.clock.set(new Date(windowOf('vragen-noteren').closesAt).toISOString());
    for (const person of [c.facilitator, c.member, c.outsider, c.presenter, c.other, c.extra]) person.client = await clientAs(t, person.user);
    // The same moment again in a new process: nothing new is due, nothing is sent again.
    const before = allMails().length;
    await settle(new Date(windowOf('vragen-noteren').closesAt));
    expect(allMails().length).toBe(before);
    // The next close, in the new process.
    await settle(new Date(windowOf('vragenronde').closesAt));
    expect((await liveState()).live_state?.currentStepId).toBe('kernvraag');
    for (const title of ['Terugblik op de vorige afspraken', 'Vragen in stilte', 'Vragenronde']) {
      const recipients = openedMails(title).map(recipientOf);
      expect(recipients.length, title).toBeGreaterThan(0);
      expect(new Set(recipients).size, `${title}: one mail per person`).toBe(recipients.length);
    }
  });

  it('the facilitator may move on before the window closes; the next step keeps its planned close', async () => {
    const facilitator = liveSocket(t, c.facilitator.client);
    expect(await emitAck(facilitator, 'join', { sessionId: session.id })).toMatchObject({ ok: true });
    await settle(new Date(windowOf('kernvraag').opensAt + HOUR));
    expect(await emitAck(facilitator, 'command', { sessionId: session.id, type: 'advance' })).toMatchObject({ ok: true });
    await settle(new Date(windowOf('kernvraag').opensAt + HOUR));
    expect((await liveState()).live_state?.currentStepId).toBe('andere-ogen');
    const progress = await c.member.client.get<StepProgressView>(`/api/sessions/${session.id}/progress`);
    expect(progress.body.window?.closesAt).toBe(new Date(windowOf('andere-ogen').closesAt).toISOString());
    facilitator.close();
  });

  it('runs to the harvest: the session closes after the last window and the harvested lesson reaches the library', async () => {
    for (const stepId of ['andere-ogen', 'adviesronde', 'reactie']) await settle(new Date(windowOf(stepId).closesAt));
    expect((await liveState()).live_state?.currentStepId).toBe('oogst');
    const board = boardDocumentName(session.id, 'oogst');
    const harvest = yClient(t, c.member.client, board);
    await synced(harvest.provider);
    writeEntries(harvest.doc, [harvestEntry({ id: 'les1', authorId: c.member.user.id, text: 'Schriftelijk voorbereiden maakt de live ronde korter en scherper.', elementIds: ['lerende-cyclus'] })]);
    await t.app.get(PersistenceExtension).queue.flush();
    await waitFor(async () => (await t.app.get(CollabServer).snapshot(board)).getMap(BOARD_KEYS.lessons).size === 1, 5000, 'harvest stored');
    harvest.provider.destroy();
    await settle(new Date(windowOf('oogst').closesAt));
    await settle(new Date(windowOf('evaluatie').closesAt));
    await waitFor(async () => (await liveState()).status === 'closed', 5000, 'closed');
    await waitFor(async () => {
      await t.app.get(JobRunner).runDue(t.clock.now());
      const rows = await t.dataSource.query(`SELECT id FROM lessons WHERE session_id = $1`, [session.id]);
      return rows.length === 1;
    }, 10_000, 'harvested lesson');
    const [lesson] = await t.dataSource.query(`SELECT id, status FROM lessons WHERE session_id = $1`, [session.id]);
    expect(lesson.status).toBe('draft');
    expect((await c.facilitator.client.post(`/api/lessons/${lesson.id}/publish`, { visibility: 'community' })).status).toBe(200);
    const library = await c.other.client.get<{ items: Array<{ id: string }> }>(`/api/lessons?q=${encodeURIComponent('schriftelijk voorbereiden')}`);
    expect(library.status).toBe(200);
    expect(library.body.items.map((item) => item.id)).toContain(lesson.id);
    // Every step opened exactly once per person over the whole session.
    const opened = allMails().filter((eml) => subjectOf(eml).startsWith('Stap open tot'));
    const keys = opened.map((eml) => `${recipientOf(eml)}|${subjectOf(eml).replace(/^Stap open tot [^:]*: /, '')}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(opened.length).toBe(4 * session.windows.length);
  });
});
