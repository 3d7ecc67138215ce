import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { simpleParser } from 'mailparser';
import ICAL from 'ical.js';
import { describeViolations, launchBrowser, login, newPage, seriousAxeViolations, waitForMailTo } from './support/browser.js';

/** The Amsterdam calendar date `days` from now, as YYYY-MM-DD. */
function dateInAmsterdam(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
}

/**
 * Issue 4's journey: the demo facilitator schedules a session in the browser, a member gets a
 * mail with a valid calendar invitation, RSVPs, and the inbrenger writes a casus, sees a BSN
 * highlighted, removes it and saves.
 */
describe('scheduling a session and preparing the casus', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('works end to end in Chromium', async () => {
    const title = `Casus over bindende afspraken ${Date.now()}`;
    const day = dateInAmsterdam(21);
    const { page: floor } = await newPage(browser);
    await login(floor, 'floor@demo.example');
    // Login lands on the home page ('Wat staat er voor mij klaar'); the CoPs are in the main menu.
    await floor.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn CoP’s' }).click();
    await floor.getByRole('link', { name: /Bindende afspraken/ }).first().click();
    await floor.getByRole('link', { name: 'Bijeenkomst plannen' }).click();
    await floor.getByLabel('Titel', { exact: true }).fill(title);
    await floor.getByLabel('Datum').fill(day);
    await floor.getByLabel('Begintijd').fill('15:00');
    await floor.getByLabel('Inbrenger (optioneel)').selectOption({ label: 'Sanne de Wit' });
    // The agenda shows clock times for the chosen start.
    await floor.getByRole('list', { name: 'Stappen met kloktijden' }).getByText('15:00').first().waitFor();
    expect(await seriousAxeViolations(floor), describeViolations(await seriousAxeViolations(floor))).toEqual([]);
    await floor.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    await floor.getByRole('heading', { name: title }).waitFor();

    // Sanne's invitation: a real iCalendar REQUEST for 15:00 Amsterdam time on that day.
    const mail = await simpleParser(await waitForMailTo('sanne@demo.example'));
    expect(mail.subject).toContain(title);
    const icsText = mail.attachments.find((a) => a.contentType.startsWith('text/calendar') || a.filename?.endsWith('.ics'))?.content.toString('utf8');
    expect(icsText).toBeDefined();
    const calendar = new ICAL.Component(ICAL.parse(icsText ?? ''));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.uid).toMatch(/^session-.+@intervisie$/);
    expect(event.summary).toContain(title);
    const start = event.startDate.toJSDate();
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(start)).toBe(day);
    expect(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(start)).toBe('15:00');

    // Sanne answers and, as inbrenger, prepares the casus.
    const { page: sanne } = await newPage(browser);
    await login(sanne, 'sanne@demo.example');
    await sanne.goto('/sessies');
    await sanne.getByRole('link', { name: title }).first().click();
    await sanne.getByRole('button', { name: 'Ik kom', exact: true }).click();
    await sanne.getByText('Je antwoord is opgeslagen: Je komt.').waitFor();
    expect(await seriousAxeViolations(sanne), describeViolations(await seriousAxeViolations(sanne))).toEqual([]);

    // The inbrenger's notice at the top of the session page leads to the editor (issue 15).
    await sanne.getByRole('link', { name: 'Casus schrijven' }).click();
    await sanne.getByLabel('Titel van de casus').fill('Leerling die thuis zit sinds de herfstvakantie');
    const situation = sanne.getByRole('textbox', { name: 'De situatie' });
    await situation.fill('Een leerling van 12 jaar (BSN 123456782) zit al weken thuis. School en wijkteam spreken elkaar nauwelijks.');
    await sanne.getByLabel('Kernvraag').fill('Hoe maken we bindende afspraken over wie het eerste aanspreekpunt is?');
    await sanne.getByLabel('Wat vraag je aan de groep?').fill('Kijk mee vanuit jullie eigen domein: wat zou jullie helpen?');
    const findings = sanne.getByRole('list', { name: /Gevonden in .De situatie./ });
    await findings.getByText('123456782').first().waitFor();
    expect(await seriousAxeViolations(sanne), describeViolations(await seriousAxeViolations(sanne))).toEqual([]);

    await situation.fill('Een leerling van 12 jaar zit al weken thuis. School en wijkteam spreken elkaar nauwelijks.');
    await sanne.getByText('Geen herkenbare gegevens gevonden.').first().waitFor();
    await sanne.getByLabel(/Ik heb de casus geanonimiseerd/).check();
    await sanne.getByLabel(/Er is toestemming/).check();
    await sanne.getByRole('button', { name: 'Casus bevestigen en delen' }).click();
    await sanne.getByText(/Je casus is bevestigd/).first().waitFor();
  });
});
