import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvitationView, SessionView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { mailHalves, mailsTo, sessionCommunity, subjectOf } from './session-test-kit.js';
import { SessionMailer } from './session-mailer.service.js';
import { SessionEntity } from './session.entity.js';

const DUTCH_MONTHS = /\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/;
const DUTCH_DAYS = /\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b/;

/**
 * Issue 15: the invitation tells the inbrenger their role and where to write the casus; a date in
 * the English half of a mail is written in English.
 */
describe('session and invitation mails', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('tells the inbrenger in both languages that they are the inbrenger and links the casus editor; nobody else gets that', async () => {
    t.clock.set('2026-12-01T08:00:00Z');
    try {
      const f = await sessionCommunity(t, 'role-mail');
      const before = t.outbox().length;
      const created = await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, {
        title: 'Overstap po-vo',
        methodId: 'met-andere-ogen',
        startsAt: '2026-12-15T15:00:00+01:00',
        presenterId: f.presenter.user.id,
      });
      expect(created.status).toBe(201);
      const editor = `${t.config.publicUrl}/sessies/${created.body.id}/casus`;

      const [toPresenter] = mailsTo(t, f.presenter.user.email, before);
      expect(toPresenter).toBeDefined();
      const presenter = mailHalves(toPresenter ?? '');
      expect(presenter.nl).toContain('Jij bent de inbrenger van deze sessie');
      expect(presenter.nl).toContain(`Schrijf je casus vóór de sessie in de casus-editor: ${editor}`);
      expect(presenter.en).toContain('You are the presenter of this session');
      expect(presenter.en).toContain(`in the case editor: ${editor}`);
      expect(subjectOf(toPresenter ?? '')).toMatch(/^Uitnodiging \(jij bent de inbrenger\): Overstap po-vo/);

      const member = mailHalves(mailsTo(t, f.member.user.email, before)[0] ?? '');
      expect(member.nl).toContain('Overstap po-vo');
      expect(member.nl).not.toContain('inbrenger van deze sessie');
      expect(member.nl).not.toContain('/casus');
      const facilitator = mailHalves(mailsTo(t, f.facilitator.user.email, before)[0] ?? '');
      expect(facilitator.nl).toContain('Jij bent de gespreksleider van deze sessie.');
      expect(facilitator.en).toContain('You are the facilitator of this session.');

      // The English half has the English date; the Dutch half the Dutch one.
      expect(presenter.nl).toContain('dinsdag 15 december 2026, 15:00');
      expect(presenter.en).toContain('Tuesday 15 December 2026, 15:00');
      expect(presenter.en).not.toMatch(DUTCH_MONTHS);
      expect(presenter.en).not.toMatch(DUTCH_DAYS);

      // A new inbrenger is told, also when nothing else changed (no calendar update goes out then).
      const beforeUpdate = t.outbox().length;
      expect((await f.facilitator.client.patch(`/api/sessions/${created.body.id}`, { presenterId: f.member.user.id })).status).toBe(200);
      const toNew = mailsTo(t, f.member.user.email, beforeUpdate);
      expect(toNew).toHaveLength(1);
      expect(subjectOf(toNew[0] ?? '')).toMatch(/^Jij bent de inbrenger: Overstap po-vo \(dinsdag 15 december 2026, 15:00–\d\d:\d\d\)$/);
      const updated = mailHalves(toNew[0] ?? '');
      expect(updated.nl).toContain('Je bent inbrenger geworden van de intervisiesessie "Overstap po-vo"');
      expect(updated.nl).toContain(`casus-editor: ${editor}`);
      expect(updated.en).toContain('You have become the presenter');
      expect(updated.en).toContain('Tuesday 15 December 2026');
      expect(t.outbox().slice(beforeUpdate)).toHaveLength(1);
    } finally {
      t.clock.release();
    }
  });

  it('writes the expiry date of a CoP invitation in English in the English half ("15 December 2026", not "15 december 2026")', async () => {
    t.clock.set('2026-12-01T10:00:00Z');
    try {
      const f = await sessionCommunity(t, 'invite-date');
      const before = t.outbox().length;
      const invited = await f.facilitator.client.post<InvitationView>(`/api/communities/${f.community.id}/invitations`, { email: 'nieuw-lid@example.org' });
      expect(invited.status).toBe(201);
      const mail = mailHalves(mailsTo(t, 'nieuw-lid@example.org', before)[0] ?? '');
      expect(mail.nl).toContain('De uitnodiging is geldig tot 15 december 2026');
      expect(mail.en).toContain('The invitation is valid until 15 December 2026');
      expect(mail.en).not.toMatch(DUTCH_MONTHS);
    } finally {
      t.clock.release();
    }
  });

  it("reminds the inbrenger whether the casus still needs writing or confirming (its state, never its text)", async () => {
    const f = await sessionCommunity(t, 'reminder-case');
    const created = await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, {
      title: 'Herinnering overstap',
      methodId: 'met-andere-ogen',
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      presenterId: f.presenter.user.id,
    });
    expect(created.status).toBe(201);
    const mailer = t.app.get(SessionMailer);
    const remind = async () => {
      const before = t.outbox().length;
      const session = await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: created.body.id });
      await mailer.reminder(session, f.presenter.user.id, '24h');
      return mailHalves(mailsTo(t, f.presenter.user.email, before)[0] ?? '');
    };
    const editor = `${t.config.publicUrl}/sessies/${created.body.id}/casus`;

    const none = await remind();
    expect(none.nl).toContain(`er staat nog geen casus klaar. Schrijf en bevestig hem in de casus-editor: ${editor}`);
    expect(none.en).toContain('no case is ready yet');

    const url = `/api/sessions/${created.body.id}/case`;
    expect((await f.presenter.client.put(`${url}/draft`, { context: 'Geheime concepttekst over de leerling.' })).status).toBe(200);
    const draft = await remind();
    expect(draft.nl).toContain('Je casus is nog een concept dat alleen jij ziet');
    expect(draft.en).toContain('Your case is still a draft only you can see');
    expect(draft.nl + draft.en).not.toContain('Geheime concepttekst');

    const confirmed = { title: 'Overstap', context: 'Een leerling van elf jaar.', keyQuestion: 'Wat nu?', tried: '', askOfGroup: 'Kijk mee.', anonymisedConfirmed: true, consentConfirmed: true };
    expect((await f.presenter.client.put(url, confirmed)).status).toBe(200);
    const ready = await remind();
    expect(ready.nl).toContain('Jij bent de inbrenger: kijk nog even of je casus klaarstaat.');
    // Nobody else is told about the casus in their reminder.
    const before = t.outbox().length;
    await mailer.reminder(await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: created.body.id }), f.member.user.id, '24h');
    expect(mailHalves(mailsTo(t, f.member.user.email, before)[0] ?? '').nl).not.toContain('casus');
  });
});
