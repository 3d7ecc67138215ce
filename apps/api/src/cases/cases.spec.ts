import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DestinationStream } from 'pino';
import type { CaseView, PrivacyFindingsDetails, SessionView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { clientAs, createUser } from '../test/fixtures.js';
import { amsterdam, runner, sessionCommunity } from '../sessions/session-test-kit.js';

interface ErrorBody<D = unknown> {
  error: { code: string; message: string; details?: D };
}

const CLEAN = {
  title: 'Overstap naar het voortgezet onderwijs loopt vast',
  context: 'Een leerling van elf jaar uit groep 8 heeft sinds de zomer steeds vaker buikpijn voor schooltijd. School, wijkteam en huisarts zien elk een deel van het verhaal.',
  keyQuestion: 'Hoe maken we één plan met de ouders zonder dat iedereen langs elkaar heen werkt?',
  tried: 'Een gesprek met ouders en de intern begeleider; een verwijzing naar het wijkteam.',
  askOfGroup: 'Kijk mee vanuit jullie eigen domein: wat zien jullie dat wij missen?',
  anonymisedConfirmed: true,
  consentConfirmed: true,
};
const IDENTIFYING = ' Zijn BSN is 123456782 en moeder is bereikbaar op 06-12345678. Hij woont aan de Lindelaan 12 en heet Daan.';

describe('casus intake', () => {
  let t: TestApp;
  const logLines: string[] = [];
  const capture: DestinationStream = { write: (line: string) => void logLines.push(line) };
  beforeAll(async () => {
    // Everything this file does is logged at the most verbose level, so the last test can prove no casus text got out.
    t = await startTestApp({ LOG_LEVEL: 'trace' }, { logDestination: capture });
  });
  afterAll(() => t.close());

  async function sessionWithRoles(prefix: string) {
    const f = await sessionCommunity(t, prefix);
    const coFacilitator = await createUser(t, { email: `${prefix}-co@example.org`, name: 'Cor Co' });
    await t.dataSource.query(`INSERT INTO memberships (community_id, user_id, role) VALUES ($1, $2, 'facilitator')`, [f.community.id, coFacilitator.id]);
    const s = (await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, {
      title: 'Casus over de overstap',
      methodId: 'met-andere-ogen',
      startsAt: amsterdam(7),
      presenterId: f.presenter.user.id,
    })).body;
    await f.member.client.put(`/api/sessions/${s.id}/rsvp`, { response: 'yes' });
    await f.extra.client.put(`/api/sessions/${s.id}/rsvp`, { response: 'maybe' });
    await f.other.client.put(`/api/sessions/${s.id}/rsvp`, { response: 'no' });
    return { ...f, s, co: { user: coFacilitator, client: await clientAs(t, coFacilitator) } };
  }

  it('refuses identifying details with 422 listing every finding, honours accepted false positives but never for direct identifiers, then saves a clean casus', async () => {
    const f = await sessionWithRoles('privacy');
    const url = `/api/sessions/${f.s.id}/case`;
    const refused = await f.presenter.client.put<ErrorBody<PrivacyFindingsDetails>>(url, { ...CLEAN, context: CLEAN.context + IDENTIFYING });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('privacy_findings');
    expect(refused.body.error.message).toMatch(/4 gegevens/);
    const findings = refused.body.error.details?.findings ?? [];
    expect(findings.map((x) => [x.field, x.kind, x.match])).toEqual([
      ['context', 'bsn', '123456782'],
      ['context', 'phone', '06-12345678'],
      ['context', 'street_address', 'Lindelaan 12'],
      ['context', 'name', 'Daan'],
    ]);
    const text = CLEAN.context + IDENTIFYING;
    for (const x of findings) {
      expect(text.slice(x.start, x.end)).toBe(x.match);
      expect(x.message.nl).toMatch(/[a-z]/);
      expect(x.message.en).toMatch(/[a-z]/);
    }
    expect(findings.find((x) => x.kind === 'bsn')?.canAccept).toBe(false);
    expect(findings.find((x) => x.kind === 'name')?.canAccept).toBe(true);

    // "Daan" marked as not identifying: gone; the BSN cannot be waved through.
    const accepted = await f.presenter.client.put<ErrorBody<PrivacyFindingsDetails>>(url, { ...CLEAN, context: text, acceptedFindings: ['Daan', '123456782', 'Lindelaan 12', '06-12345678'] });
    expect(accepted.status).toBe(422);
    expect(accepted.body.error.details?.findings.map((x) => x.kind)).toEqual(['bsn', 'phone']);

    const missingConsent = await f.presenter.client.put<ErrorBody>(url, { ...CLEAN, consentConfirmed: false });
    expect(missingConsent.status).toBe(400);
    expect(missingConsent.body.error.message).toContain('toestemming');

    const saved = await f.presenter.client.put<CaseView>(url, CLEAN);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...CLEAN, sessionId: f.s.id, author: { id: f.presenter.user.id, name: 'Pien Presenter' }, purgeAfter: null, acceptedFindings: [] });
    expect((await f.member.client.get<SessionView>(`/api/sessions/${f.s.id}`)).body).toMatchObject({ hasCase: true, canReadCase: true, canWriteCase: false });
  });

  it('lets places through as warnings: they never block a save, and are not listed with the findings that do', async () => {
    const f = await sessionWithRoles('places');
    const url = `/api/sessions/${f.s.id}/case`;
    const withPlace = { ...CLEAN, context: `${CLEAN.context} Het gezin woont sinds kort in Oude Pekela.` };
    const refused = await f.presenter.client.put<ErrorBody<PrivacyFindingsDetails>>(url, { ...withPlace, context: `${withPlace.context} Moeder heet Yasmina.` });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details?.findings.map((x) => [x.kind, x.match])).toEqual([['name', 'Yasmina']]);
    expect(refused.body.error.message).toMatch(/1 gegeven /);
    const saved = await f.presenter.client.put<CaseView>(url, withPlace);
    expect(saved.status).toBe(200);
    expect(saved.body.context).toContain('Oude Pekela');
  });

  it('refuses a casus over 20,000 characters', async () => {
    const f = await sessionWithRoles('long');
    const response = await f.presenter.client.put<ErrorBody<{ characters: number; max: number }>>(`/api/sessions/${f.s.id}/case`, { ...CLEAN, context: 'x'.repeat(19_900) });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'case_too_long', message: 'Een casus is hoogstens 20.000 tekens. Maak hem korter.', details: { max: 20_000 } });
    expect(response.body.error.details?.characters).toBeGreaterThan(20_000);
    const oneField = await f.presenter.client.put<ErrorBody>(`/api/sessions/${f.s.id}/case`, { ...CLEAN, context: 'x'.repeat(20_001) });
    expect(oneField.status).toBe(400);
  });

  it('lets only the presenter write, and only facilitator, presenter and confirmed participants read — every read audited', async () => {
    const f = await sessionWithRoles('access');
    const url = `/api/sessions/${f.s.id}/case`;
    const admin = await createUser(t, { email: 'access-admin@example.org', isPlatformAdmin: true });
    const adminClient = await clientAs(t, admin);

    expect((await f.presenter.client.get<ErrorBody>(url)).body.error.code).toBe('not_found'); // nothing written yet
    expect((await f.facilitator.client.put<ErrorBody>(url, CLEAN)).status).toBe(403);
    expect((await f.member.client.put<ErrorBody>(url, CLEAN)).status).toBe(403);
    expect((await f.outsider.client.put<ErrorBody>(url, CLEAN)).status).toBe(404);
    expect((await f.presenter.client.put(url, CLEAN)).status).toBe(200);

    const expectations: Array<[string, { client: TestApp['client'] extends () => infer C ? C : never }, number]> = [
      ['facilitator', f.facilitator, 200],
      ['presenter', f.presenter, 200],
      ['participant (yes)', f.member, 200],
      ['participant (maybe): not before confirming', f.extra, 403],
      ['member who said no', f.other, 403],
      ['CoP co-facilitator without RSVP', f.co, 403],
      ['outsider', f.outsider, 404],
      ['platform administrator', { client: adminClient }, 403],
    ];
    for (const [who, actor, status] of expectations) {
      const response = await actor.client.get<CaseView | ErrorBody>(url);
      expect(response.status, who).toBe(status);
      if (status === 200) expect((response.body as CaseView).keyQuestion).toBe(CLEAN.keyQuestion);
      if (status === 404) expect(JSON.stringify(response.body)).not.toContain('overstap');
    }

    // "Maybe" confirms: from then on the casus opens for them.
    expect((await f.extra.client.get<SessionView>(`/api/sessions/${f.s.id}`)).body).toMatchObject({ myRsvp: 'maybe', canReadCase: false });
    expect((await f.extra.client.put(`/api/sessions/${f.s.id}/rsvp`, { response: 'yes' })).status).toBe(200);
    expect((await f.extra.client.get<SessionView>(`/api/sessions/${f.s.id}`)).body).toMatchObject({ myRsvp: 'yes', canReadCase: true });
    expect((await f.extra.client.get<CaseView>(url)).body.keyQuestion).toBe(CLEAN.keyQuestion);

    const audit: Array<{ action: string; actor_id: string; subject_id: string; details: object }> = await t.dataSource.query(
      `SELECT action, actor_id, subject_id, details FROM audit_log WHERE subject_type = 'session' AND subject_id = $1 AND action LIKE 'case.%' ORDER BY id`,
      [f.s.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['case.created', 'case.read', 'case.read', 'case.read', 'case.read']);
    expect(audit.filter((a) => a.action === 'case.read').map((a) => a.actor_id)).toEqual([f.facilitator.user.id, f.presenter.user.id, f.member.user.id, f.extra.user.id]);
    expect(audit.filter((a) => a.action === 'case.read').every((a) => JSON.stringify(a.details) === '{}')).toBe(true);
    const allAudit = JSON.stringify(await t.dataSource.query(`SELECT * FROM audit_log`));
    for (const value of [CLEAN.context, CLEAN.keyQuestion, CLEAN.title, 'buikpijn']) expect(allAudit).not.toContain(value);
  });

  it('discards the casus when the presenter changes; refuses edits once the session is cancelled', async () => {
    const f = await sessionWithRoles('handover');
    const url = `/api/sessions/${f.s.id}/case`;
    await f.presenter.client.put(url, CLEAN);
    await f.facilitator.client.patch(`/api/sessions/${f.s.id}`, { presenterId: f.member.user.id });
    expect((await f.member.client.get<ErrorBody>(url)).body.error.code).toBe('not_found');
    expect((await f.presenter.client.put<ErrorBody>(url, CLEAN)).status).toBe(403);
    expect((await f.member.client.put(url, CLEAN)).status).toBe(200);
    await f.facilitator.client.post(`/api/sessions/${f.s.id}/cancel`);
    expect((await f.member.client.put<ErrorBody>(url, CLEAN)).body.error.code).toBe('session_not_open');
    // A cancelled session never closes: its casus gets a purge date from the cancellation.
    const [row] = await t.dataSource.query(`SELECT purge_after FROM cases WHERE session_id = $1`, [f.s.id]);
    expect(row.purge_after.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
  });

  it('purges the casus text after the retention period from closing; the session and the row stay', async () => {
    const old = await sessionWithRoles('purge-old');
    const recent = await sessionWithRoles('purge-recent');
    for (const f of [old, recent]) expect((await f.presenter.client.put(`/api/sessions/${f.s.id}/case`, CLEAN)).status).toBe(200);
    // Closed by the live room (not this feature): 31 and 10 days ago, with the default 30 days retention.
    await t.dataSource.query(`UPDATE sessions SET status = 'closed', started_at = now() - interval '31 days', closed_at = now() - interval '31 days' WHERE id = $1`, [old.s.id]);
    await t.dataSource.query(`UPDATE sessions SET status = 'closed', started_at = now() - interval '10 days', closed_at = now() - interval '10 days' WHERE id = $1`, [recent.s.id]);

    // The hourly sweep is a persisted job planned at start-up.
    const [sweep] = await t.dataSource.query(`SELECT status FROM jobs WHERE kind = 'case.purge-sweep' ORDER BY id LIMIT 1`);
    expect(sweep.status).toBe('pending');
    await runner(t).runDue(new Date());

    const rows: Array<Record<string, unknown>> = await t.dataSource.query(`SELECT * FROM cases WHERE session_id = ANY($1) ORDER BY purged_at NULLS LAST`, [[old.s.id, recent.s.id]]);
    expect(rows[0]).toMatchObject({ session_id: old.s.id, title: '', context: '', key_question: '', tried: '', ask_of_group: '', accepted_findings: [] });
    expect(rows[0]?.purged_at).toBeInstanceOf(Date);
    expect(rows[1]).toMatchObject({ session_id: recent.s.id, context: CLEAN.context, purged_at: null });
    expect((rows[1]?.purge_after as Date).getTime()).toBeGreaterThan(Date.now() + 19 * 86_400_000);

    const gone = await old.presenter.client.get<ErrorBody>(`/api/sessions/${old.s.id}/case`);
    expect(gone.status).toBe(410);
    expect(gone.body.error.code).toBe('case_purged');
    expect((await old.member.client.get<SessionView>(`/api/sessions/${old.s.id}`)).body).toMatchObject({ status: 'closed', hasCase: false });
    expect((await recent.member.client.get<CaseView>(`/api/sessions/${recent.s.id}/case`)).status).toBe(200);
    const [audit] = await t.dataSource.query(`SELECT actor_id, details FROM audit_log WHERE action = 'case.purged' AND subject_id = $1`, [old.s.id]);
    expect(audit).toEqual({ actor_id: null, details: {} });
    // The sweep planned its successor.
    const next = await t.dataSource.query(`SELECT run_at FROM jobs WHERE kind = 'case.purge-sweep' AND status = 'pending'`);
    expect(next).toHaveLength(1);
    expect(next[0].run_at.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
  });

  it('never writes casus text to the logs, even at level trace', async () => {
    const f = await sessionWithRoles('logs');
    await f.presenter.client.put(`/api/sessions/${f.s.id}/case`, { ...CLEAN, context: CLEAN.context + IDENTIFYING });
    await f.presenter.client.put(`/api/sessions/${f.s.id}/case`, CLEAN);
    await f.member.client.get(`/api/sessions/${f.s.id}/case`);
    await f.presenter.client.put(`/api/sessions/${f.s.id}/case`, { ...CLEAN, context: 'x'.repeat(19_990) });
    const logs = logLines.join('');
    expect(logs).toContain('"route":"/api/sessions/:id/case"'); // the capture works: requests are logged
    expect(t.config.logLevel).toBe('trace');
    for (const value of [CLEAN.title, CLEAN.context, CLEAN.keyQuestion, CLEAN.tried, CLEAN.askOfGroup, 'buikpijn', '123456782', 'Lindelaan', '06-12345678', 'xxxxxxxxxx']) {
      expect(logs).not.toContain(value);
    }
  });
});
