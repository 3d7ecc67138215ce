import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DestinationStream } from 'pino';
import type { CaseView, PrivacyFindingsDetails, SessionView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { amsterdam, runner, sessionCommunity } from '../sessions/session-test-kit.js';

interface ErrorBody<D = unknown> {
  error: { code: string; message: string; details?: D };
}

const CLEAN = {
  title: 'Thuiszitten na de herfstvakantie',
  context: 'Een leerling van veertien gaat sinds de herfstvakantie niet meer naar school. Ouders, mentor en leerplicht hebben elk een eigen plan.',
  keyQuestion: 'Hoe komen we tot één plan waarin de leerling zelf een stem heeft?',
  tried: 'Een gesprek met de leerplichtambtenaar en een aangepast rooster.',
  askOfGroup: 'Welke stap zien jullie die wij over het hoofd zien?',
  anonymisedConfirmed: true,
  consentConfirmed: true,
};
/** What an inbrenger may type in a first version: a BSN, a phone number and a name. */
const IDENTIFYING = ' Haar BSN is 123456782, vader belt vanaf 06-12345678 en ze heet Noor.';

/**
 * Issue 15: the casus as a private draft. A draft may hold what the guard finds, is read by its
 * author alone (to everyone else there is no casus), and becomes readable for the session's
 * confirmed participants only once a clean version is confirmed. Purge rules apply to drafts too.
 */
describe('casus drafts', () => {
  let t: TestApp;
  const logLines: string[] = [];
  const capture: DestinationStream = { write: (line: string) => void logLines.push(line) };
  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'trace' }, { logDestination: capture });
  });
  afterAll(() => t.close());

  async function session(prefix: string) {
    const f = await sessionCommunity(t, prefix);
    const s = (await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, {
      title: 'Casus over thuiszitten',
      methodId: 'met-andere-ogen',
      startsAt: amsterdam(7),
      presenterId: f.presenter.user.id,
    })).body;
    await f.member.client.put(`/api/sessions/${s.id}/rsvp`, { response: 'yes' });
    return { ...f, s, url: `/api/sessions/${s.id}/case` };
  }

  it('keeps a draft with identifiers private to the inbrenger: participant, facilitator and others see no casus, an outsider nothing at all', async () => {
    const f = await session('visible');
    const draft = await f.presenter.client.put<CaseView>(`${f.url}/draft`, { title: CLEAN.title, context: CLEAN.context + IDENTIFYING });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ status: 'draft', confirmedAt: null, title: CLEAN.title, keyQuestion: '', anonymisedConfirmed: false });
    expect(draft.body.context).toContain('123456782');

    const own = await f.presenter.client.get<CaseView>(f.url);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ status: 'draft', context: CLEAN.context + IDENTIFYING });

    const readers: Array<[string, typeof f.member, number]> = [
      ['participant (yes)', f.member, 404],
      ['session facilitator', f.facilitator, 404],
      ['member without RSVP', f.other, 403],
      ['outsider', f.outsider, 404],
    ];
    for (const [who, actor, status] of readers) {
      const response = await actor.client.get<ErrorBody>(f.url);
      expect(response.status, who).toBe(status);
      expect(JSON.stringify(response.body), who).not.toContain('123456782');
      expect(JSON.stringify(response.body), who).not.toContain('Thuiszitten');
    }

    // The session page: only the inbrenger learns that a draft exists; for everyone it is no casus yet.
    expect((await f.presenter.client.get<SessionView>(`/api/sessions/${f.s.id}`)).body).toMatchObject({ hasCase: false, hasCaseDraft: true, canWriteCase: true });
    expect((await f.member.client.get<SessionView>(`/api/sessions/${f.s.id}`)).body).toMatchObject({ hasCase: false, hasCaseDraft: false });
    expect((await f.facilitator.client.get<SessionView>(`/api/sessions/${f.s.id}`)).body).toMatchObject({ hasCase: false, hasCaseDraft: false });
    expect((await f.outsider.client.get(`/api/sessions/${f.s.id}`)).status).toBe(404);
  });

  it('confirming requires a clean casus: a draft with findings is refused (422) and stays private; a clean one is shared', async () => {
    const f = await session('confirm');
    expect((await f.presenter.client.put(`${f.url}/draft`, { ...CLEAN, context: CLEAN.context + IDENTIFYING })).status).toBe(200);

    const refused = await f.presenter.client.put<ErrorBody<PrivacyFindingsDetails>>(f.url, { ...CLEAN, context: CLEAN.context + IDENTIFYING });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('privacy_findings');
    expect(refused.body.error.details?.findings.map((x) => x.kind)).toEqual(['bsn', 'phone', 'name']);
    // Both confirmations are needed too.
    expect((await f.presenter.client.put<ErrorBody>(f.url, { ...CLEAN, anonymisedConfirmed: false })).status).toBe(400);
    expect((await f.member.client.get(f.url)).status).toBe(404);
    expect((await f.presenter.client.get<CaseView>(f.url)).body.status).toBe('draft');

    // A fixed instant an hour from now: the session and the login were made on today's clock, so a calendar date would expire them
    // on another day.
    const confirmedAt = new Date(Math.floor(Date.now() / 1000) * 1000 + 3_600_000).toISOString();
    t.clock.set(confirmedAt);
    try {
      const confirmed = await f.presenter.client.put<CaseView>(f.url, CLEAN);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ ...CLEAN, status: 'confirmed', confirmedAt });
    } finally {
      t.clock.release();
    }
    const read = await f.member.client.get<CaseView>(f.url);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ status: 'confirmed', keyQuestion: CLEAN.keyQuestion });
    expect((await f.facilitator.client.get(f.url)).status).toBe(200);
    expect((await f.member.client.get<SessionView>(`/api/sessions/${f.s.id}`)).body).toMatchObject({ hasCase: true, canReadCase: true });
    expect((await f.presenter.client.get<SessionView>(`/api/sessions/${f.s.id}`)).body).toMatchObject({ hasCase: true, hasCaseDraft: false });

    const audit: Array<{ action: string; details: Record<string, number> }> = await t.dataSource.query(
      `SELECT action, details FROM audit_log WHERE subject_id = $1 AND action LIKE 'case.%' ORDER BY id`,
      [f.s.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['case.draft_saved', 'case.read', 'case.confirmed', 'case.read', 'case.read']);
    // Counts only: three findings in the draft, never what they were.
    expect(audit[0]?.details).toMatchObject({ findings: 3 });
    expect(JSON.stringify(audit)).not.toContain('123456782');
  });

  it('takes a confirmed casus back when the inbrenger saves a draft over it, until it is confirmed again', async () => {
    const f = await session('withdraw');
    expect((await f.presenter.client.put(f.url, CLEAN)).status).toBe(200);
    expect((await f.member.client.get(f.url)).status).toBe(200);
    const back = await f.presenter.client.put<CaseView>(`${f.url}/draft`, { ...CLEAN, tried: `${CLEAN.tried} Ze heet Noor.` });
    expect(back.body).toMatchObject({ status: 'draft', confirmedAt: null });
    expect((await f.member.client.get<ErrorBody>(f.url)).status).toBe(404);
    expect((await f.member.client.get<SessionView>(`/api/sessions/${f.s.id}`)).body.hasCase).toBe(false);
    const [row] = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id DESC LIMIT 1`, [f.s.id]);
    expect(row.action).toBe('case.withdrawn_to_draft');
  });

  it('lets only the inbrenger save a draft, refuses an empty one and one over the length limit, and none once the session is cancelled', async () => {
    const f = await session('write');
    const url = `${f.url}/draft`;
    expect((await f.member.client.put<ErrorBody>(url, { context: 'x' })).status).toBe(403);
    expect((await f.facilitator.client.put<ErrorBody>(url, { context: 'x' })).status).toBe(403);
    expect((await f.outsider.client.put<ErrorBody>(url, { context: 'x' })).status).toBe(404);
    const empty = await f.presenter.client.put<ErrorBody>(url, { title: '  ', context: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('leeg concept');
    expect((await f.presenter.client.put<ErrorBody>(url, { context: 'x', unknown: 1 })).status).toBe(400);
    const long = await f.presenter.client.put<ErrorBody>(url, { context: 'x'.repeat(15_000), tried: 'y'.repeat(6_000) });
    expect(long.status).toBe(422);
    expect(long.body.error.code).toBe('case_too_long');
    expect((await f.presenter.client.put(url, { keyQuestion: 'Alleen de kernvraag al.' })).status).toBe(200);
    await f.facilitator.client.post(`/api/sessions/${f.s.id}/cancel`);
    expect((await f.presenter.client.put<ErrorBody>(url, { context: 'later' })).body.error.code).toBe('session_not_open');
  });

  it('purges a draft after the retention period like a confirmed casus', async () => {
    const f = await session('purge');
    expect((await f.presenter.client.put(`${f.url}/draft`, { context: CLEAN.context + IDENTIFYING })).status).toBe(200);
    await t.dataSource.query(`UPDATE sessions SET status = 'closed', started_at = now() - interval '31 days', closed_at = now() - interval '31 days' WHERE id = $1`, [f.s.id]);
    await runner(t).runDue(new Date());
    const [row] = await t.dataSource.query(`SELECT status, title, context, key_question, purged_at FROM cases WHERE session_id = $1`, [f.s.id]);
    expect(row).toMatchObject({ status: 'draft', title: '', context: '', key_question: '' });
    expect(row.purged_at).toBeInstanceOf(Date);
    expect((await f.presenter.client.get<ErrorBody>(f.url)).body.error.code).toBe('case_purged');
  });

  it('never writes draft text to the logs, even at level trace', async () => {
    const f = await session('logs');
    await f.presenter.client.put(`${f.url}/draft`, { ...CLEAN, context: CLEAN.context + IDENTIFYING });
    await f.presenter.client.get(f.url);
    await f.presenter.client.put(`${f.url}/draft`, { context: 'x'.repeat(20_001) });
    const logs = logLines.join('');
    expect(logs).toContain('"route":"/api/sessions/:id/case/draft"');
    for (const value of [CLEAN.title, CLEAN.context, CLEAN.keyQuestion, CLEAN.askOfGroup, '123456782', '06-12345678', 'Noor', 'xxxxxxxxxx']) {
      expect(logs).not.toContain(value);
    }
  });
});
