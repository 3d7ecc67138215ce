import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import * as Y from 'yjs';
import { describeViolations, launchBrowser, login, newPage, seriousAxeViolations } from './support/browser.js';
import { RawCollabClient } from './support/raw-collab.js';

/**
 * Issue 5's journey in three real browsers — facilitator Floor, inbrenger Sanne, participant
 * Anouk — through the whole "Met Andere Ogen" method, from lobby to the closed summary.
 */
describe('a live intervisie session in three browsers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  async function person(email: string): Promise<{ context: BrowserContext; page: Page }> {
    const opened = await newPage(browser);
    await login(opened.page, email);
    return opened;
  }

  const next = (page: Page) => page.getByRole('button', { name: /Volgende stap/ }).click();
  /** A raw y-websocket client on one of the session's boards, with this person's session cookie. */
  async function rawClient(who: { context: BrowserContext }, documentName: string): Promise<RawCollabClient> {
    const cookie = (await who.context.cookies()).find((c) => c.name === 'mao_session');
    const raw = new RawCollabClient(`${inject('baseUrl').replace('http', 'ws')}/collab/${documentName}`, `mao_session=${cookie?.value}`);
    await expect.poll(() => raw.synced, { timeout: 10_000 }).toBe(true);
    return raw;
  }
  const onStep = (page: Page, title: string) => page.getByRole('heading', { level: 2, name: title }).waitFor();

  it('runs the whole method together, enforces who may write, and survives a lost connection', async () => {
    const floor = await person('floor@demo.example');
    const sanne = await person('sanne@demo.example');
    const anouk = await person('anouk@demo.example');

    // Floor schedules the session (through the api with her browser session); Anouk signs up.
    const communities = (await (await floor.page.request.get('/api/communities')).json()) as Array<{ id: string; name: string }>;
    const community = communities.find((c) => c.name === 'Bindende afspraken');
    const members = (await (await floor.page.request.get(`/api/communities/${community?.id}/members`)).json()) as Array<{ userId: string; name: string }>;
    const sanneId = members.find((m) => m.name === 'Sanne de Wit')?.userId ?? '';
    const created = await floor.page.request.post(`/api/communities/${community?.id}/sessions`, {
      data: { title: 'Live casusbespreking', methodId: 'met-andere-ogen', startsAt: new Date(Date.now() + 3_600_000).toISOString(), presenterId: sanneId },
    });
    expect(created.status()).toBe(201);
    const sessionId = ((await created.json()) as { id: string }).id;
    expect((await anouk.page.request.put(`/api/sessions/${sessionId}/rsvp`, { data: { response: 'yes' } })).status()).toBe(200);

    for (const p of [floor, sanne, anouk]) await p.page.goto(`/sessies/${sessionId}/live`);
    await anouk.page.getByRole('heading', { name: 'Wachtruimte' }).waitFor();
    await floor.page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
    for (const p of [floor, sanne, anouk]) await onStep(p.page, 'Terugblik op de vorige afspraken');

    // Edits appear in the other browsers.
    await floor.page.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' }).fill('Vorige keer afgesproken: één aanspreekpunt per school.');
    await expect.poll(() => anouk.page.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' }).textContent(), { timeout: 10_000 }).toContain('één aanspreekpunt');
    expect(await seriousAxeViolations(anouk.page), describeViolations(await seriousAxeViolations(anouk.page))).toEqual([]);

    // Step "Casus inbrengen": only the inbrenger writes. Anouk gets no textbox …
    await next(floor.page);
    for (const p of [floor, sanne, anouk]) await onStep(p.page, 'Casus inbrengen');
    await anouk.page.getByText('Je kunt op dit bord nu niet schrijven.').first().waitFor();
    expect(await anouk.page.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' }).count()).toBe(0);
    await anouk.page.getByRole('note', { name: 'Wat doet de inbrenger nu?' }).waitFor();
    await sanne.page.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' }).fill('Een leerling zit thuis; school en wijkteam wachten op elkaar.');
    // … and the server drops what a raw client with her cookie sends anyway.
    const raw = await rawClient(anouk, `session.${sessionId}.step.casus`);
    const forged = new Y.XmlElement('paragraph');
    forged.insert(0, [new Y.XmlText('INGEBROKEN')]);
    raw.doc.getXmlFragment('richNotes').insert(0, [forged]);
    raw.doc.getText('notes').insert(0, 'INGEBROKEN ');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await floor.page.getByText('Een leerling zit thuis').first().textContent()).not.toContain('INGEBROKEN');
    expect(await floor.page.getByText('INGEBROKEN').count()).toBe(0);
    raw.close();

    // A mistaken "next" is undone with "back".
    await next(floor.page);
    await onStep(anouk.page, 'Vragen in stilte');
    await floor.page.getByRole('button', { name: /Vorige stap/ }).click();
    await onStep(anouk.page, 'Casus inbrengen');
    await next(floor.page);

    // Silent writing: Anouk's card stays private until the facilitator reveals the drafts.
    await onStep(anouk.page, 'Vragen in stilte');
    await anouk.page.getByRole('textbox', { name: 'Nieuwe kaart' }).fill('Wie heeft de leerling zelf gesproken?');
    await anouk.page.getByRole('button', { name: 'Kaart toevoegen' }).click();
    await anouk.page.getByText('Wie heeft de leerling zelf gesproken?').first().waitFor();
    await new Promise((r) => setTimeout(r, 500));
    expect(await sanne.page.getByText('Wie heeft de leerling zelf gesproken?').count()).toBe(0);
    await floor.page.getByRole('button', { name: 'Concepten openzetten' }).click();
    await sanne.page.getByText('Wie heeft de leerling zelf gesproken?').first().waitFor({ timeout: 10_000 });
    // The name on a card is the roster's (boards store none).
    await sanne.page.getByText('Concept van Anouk Visser').first().waitFor({ timeout: 10_000 });

    // Anouk loses her connection; meanwhile the group moves on and writes; she catches up.
    await anouk.page.goto('about:blank');
    await next(floor.page); // Vragenronde
    await next(floor.page); // Kernvraag formuleren
    await onStep(sanne.page, 'Kernvraag formuleren');
    await sanne.page.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' }).fill('Hoe maken we bindende afspraken over één aanspreekpunt?');
    await anouk.page.goto(`/sessies/${sessionId}/live`);
    await onStep(anouk.page, 'Kernvraag formuleren');
    await expect.poll(() => anouk.page.getByText('bindende afspraken over één aanspreekpunt').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // Jump to the harvest; everyone may write a lesson.
    await floor.page.getByRole('navigation', { name: 'Stappen van de bijeenkomst' }).getByRole('button', { name: /^Oogsten/ }).click();
    await floor.page.getByRole('button', { name: /^Ja, naar Oogsten/ }).click();
    for (const p of [floor, sanne, anouk]) await onStep(p.page, 'Oogsten: geleerde lessen');
    expect(await seriousAxeViolations(anouk.page), describeViolations(await seriousAxeViolations(anouk.page))).toEqual([]);
    await sanne.page.getByRole('textbox', { name: 'Geleerde les' }).fill('Spreek per school één vast aanspreekpunt af bij het wijkteam.');
    await sanne.page.getByRole('button', { name: 'Les toevoegen' }).click();
    await anouk.page.getByText('Spreek per school één vast aanspreekpunt af').first().waitFor({ timeout: 10_000 });
    const sannesLesson = anouk.page.getByRole('listitem').filter({ hasText: 'Spreek per school één vast aanspreekpunt af' });
    await expect.poll(() => sannesLesson.first().textContent()).toContain('door Sanne de Wit');
    // Only Sanne (and Floor, who moderates) may delete it.
    expect(await anouk.page.getByRole('button', { name: /^Les verwijderen: Spreek per school/ }).count()).toBe(0);
    expect(await floor.page.getByRole('button', { name: /^Les verwijderen: Spreek per school/ }).count()).toBe(1);

    // Anouk may write here, but only as herself: a raw client with her cookie that deletes or
    // forges Sanne's lesson (layout 2: "<userId>/<id>" in lessonsByAuthor) is closed, and nothing changes.
    for (const attack of [
      { label: 'delete', act: (doc: Y.Doc, sanneKey: string) => doc.getMap('lessonsByAuthor').delete(sanneKey) },
      { label: 'edit', act: (doc: Y.Doc, sanneKey: string) => (doc.getMap('lessonsByAuthor').get(sanneKey) as Y.Map<unknown>).set('text', 'VERVALST') },
      {
        label: 'forge',
        act: (doc: Y.Doc) => {
          const forged = new Y.Map<unknown>();
          doc.getMap('lessonsByAuthor').set(`${sanneId}/nep`, forged);
          forged.set('text', 'NAMENS SANNE');
          forged.set('createdAt', Date.now());
        },
      },
    ]) {
      const attacker = await rawClient(anouk, `session.${sessionId}.step.oogst`);
      const sanneKey = [...attacker.doc.getMap('lessonsByAuthor').keys()].find((key) => key.startsWith(`${sanneId}/`)) ?? '';
      expect(sanneKey, 'Sanne’s lesson is on the board under her id').not.toBe('');
      attacker.doc.transact(() => attack.act(attacker.doc, sanneKey));
      expect({ attack: attack.label, ...(await attacker.closed) }).toEqual({ attack: attack.label, code: 4403, reason: 'forbidden_change' });
    }
    await new Promise((r) => setTimeout(r, 500));
    for (const p of [floor, sanne]) {
      expect(await p.page.getByText('Spreek per school één vast aanspreekpunt af').count()).toBeGreaterThan(0);
      expect(await p.page.getByText(/VERVALST|NAMENS SANNE/).count()).toBe(0);
    }

    // Floor closes the session; everyone sees the read-only summary of every board.
    await floor.page.getByRole('button', { name: 'Bijeenkomst afsluiten' }).click();
    await floor.page.getByRole('button', { name: 'Ja, sluit de bijeenkomst af' }).click();
    for (const p of [floor, sanne, anouk]) await p.page.getByRole('heading', { name: 'Samenvatting' }).waitFor({ timeout: 15_000 });
    await anouk.page.getByText('Spreek per school één vast aanspreekpunt af').first().waitFor({ timeout: 10_000 });
    await anouk.page.getByText('één aanspreekpunt per school').first().waitFor({ timeout: 10_000 });
    expect(await anouk.page.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' }).count()).toBe(0);
    expect(await seriousAxeViolations(anouk.page), describeViolations(await seriousAxeViolations(anouk.page))).toEqual([]);
  });
});
