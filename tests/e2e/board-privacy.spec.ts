import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeViolations, launchBrowser, login, newPage, seriousAxeViolations } from './support/browser.js';

/**
 * Issue 12, "the guard wherever a session's text is typed", in real browsers: a participant
 * types a name on a card and is warned as she types; the inbrenger's notes with a name and a
 * phone number are marked (never held back); the facilitator's privacy check before closing
 * lists both with their writers, "Ga naar" takes her there, she hides the card, the inbrenger
 * fixes the notes, and only then the session closes.
 */
describe('the privacy guard on the live boards', () => {
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
  const onStep = (page: Page, title: string) => page.getByRole('heading', { level: 2, name: title }).waitFor({ timeout: 10_000 });
  /** A step in the rail moves the group after confirming (the rail asks first). */
  const jump = async (page: Page, title: RegExp) => {
    await page.getByRole('navigation', { name: 'Stappen van de bijeenkomst' }).getByRole('button', { name: title }).click();
    await page.getByRole('button', { name: /^Ja, naar / }).click();
  };

  it('warns a participant while she types a name on a card, and the facilitator’s check lists it before closing', async () => {
    const floor = await person('floor@demo.example');
    const sanne = await person('sanne@demo.example');
    const anouk = await person('anouk@demo.example');

    const communities = (await (await floor.page.request.get('/api/communities')).json()) as Array<{ id: string; name: string }>;
    const community = communities.find((c) => c.name === 'Bindende afspraken');
    const members = (await (await floor.page.request.get(`/api/communities/${community?.id}/members`)).json()) as Array<{ userId: string; name: string }>;
    const sanneId = members.find((m) => m.name === 'Sanne de Wit')?.userId ?? '';
    const created = await floor.page.request.post(`/api/communities/${community?.id}/sessions`, {
      data: { title: 'Privacy op de borden', methodId: 'met-andere-ogen', startsAt: new Date(Date.now() + 3_600_000).toISOString(), presenterId: sanneId },
    });
    expect(created.status()).toBe(201);
    const sessionId = ((await created.json()) as { id: string }).id;
    expect((await anouk.page.request.put(`/api/sessions/${sessionId}/rsvp`, { data: { response: 'yes' } })).status()).toBe(200);

    for (const p of [floor, sanne, anouk]) await p.page.goto(`/sessies/${sessionId}/live`);
    await anouk.page.getByRole('heading', { name: 'Wachtruimte' }).waitFor();
    await floor.page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
    await onStep(sanne.page, 'Terugblik op de vorige afspraken');

    // The measurement from the issue: "Daan … 06-12345678" on the casus step's notes is now marked as she types.
    await jump(floor.page, /^Casus inbrengen/);
    await onStep(sanne.page, 'Casus inbrengen');
    const notes = sanne.page.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' });
    await notes.pressSequentially('Daan (14) zit thuis. Moeder: 06-12345678.', { delay: 10 });
    const notesFindings = sanne.page.getByRole('list', { name: 'Gevonden in “Gezamenlijke aantekeningen”' });
    await notesFindings.waitFor({ timeout: 5_000 });
    expect(await notesFindings.textContent()).toContain('Telefoonnummer');
    expect(await notesFindings.textContent()).toContain('Naam');
    // Continuous text is never held back: it reached the others as typed.
    await expect.poll(() => anouk.page.getByText('Moeder: 06-12345678').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // Anouk writes a card in the question round and is warned as she types.
    await jump(floor.page, /^Vragenronde/);
    await onStep(anouk.page, 'Vragenronde');
    const card = anouk.page.getByRole('textbox', { name: 'Nieuwe kaart' });
    await card.pressSequentially('Hoe gaat het nu met Daan op school?', { delay: 10 });
    const cardFindings = anouk.page.getByRole('list', { name: 'Gevonden in “Nieuwe kaart”' });
    await cardFindings.waitFor({ timeout: 5_000 });
    expect(await cardFindings.textContent()).toContain('Naam');
    expect(await anouk.page.locator('.add-card mark.privacy-mark--direct').first().textContent()).toBe('Daan');
    await anouk.page.getByRole('button', { name: 'Kaart toevoegen' }).click();
    await anouk.page.getByText('Kijk nog even: hierin staat Naam “Daan”', { exact: false }).waitFor();
    expect(await card.inputValue()).toBe('Hoe gaat het nu met Daan op school?');
    expect(await seriousAxeViolations(anouk.page), describeViolations(await seriousAxeViolations(anouk.page))).toEqual([]);
    // She adds it anyway; it carries a marker for her (and the facilitator), not for Sanne.
    await anouk.page.getByRole('button', { name: 'Toch toevoegen' }).click();
    const anouksCard = anouk.page.locator('.board-card').filter({ hasText: 'Hoe gaat het nu met Daan op school?' });
    await anouksCard.getByText('Mogelijk herkenbaar').waitFor();
    const sannesView = sanne.page.locator('.board-card').filter({ hasText: 'Hoe gaat het nu met Daan op school?' });
    await sannesView.waitFor({ timeout: 10_000 });
    expect(await sannesView.getByText('Mogelijk herkenbaar').count()).toBe(0);

    // Floor chooses to close: first the privacy check of every board.
    await floor.page.getByRole('button', { name: 'Bijeenkomst afsluiten' }).click();
    const review = floor.page.getByRole('region', { name: 'Privacycontrole voor het afsluiten' });
    await review.getByText(/borden gecontroleerd\. 3 meldingen op 2 borden\./).waitFor({ timeout: 15_000 });
    const questions = review.getByRole('region', { name: /^4\. Vragenronde/ });
    expect(await questions.textContent()).toContain('Kaart van Anouk Visser');
    expect(await questions.textContent()).toContain('Naam: Hoe gaat het nu met Daan op school?');
    const casus = review.getByRole('region', { name: /^2\. Casus inbrengen/ });
    expect(await casus.textContent()).toContain('Telefoonnummer:');
    expect(await seriousAxeViolations(floor.page), describeViolations(await seriousAxeViolations(floor.page))).toEqual([]);

    // "Ga naar" the card (this step): it gets focus; Floor hides it.
    await questions.getByRole('button', { name: /^Ga naar: Kaart van Anouk Visser/ }).click();
    await expect.poll(() => floor.page.evaluate(() => document.activeElement?.textContent ?? ''), { timeout: 5_000 }).toContain('Hoe gaat het nu met Daan op school?');
    await floor.page.getByRole('button', { name: 'Kaart verbergen: Hoe gaat het nu met Daan op school?' }).click();
    await questions.getByText('verborgen voor de groep').waitFor({ timeout: 10_000 });
    await expect.poll(() => sanne.page.getByText('Hoe gaat het nu met Daan op school?').count(), { timeout: 10_000 }).toBe(0);

    // "Ga naar" the notes (another step): the group moves there, and Sanne fixes them.
    await casus.getByRole('button', { name: /^Ga naar: Aantekeningen/ }).click();
    await onStep(sanne.page, 'Casus inbrengen');
    await sanne.page.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' }).fill('Een jongen (14) zit thuis. Moeder is bereikbaar via school.');
    await review.getByText(/1 melding op 1 bord\./).waitFor({ timeout: 10_000 });
    await review.getByText('Alle meldingen zijn verborgen voor de groep.').waitFor();

    // Only now, after the check, the session closes and the summary is what the boards hold.
    await review.getByRole('button', { name: 'Ja, sluit de bijeenkomst af' }).click();
    for (const p of [floor, sanne, anouk]) await p.page.getByRole('heading', { name: 'Samenvatting' }).waitFor({ timeout: 15_000 });
    await sanne.page.getByText('Moeder is bereikbaar via school.').first().waitFor({ timeout: 10_000 });
    expect(await sanne.page.getByText('06-12345678').count()).toBe(0);
    expect(await sanne.page.getByText('Hoe gaat het nu met Daan op school?').count()).toBe(0);
  });
});
