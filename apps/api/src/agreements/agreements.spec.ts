import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { AgreementView } from '@mao/domain';
import { metAndereOgen } from '@mao/intervisie-method';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { emitAck, liveSessionFixture, liveSocket } from '../test/live-fixtures.js';
import { JobRunner } from '../jobs/job-runner.service.js';
import { mailText, runToStep } from './agreement-test-kit.js';

type Fixture = Awaited<ReturnType<typeof liveSessionFixture>>;

const first = {
  stepId: 'reactie',
  what: 'Belt het wijkteam over de overdracht naar het voortgezet onderwijs.',
  dueDate: '2030-03-10',
  level: 'uitvoering',
};
const second = { stepId: 'reactie', ownerText: 'de intern begeleider', what: 'Zet het thuiszitten op de agenda van het zorgoverleg.', level: 'beleid' };

const reminderMails = (t: TestApp) => t.outbox().filter((eml) => mailText(eml).includes('Naar de afspraken'));

describe('agreements: made in the live session, listed and updated per CoP, back in the next terugblik', () => {
  let t: TestApp;
  let f: Fixture;
  let sockets: Socket[] = [];
  let made: AgreementView[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2030-03-01T09:00:00Z');
    f = await liveSessionFixture(t, 'agr');
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t.close();
  });

  it('refuses agreements before the session runs', async () => {
    const refused = await f.facilitator.client.post(`/api/sessions/${f.sessionId}/agreements`, { ...first, ownerUserId: f.participant.user.id });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'agreement_step_closed' } });
  });

  it('session 1 records two agreements in the reaction step: the facilitator for a member, the inbrenger for a role', async () => {
    sockets = await runToStep(t, f, 'reactie');
    const byFacilitator = await f.facilitator.client.post<AgreementView>(`/api/sessions/${f.sessionId}/agreements`, { ...first, ownerUserId: f.participant.user.id });
    expect(byFacilitator.status).toBe(201);
    expect(byFacilitator.body).toMatchObject({
      owner: { kind: 'member', userId: f.participant.user.id, name: 'Mo Member' },
      what: first.what,
      dueDate: '2030-03-10',
      level: 'uitvoering',
      status: 'open',
      note: null,
      step: { id: 'reactie', title: { nl: 'Reactie van de inbrenger' } },
      session: { id: f.sessionId, title: 'Casusbespreking' },
      canUpdate: true,
    });
    const byPresenter = await f.presenter.client.post<AgreementView>(`/api/sessions/${f.sessionId}/agreements`, second);
    expect(byPresenter.status).toBe(201);
    expect(byPresenter.body).toMatchObject({ owner: { kind: 'text', text: 'de intern begeleider' }, dueDate: null, level: 'beleid' });
    made = [byFacilitator.body, byPresenter.body];
  });

  it.each<[string, 'participant' | 'bystander' | 'outsider', number]>([
    ['a participant', 'participant', 403],
    ['a member who does not take part', 'bystander', 403],
    ['an outsider', 'outsider', 404],
  ])('refuses agreements from %s', async (_who, who, status) => {
    const response = await f[who].client.post(`/api/sessions/${f.sessionId}/agreements`, second);
    expect(response.status).toBe(status);
  });

  it.each<[string, Record<string, unknown>, number, string]>([
    ['a step that makes no agreements', { stepId: 'casus' }, 409, 'agreement_step_closed'],
    ['an agreement step that is not the current one', { stepId: 'adviesronde' }, 409, 'agreement_step_closed'],
    ['a step that does not exist', { stepId: 'bestaat-niet' }, 409, 'agreement_step_closed'],
    ['a phone number in the text', { what: 'Belt de moeder op 06-12345678 over de overdracht.' }, 422, 'privacy_findings'],
    ['an e-mail address as the owner', { ownerText: 'ib@school.example.org' }, 422, 'privacy_findings'],
    ['no owner', { ownerText: null }, 400, 'validation_failed'],
    ['an unknown level', { level: 'team' }, 400, 'validation_failed'],
  ])('refuses %s', async (_name, change, status, code) => {
    const response = await f.facilitator.client.post(`/api/sessions/${f.sessionId}/agreements`, { ...second, ...change });
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error: { code } });
  });

  it('refuses an owner who is not a member of the CoP', async () => {
    const response = await f.facilitator.client.post(`/api/sessions/${f.sessionId}/agreements`, { ...first, ownerUserId: f.outsider.user.id });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ error: { code: 'not_a_member' } });
  });

  it('a name is held back until it is marked as not identifying', async () => {
    const what = 'Vraagt Jeroen van de leerplicht om mee te denken.';
    const held = await f.facilitator.client.post<{ error: { details: { findings: Array<{ match: string }> } } }>(`/api/sessions/${f.sessionId}/agreements`, { ...second, what });
    expect(held.status).toBe(422);
    const matches = held.body.error.details.findings.map((finding) => finding.match);
    expect(matches).toContain('Jeroen');
    const accepted = await f.facilitator.client.post<AgreementView>(`/api/sessions/${f.sessionId}/agreements`, { ...second, what, acceptedFindings: matches });
    expect(accepted.status).toBe(201);
    // Not part of the rest of the story: let it go.
    expect((await f.facilitator.client.patch(`/api/agreements/${accepted.body.id}`, { status: 'losgelaten' })).status).toBe(200);
  });

  it('lists the CoP’s agreements for its members only, active first, with who may update', async () => {
    const list = await f.participant.client.get<AgreementView[]>(`/api/communities/${f.community.id}/agreements`);
    expect(list.status).toBe(200);
    expect(list.body.map((agreement) => [agreement.what, agreement.status, agreement.canUpdate])).toEqual([
      [first.what, 'open', true],
      [second.what, 'open', false],
      ['Vraagt Jeroen van de leerplicht om mee te denken.', 'losgelaten', false],
    ]);
    const active = await f.bystander.client.get<AgreementView[]>(`/api/communities/${f.community.id}/agreements?status=active`);
    expect(active.body.map((agreement) => agreement.id)).toEqual(made.map((agreement) => agreement.id));
    expect((await f.outsider.client.get(`/api/communities/${f.community.id}/agreements`)).status).toBe(404);
    expect((await f.outsider.client.get(`/api/sessions/${f.sessionId}/agreements`)).status).toBe(404);
    expect((await f.participant.client.get(`/api/communities/${f.community.id}/agreements?status=klaar`)).status).toBe(400);
    const ofSession = await f.bystander.client.get<AgreementView[]>(`/api/sessions/${f.sessionId}/agreements`);
    expect(ofSession.body).toHaveLength(3);
  });

  it('sends one reminder before the due date, to the owner, exactly once (persisted job)', async () => {
    const jobs = t.app.get(JobRunner);
    const before = reminderMails(t).length;
    await jobs.runDue(new Date('2030-03-07T07:59:00Z'));
    expect(reminderMails(t).length).toBe(before);
    // 3 days before the due date at 09:00 Dutch time (08:00 UTC in winter).
    await jobs.runDue(new Date('2030-03-07T08:00:30Z'));
    await jobs.runDue(new Date('2030-03-08T08:00:30Z'));
    const mails = reminderMails(t).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatch(/^To: .*agr-member@example\.org/m);
    const text = mailText(mails[0] ?? '');
    expect(text).toContain(first.what);
    expect(text).toContain('zondag 10 maart 2030');
    expect(text).toContain(`/cops/${f.community.id}/afspraken`);
    const [job] = await t.dataSource.query(`SELECT status, count(*) OVER () AS n FROM jobs WHERE kind = 'agreement.reminder'`);
    expect(job).toMatchObject({ status: 'done', n: '1' });
  });

  it('session 2’s terugblik shows the open agreements; the group marks one done there', async () => {
    for (const socket of sockets) socket.disconnect();
    // Session 2 in the same CoP, led by a member who is no CoP facilitator; the inbrenger is the bystander.
    const [row] = await t.dataSource.query(
      `INSERT INTO sessions (community_id, title, method_id, method_source, method_snapshot, starts_at, duration_minutes, facilitator_id, presenter_id, max_participants)
       VALUES ($1, 'Tweede bijeenkomst', $2, 'builtin', $3, now() + interval '8 days', 90, $4, $5, 8) RETURNING id`,
      [f.community.id, metAndereOgen.id, JSON.stringify(metAndereOgen), f.participant.user.id, f.bystander.user.id],
    );
    const secondSession = row.id as string;
    const roleAgreement = made[1] as AgreementView;
    // Not leading a live session yet: this member may not update the role's agreement.
    expect((await f.participant.client.patch(`/api/agreements/${roleAgreement.id}`, { status: 'gedaan' })).status).toBe(403);

    const lead = liveSocket(t, f.participant.client);
    sockets = [lead];
    expect(await emitAck(lead, 'join', { sessionId: secondSession })).toMatchObject({ ok: true });
    expect(await emitAck(lead, 'command', { sessionId: secondSession, type: 'start' })).toEqual({ ok: true });
    const terugblik = await f.participant.client.get<AgreementView[]>(`/api/communities/${f.community.id}/agreements?status=active`);
    expect(terugblik.body.map((agreement) => [agreement.what, agreement.canUpdate])).toEqual([
      [first.what, true],
      [second.what, true],
    ]);
    const done = await f.participant.client.patch<AgreementView>(`/api/agreements/${roleAgreement.id}`, { status: 'gedaan', note: 'Staat op de agenda van het volgende zorgoverleg.' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'gedaan', note: 'Staat op de agenda van het volgende zorgoverleg.' });
    const after = await f.bystander.client.get<AgreementView[]>(`/api/communities/${f.community.id}/agreements?status=active`);
    expect(after.body.map((agreement) => agreement.id)).toEqual([made[0]?.id]);
  });

  it('only the owner and facilitators update; an outsider learns nothing', async () => {
    const agreement = made[0] as AgreementView;
    expect((await f.bystander.client.patch(`/api/agreements/${agreement.id}`, { status: 'bezig' })).status).toBe(403);
    expect((await f.outsider.client.patch(`/api/agreements/${agreement.id}`, { status: 'bezig' })).status).toBe(404);
    expect((await f.participant.client.patch(`/api/agreements/${agreement.id}`, { note: 'Bel 06-12345678' })).status).toBe(422);
    expect((await f.participant.client.patch(`/api/agreements/${agreement.id}`, {})).status).toBe(400);
    const byOwner = await f.participant.client.patch<AgreementView>(`/api/agreements/${agreement.id}`, { status: 'bezig' });
    expect(byOwner.body).toMatchObject({ status: 'bezig' });
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_type = 'agreement' ORDER BY id`);
    expect(audit.map((entry: { action: string }) => entry.action)).toContain('agreement.updated');
  });

  it('a done agreement is not reminded', async () => {
    sockets.push(...(await runToStepAgain()));
    const response = await f.facilitator.client.post<AgreementView>(`/api/sessions/${f.sessionId}/agreements`, { ...first, ownerUserId: f.participant.user.id, dueDate: '2030-03-20' });
    expect(response.status).toBe(201);
    await f.participant.client.patch(`/api/agreements/${response.body.id}`, { status: 'gedaan' });
    const before = reminderMails(t).length;
    await t.app.get(JobRunner).runDue(new Date('2030-03-18T08:00:30Z'));
    expect(reminderMails(t).length).toBe(before);
    const [job] = await t.dataSource.query(`SELECT status, last_error FROM jobs WHERE dedupe_key = $1`, [`agreement-reminder:${response.body.id}:2030-03-20`]);
    expect(job).toEqual({ status: 'skipped', last_error: 'agreement gedaan' });
  });

  /** Session 1 is still live in step "reactie" (nobody closed it). */
  async function runToStepAgain(): Promise<Socket[]> {
    const socket = liveSocket(t, f.facilitator.client);
    expect(await emitAck(socket, 'join', { sessionId: f.sessionId })).toMatchObject({ ok: true });
    return [socket];
  }
});

describe('the agreement reminder survives a restart', () => {
  it('is planned in the database: a restarted api sends it once when it comes due', async () => {
    const original = await startTestApp();
    original.clock.set('2030-03-01T09:00:00Z');
    const f = await liveSessionFixture(original, 'restart');
    const sockets = await runToStep(original, f, 'reactie');
    const made = await f.facilitator.client.post<AgreementView>(`/api/sessions/${f.sessionId}/agreements`, { ...dueAgreement, ownerUserId: f.participant.user.id });
    expect(made.status).toBe(201);
    for (const socket of sockets) socket.disconnect();
    const databaseUrl = original.databaseUrl;
    await original.close();

    const second = await startTestApp({}, { databaseUrl });
    try {
      const jobs = second.app.get(JobRunner);
      await jobs.runDue(new Date('2030-03-07T08:00:30Z'));
      await jobs.runDue(new Date('2030-03-07T09:00:30Z'));
      const mails = second.outbox().filter((eml) => mailText(eml).includes('Naar de afspraken'));
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatch(/^To: .*restart-member@example\.org/m);
      expect(mailText(mails[0] ?? '')).toContain(dueAgreement.what);
    } finally {
      await second.close();
    }
  });
});

const dueAgreement = { stepId: 'reactie', what: 'Belt het wijkteam over de overdracht naar het voortgezet onderwijs.', dueDate: '2030-03-10', level: 'uitvoering' };
