import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, launchBrowser, latestMailTo, login, newPage, seriousAxeViolations, SCREENSHOTS, WINDOW_SIZES as SIZES } from './support/browser.js';

const CASE = {
  title: 'Overstap naar het voortgezet onderwijs loopt vast',
  context: 'Een leerling uit groep acht heeft sinds de zomer steeds vaker buikpijn voor schooltijd.',
  keyQuestion: 'Hoe maken we één plan met de ouders zonder langs elkaar heen te werken?',
  tried: 'Een gesprek met ouders en de intern begeleider.',
  askOfGroup: 'Kijk mee vanuit jullie eigen domein.',
  anonymisedConfirmed: true,
  consentConfirmed: true,
};
const QUESTION = 'Wat zegt de leerling zelf over school?';
const ADVICE = 'Plan één gesprek met ouders, school en wijkteam samen.';
const FIRST = 'Belt het wijkteam over de overdracht naar het voortgezet onderwijs.';
const SECOND = 'Het zorgoverleg agendeert de overdracht.';

/** Full-page screenshots at the three window sizes (tests/.artifacts/screenshots); no sideways scrolling. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways at ${size.width}px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${size.width}x${size.height}.png`), fullPage: true });
  }
  await page.setViewportSize(SIZES[0]);
}

async function axeClean(page: Page): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** The text parts of a raw .eml (quoted-printable or base64), decoded. */
function mailText(eml: string): string {
  const parts: string[] = [];
  for (const chunk of eml.replace(/\r\n/g, '\n').split(/\n--[^\n]*\n/)) {
    const split = chunk.indexOf('\n\n');
    if (split < 0) continue;
    const headers = chunk.slice(0, split);
    const body = chunk.slice(split + 2);
    if (!/^Content-Type: text\/plain/im.test(headers)) continue;
    if (/base64/i.test(headers)) parts.push(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    else {
      const bytes = body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      parts.push(Buffer.from(bytes, 'latin1').toString('utf8'));
    }
  }
  return parts.join('\n');
}

/**
 * Issue 14 (part A) as people use it: in session 1 the silent questions reach the question round
 * for triage, the inbrenger marks the advice that speaks to her, and two agreements are recorded;
 * after closing everyone who took part gets a summary mail without casus text and the session page
 * links the summary; in session 2 the terugblik shows both agreements and one is marked done.
 */
describe('agreements, carried work and the summary', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(() => browser?.close());

  async function person(email: string): Promise<{ context: BrowserContext; page: Page }> {
    const opened = await newPage(browser);
    await login(opened.page, email);
    return opened;
  }
  const next = (page: Page) => page.getByRole('button', { name: /Volgende stap/ }).click();
  const onStep = (page: Page, title: string) => page.getByRole('heading', { level: 2, name: title }).waitFor({ timeout: 15_000 });

  it('works end to end in Chromium', async () => {
    const floor = await person('floor@demo.example');
    const sanne = await person('sanne@demo.example');
    const anouk = await person('anouk@demo.example');

    const communities = (await (await floor.page.request.get('/api/communities')).json()) as Array<{ id: string; name: string }>;
    const community = communities.find((c) => c.name === 'Bindende afspraken');
    const members = (await (await floor.page.request.get(`/api/communities/${community?.id}/members`)).json()) as Array<{ userId: string; name: string }>;
    const idOf = (name: string) => members.find((m) => m.name === name)?.userId ?? '';
    const schedule = async (title: string, presenter: string, hours: number) => {
      const created = await floor.page.request.post(`/api/communities/${community?.id}/sessions`, {
        data: { title, methodId: 'met-andere-ogen', startsAt: new Date(Date.now() + hours * 3_600_000).toISOString(), presenterId: idOf(presenter) },
      });
      expect(created.status()).toBe(201);
      return ((await created.json()) as { id: string }).id;
    };

    // ---- session 1
    const first = await schedule('Afspraken maken', 'Sanne de Wit', 1);
    expect((await anouk.page.request.put(`/api/sessions/${first}/rsvp`, { data: { response: 'yes' } })).status()).toBe(200);
    expect((await sanne.page.request.put(`/api/sessions/${first}/case`, { data: CASE })).status()).toBe(200);
    for (const p of [floor, sanne, anouk]) await p.page.goto(`/sessies/${first}/live`);
    await floor.page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
    for (const p of [floor, sanne, anouk]) await onStep(p.page, 'Terugblik op de vorige afspraken');
    await floor.page.getByRole('region', { name: 'Open afspraken van de vorige keren' }).getByText(/geen open afspraken/).waitFor();

    await next(floor.page); // Casus
    await next(floor.page); // Vragen in stilte
    await onStep(anouk.page, 'Vragen in stilte');
    await anouk.page.getByRole('textbox', { name: 'Nieuwe kaart' }).fill(QUESTION);
    await anouk.page.getByRole('button', { name: 'Kaart toevoegen' }).click();
    await anouk.page.getByText(QUESTION).first().waitFor();

    // Question round: the silent questions come along once revealed, and are sorted here.
    await next(floor.page);
    await onStep(floor.page, 'Vragenronde');
    await floor.page.getByRole('button', { name: 'Vragen uit de stilte openzetten' }).click();
    await onStep(sanne.page, 'Vragenronde');
    const unsorted = sanne.page.getByRole('region', { name: 'Nog niet ingedeeld' });
    await unsorted.getByText(QUESTION).waitFor({ timeout: 10_000 });
    await unsorted.getByRole('listitem').filter({ hasText: QUESTION }).getByRole('button', { name: 'Warm' }).click();
    await anouk.page.getByRole('region', { name: 'Warm' }).getByText(QUESTION).waitFor({ timeout: 10_000 });
    await axeClean(sanne.page);
    await shoot(sanne.page, 'carry-question-round');

    // Kernvraag: the casus kernvraag is the starting point.
    await next(floor.page);
    await onStep(sanne.page, 'Kernvraag formuleren');
    const kernvraag = sanne.page.getByRole('region', { name: 'Kernvraag uit de casus' });
    await kernvraag.getByText(CASE.keyQuestion).waitFor();
    await kernvraag.getByRole('button', { name: 'Overnemen in de aantekeningen' }).click();
    // In the shared notes (rich text), for everyone: the group sharpens it there.
    await expect.poll(() => floor.page.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' }).textContent(), { timeout: 10_000 }).toContain(CASE.keyQuestion);
    await kernvraag.getByText('Staat in de aantekeningen: scherp hem daar samen aan.').waitFor();

    await next(floor.page); // Met andere ogen kijken
    await next(floor.page); // Adviesronde
    await onStep(anouk.page, 'Adviesronde');
    await anouk.page.getByRole('textbox', { name: 'Nieuwe kaart' }).fill(ADVICE);
    await anouk.page.getByRole('button', { name: 'Kaart toevoegen' }).click();
    // The card has reached the server (Floor sees it) before Floor moves on: a card still on its way when the step closes is refused.
    await floor.page.getByText(ADVICE).first().waitFor({ timeout: 15_000 });
    // Floor records the first agreement here, for Anouk.
    const floorPanel = floor.page.getByRole('region', { name: 'Afspraken uit deze bijeenkomst' });
    await floorPanel.getByRole('combobox', { name: 'Lid' }).selectOption({ label: 'Anouk Visser' });
    await floorPanel.getByRole('textbox', { name: /Wat is de afspraak/ }).fill(FIRST);
    await floorPanel.getByLabel(/Klaar op/).fill(dateInAmsterdam(10));
    await floorPanel.getByRole('button', { name: 'Afspraak vastleggen' }).click();
    await floorPanel.getByText('De afspraak is vastgelegd.').waitFor();

    // Reaction: Sanne marks the advice and records the second agreement, for a role.
    await next(floor.page);
    await onStep(sanne.page, 'Reactie van de inbrenger');
    const advice = sanne.page.getByRole('region', { name: 'De adviezen' });
    await advice.getByRole('button', { name: `Spreekt me aan: ${ADVICE}` }).click();
    await anouk.page.getByRole('region', { name: 'De adviezen' }).getByText('Spreekt de inbrenger aan', { exact: true }).waitFor({ timeout: 10_000 });
    const sannePanel = sanne.page.getByRole('region', { name: 'Afspraken uit deze bijeenkomst' });
    await sannePanel.getByRole('radio', { name: 'Een rol of organisatie' }).check();
    await sannePanel.getByRole('textbox', { name: /Rol of organisatie/ }).fill('de intern begeleider');
    await sannePanel.getByRole('textbox', { name: /Wat is de afspraak/ }).fill(SECOND);
    await sannePanel.getByRole('combobox', { name: 'Niveau' }).selectOption({ label: 'Beleid' });
    await sannePanel.getByRole('button', { name: 'Afspraak vastleggen' }).click();
    await sannePanel.getByText('De afspraak is vastgelegd.').waitFor();
    await sannePanel.getByRole('heading', { name: FIRST }).waitFor();
    await axeClean(sanne.page);
    await shoot(sanne.page, 'carry-reaction');

    // Close; the summary mail reaches everyone who took part, without casus text.
    await floor.page.getByRole('button', { name: 'Bijeenkomst afsluiten' }).click();
    await floor.page.getByRole('button', { name: 'Ja, sluit de bijeenkomst af' }).click();
    await anouk.page.getByRole('heading', { name: 'Samenvatting' }).first().waitFor({ timeout: 15_000 });
    let mail = '';
    await expect
      .poll(
        () => {
          try {
            mail = mailText(latestMailTo('anouk@demo.example'));
          } catch {
            mail = '';
          }
          return mail.includes('Dit is de samenvatting van "Afspraken maken"');
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);
    expect(mail).toContain(FIRST);
    expect(mail).toContain(SECOND);
    expect(mail).toContain(ADVICE);
    for (const field of [CASE.context, CASE.keyQuestion, CASE.tried, 'buikpijn']) expect(mail).not.toContain(field);
    expect(mailText(latestMailTo('sanne@demo.example'))).toContain('Dit is de samenvatting van "Afspraken maken"');

    // The session page links the summary.
    await anouk.page.goto(`/sessies/${first}`);
    await anouk.page.getByRole('link', { name: 'Samenvatting bekijken' }).click();
    await anouk.page.getByRole('heading', { level: 1, name: 'Samenvatting: Afspraken maken' }).waitFor();
    await anouk.page.getByRole('list', { name: 'Afspraken' }).getByRole('heading', { name: SECOND }).waitFor();
    await anouk.page.getByRole('list', { name: 'Adviezen' }).getByText('Spreekt de inbrenger aan', { exact: true }).waitFor();
    await axeClean(anouk.page);
    await shoot(anouk.page, 'summary-page');
    await sanne.page.goto(`/sessies/${first}/samenvatting`);
    await sanne.page.getByRole('button', { name: 'Mijn adviezen (pdf)' }).waitFor();

    // ---- session 2: the terugblik shows both agreements; one is marked done there.
    const second = await schedule('Terugkomen op de afspraken', 'Mehmet Yilmaz', 2);
    await floor.page.goto(`/sessies/${second}/live`);
    await floor.page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
    await onStep(floor.page, 'Terugblik op de vorige afspraken');
    const terugblik = floor.page.getByRole('region', { name: 'Open afspraken van de vorige keren' });
    await terugblik.getByRole('heading', { name: FIRST }).waitFor();
    await terugblik.getByRole('heading', { name: SECOND }).waitFor();
    const item = terugblik.getByRole('listitem').filter({ hasText: SECOND });
    await item.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Gedaan' });
    await item.getByRole('textbox', { name: /Korte toelichting/ }).fill('Staat op de agenda van het volgende zorgoverleg.');
    await item.getByRole('button', { name: 'Opslaan' }).click();
    await item.getByText('De afspraak is bijgewerkt.').waitFor();
    await axeClean(floor.page);
    await shoot(floor.page, 'terugblik-agreements');

    // The CoP page "Afspraken": one open, one done.
    await anouk.page.goto(`/cops/${community?.id}/afspraken`);
    const list = anouk.page.getByRole('list', { name: 'Afspraken' });
    await list.getByRole('heading', { name: FIRST }).waitFor();
    expect(await list.getByRole('heading', { name: SECOND }).count()).toBe(0);
    await anouk.page.getByRole('combobox', { name: 'Toon' }).selectOption({ label: 'Gedaan' });
    await list.getByRole('heading', { name: SECOND }).waitFor();
    await anouk.page.getByRole('combobox', { name: 'Toon' }).selectOption({ label: 'Alle afspraken' });
    await list.getByRole('heading', { name: FIRST }).waitFor();
    await axeClean(anouk.page);
    await shoot(anouk.page, 'cop-agreements');
  });
});

/** The Amsterdam calendar date `days` from now, as YYYY-MM-DD. */
function dateInAmsterdam(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
}
