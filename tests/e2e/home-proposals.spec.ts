import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, launchBrowser, login, newPage, seriousAxeViolations, SCREENSHOTS, WINDOW_SIZES as SIZES } from './support/browser.js';

/** The Amsterdam calendar date `days` from now, as YYYY-MM-DD. */
function dateInAmsterdam(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
}

/** Full-page screenshots at the three window sizes (kept in tests/.artifacts/screenshots); the page must not scroll sideways. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(100);
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

/**
 * Issue 14 (part B) as people use it: a member proposes a casus question, another supports it
 * from their home page, the facilitator plans a session from it (the form filled in from the
 * proposal) and marks it besproken; then each home page says what is waiting for that person —
 * the inbrenger's casus, the member's answer, the facilitator's session — and the member reads
 * their notifications.
 */
describe('home page and agenda proposals', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(() => browser?.close());

  it('works end to end in Chromium', async () => {
    const title = `Thuiszitter in beeld houden ${Date.now() % 100000}`;

    // Anouk proposes a casus question; login lands on her home page.
    const { page: anouk } = await newPage(browser);
    await login(anouk, 'anouk@demo.example');
    await anouk.getByRole('heading', { level: 1, name: 'Wat staat er voor mij klaar' }).waitFor();
    await anouk.getByRole('heading', { level: 2, name: 'Te doen' }).waitFor();
    await axeClean(anouk);
    await anouk.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn CoP’s' }).click();
    await anouk.getByRole('link', { name: /Bindende afspraken/ }).first().click();
    await anouk.getByRole('link', { name: 'Naar de agendavoorstellen' }).click();
    await anouk.getByRole('heading', { level: 1, name: 'Agendavoorstellen' }).waitFor();
    const form = anouk.getByRole('region', { name: 'Nieuw voorstel' });
    await form.getByRole('radio', { name: 'Casusvraag' }).check();
    await form.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await form.getByRole('textbox', { name: /^Toelichting/ }).fill('Een leerling zit al weken thuis. Bel 06-12345678 voor meer.');
    await form.getByText('Telefoonnummer').first().waitFor();
    await form.getByRole('button', { name: 'Voorstel indienen' }).click();
    await form.getByText('Je tekst bevat een gegeven dat iemand herkenbaar kan maken. Pas het aan of markeer het als niet herkenbaar.').waitFor();
    await form.getByRole('textbox', { name: /^Toelichting/ }).fill('Een leerling zit al weken thuis en niemand voelt zich eigenaar.');
    await form.getByRole('combobox', { name: /^Thema/ }).selectOption('bindende afspraken');
    await axeClean(anouk);
    await shoot(anouk, 'proposals-list');
    await form.getByRole('button', { name: 'Voorstel indienen' }).click();
    await anouk.getByText('Je voorstel is ingediend.').waitFor();
    await anouk.getByRole('heading', { level: 1, name: title }).waitFor();
    const proposalPath = new URL(anouk.url()).pathname;

    // Mehmet sees it on his home page and supports it — once.
    const { page: mehmet } = await newPage(browser);
    await login(mehmet, 'mehmet@demo.example');
    const toSupport = mehmet.getByRole('list', { name: 'Voorstellen om te steunen' });
    await toSupport.getByRole('link', { name: title }).click();
    await mehmet.getByRole('button', { name: 'Steun dit voorstel' }).click();
    await mehmet.getByText('Je steunt dit voorstel.', { exact: true }).first().waitFor();
    await mehmet.getByText('1 steunbetuiging · 0 reacties').waitFor();
    expect(await mehmet.getByRole('button', { name: 'Steun dit voorstel' }).count()).toBe(0);
    await mehmet.getByRole('textbox', { name: /^Jouw reactie/ }).fill('Herkenbaar, dit speelt bij ons ook.');
    await mehmet.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await mehmet.getByText('Je reactie is geplaatst.').waitFor();
    await axeClean(mehmet);
    await shoot(mehmet, 'proposal-detail');

    // Floor plans a session from it: title, notes and inbrenger come from the proposal.
    const { page: floor } = await newPage(browser);
    await login(floor, 'floor@demo.example');
    await floor.goto(proposalPath);
    await floor.getByText('Voorgesteld door Anouk Visser').first().waitFor();
    await floor.getByRole('link', { name: 'Plan een sessie met dit voorstel' }).click();
    await floor.getByRole('heading', { level: 1, name: 'Bijeenkomst plannen' }).waitFor();
    await floor.getByText(`Ingevuld vanuit het voorstel “${title}”.`, { exact: false }).waitFor();
    expect(await floor.getByLabel('Titel', { exact: true }).inputValue()).toBe(title);
    expect(await floor.getByLabel(/^Notities/).inputValue()).toBe('Een leerling zit al weken thuis en niemand voelt zich eigenaar.');
    const presenter = floor.getByLabel('Inbrenger (optioneel)');
    expect(await presenter.locator('option:checked').textContent()).toBe('Anouk Visser');
    await floor.getByLabel('Datum').fill(dateInAmsterdam(25));
    await floor.getByLabel('Begintijd').fill('15:00');
    await shoot(floor, 'new-session-from-proposal');
    await floor.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    await floor.getByRole('heading', { level: 1, name: title }).waitFor();

    await floor.goto(proposalPath);
    await floor.getByText('Ingepland', { exact: true }).first().waitFor();
    await floor.getByRole('link', { name: title }).waitFor();
    await floor.getByRole('button', { name: 'Markeer als besproken' }).click();
    await floor.getByText('De status is nu: Besproken.').waitFor();
    await floor.getByText('Besproken', { exact: true }).first().waitFor();

    // Each home page says what is waiting for that person.
    await floor.goto('/');
    const floorSessions = floor.getByRole('list', { name: 'Mijn volgende sessies' });
    const floorItem = floorSessions.getByRole('listitem').filter({ hasText: title });
    await floorItem.getByText('Gespreksleider').waitFor();
    await floorItem.getByText('Je komt').waitFor();
    await axeClean(floor);
    await shoot(floor, 'home-facilitator');

    await anouk.goto('/');
    await anouk.getByRole('list', { name: 'Te doen' }).getByText(`Schrijf je casus voor “${title}”`).waitFor();
    await anouk.getByRole('list', { name: 'Mijn volgende sessies' }).getByRole('listitem').filter({ hasText: title }).getByText('Inbrenger').waitFor();
    await shoot(anouk, 'home-inbrenger');

    await mehmet.goto('/');
    await mehmet.getByRole('list', { name: 'Te doen' }).getByText(`Laat weten of je komt naar “${title}”`).waitFor();
    await mehmet.getByRole('list', { name: 'Mijn volgende sessies' }).getByRole('listitem').filter({ hasText: title }).getByText('Nog niet geantwoord').waitFor();
    // The proposal is no longer waiting for his support.
    expect(await mehmet.getByRole('list', { name: 'Voorstellen om te steunen' }).getByRole('link', { name: title }).count()).toBe(0);
    await shoot(mehmet, 'home-member');

    // The same events as notifications, with the unread count in the header.
    const bell = mehmet.getByRole('link', { name: /^Meldingen \d+ ongelezen$/ });
    await bell.click();
    await mehmet.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await mehmet.getByRole('list', { name: 'Meldingen' }).getByRole('listitem').filter({ hasText: 'Nieuwe sessie: laat weten of je komt' }).filter({ hasText: title }).waitFor();
    await axeClean(mehmet);
    await shoot(mehmet, 'notifications');
    await mehmet.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
    await mehmet.getByText('Alle meldingen zijn gemarkeerd als gelezen.').waitFor();
    await mehmet.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();

    // The weekly digest is a setting on the account page, off by default.
    await mehmet.goto('/account');
    const digest = mehmet.getByRole('checkbox', { name: 'Stuur mij de wekelijkse mail' });
    expect(await digest.isChecked()).toBe(false);
    await digest.check();
    await mehmet.getByText('De wekelijkse mail staat aan.').waitFor();
    await axeClean(mehmet);
  });
});
