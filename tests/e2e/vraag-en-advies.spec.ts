import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeViolations, latestMailTo, launchBrowser, login, newPage, seriousAxeViolations } from './support/browser.js';
import { E2E_ADMIN } from './support/global-setup.js';

/**
 * Issue 17 in Chromium: the administrator appoints a makelaar; two demo members ask to join
 * Vraag en advies from different jeugdzorgregio's and the makelaar approves them; one asks a
 * question, the other (another region) answers and the mark "Geen belang in jouw regio" is
 * shown; the asker marks the answer helpful; the makelaar harvests it into a CoP, where the
 * facilitator finds it as a draft lesson.
 */
describe('Vraag en advies', () => {
  let browser: Browser;
  /** The question of the first test, answered again in the second. */
  let questionUrl = '';
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  async function as(email: string, password?: string): Promise<Page> {
    const { page } = await newPage(browser);
    await login(page, email, password);
    return page;
  }

  async function requestToJoin(page: Page, regionLabel: string): Promise<void> {
    await page.goto('/vragen');
    await page.getByRole('heading', { name: 'Meedoen met Vraag en advies' }).waitFor();
    const organisation = page.getByRole('textbox', { name: /^Organisatie/ });
    if (!(await organisation.inputValue())) await organisation.fill('Demo-organisatie');
    const background = page.getByRole('combobox', { name: /^Achtergrond/ });
    if (!(await background.inputValue())) await background.selectOption({ index: 1 });
    await page.getByRole('combobox', { name: /^Jeugdzorgregio/ }).selectOption({ label: regionLabel });
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.getByRole('heading', { name: 'Je aanmelding is in behandeling' }).waitFor();
  }

  it('a question answered from another region is marked, found helpful and harvested into a CoP', async () => {
    // The administrator makes Ingrid the makelaar (programme bureau).
    const admin = await as(E2E_ADMIN.email, E2E_ADMIN.password);
    await admin.goto('/beheer');
    await admin.getByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }).fill('ingrid');
    await admin.getByRole('button', { name: 'Zoeken' }).first().click();
    const row = admin.getByRole('region', { name: 'Mensen' }).getByRole('listitem').filter({ hasText: 'Ingrid Bos' });
    await row.getByRole('combobox', { name: 'Platformrol' }).selectOption('makelaar');
    await admin.getByText('De platformrol van Ingrid Bos is opgeslagen.').waitFor();

    // Sanne (Twente) and Anouk (Zeeland) ask to join; until approved they see nothing else.
    const sanne = await as('sanne@demo.example');
    await requestToJoin(sanne, 'Twente · Overijssel');
    expect(await sanne.getByRole('search').count()).toBe(0);
    const anouk = await as('anouk@demo.example');
    await requestToJoin(anouk, 'Zeeland');

    const makelaar = await as('ingrid@demo.example');
    await makelaar.goto('/vragen/makelen');
    for (const name of ['Sanne de Wit', 'Anouk Visser']) {
      await makelaar.getByRole('article', { name }).getByRole('button', { name: 'Goedkeuren' }).click();
      await makelaar.getByText(`${name} doet nu mee. Er is een mail verstuurd.`).waitFor();
    }

    // Sanne asks.
    await sanne.goto('/vragen/nieuw');
    await sanne.getByRole('textbox', { name: /^Titel/ }).fill('Thuiszitters: hoe krijg je het eerste overleg snel rond?');
    await sanne.getByRole('textbox', { name: /^Situatie/ }).fill('Als een leerling niet meer naar school komt, duurt het vaak weken voordat school, leerplicht en jeugdhulp samen om tafel zitten.');
    await sanne.getByRole('textbox', { name: /^Wat wil je weten/ }).fill('Hoe organiseren jullie het eerste overleg binnen een week?');
    await sanne.getByRole('checkbox', { name: 'Jeugdhulp', exact: true }).check();
    await sanne.getByRole('checkbox', { name: 'Zorg', exact: true }).check();
    await sanne.getByRole('checkbox', { name: '2. Cultuur van samenwerken' }).check();
    await sanne.getByRole('button', { name: 'Vraag plaatsen' }).click();
    await sanne.waitForURL(/\/vragen\/[0-9a-f-]{36}$/);
    await sanne.getByText('Je vraag is geplaatst.').waitFor();
    questionUrl = new URL(sanne.url()).pathname;

    // Anouk, from another region, answers.
    await anouk.goto(questionUrl);
    await anouk.getByRole('textbox', { name: /^Antwoord/ }).fill('Wij werken met één vaste contactpersoon per school bij het wijkteam; die nodigt binnen een week iedereen uit.');
    await anouk.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await anouk.getByText('Je antwoord is geplaatst.').waitFor();

    // Sanne sees who answered and the mark, and marks the answer helpful.
    await sanne.goto(questionUrl);
    const answer = sanne.getByRole('region', { name: /Antwoorden/ }).getByRole('listitem').filter({ hasText: 'Anouk Visser' });
    await answer.getByText('Geen belang in jouw regio').first().waitFor();
    expect(await answer.textContent()).toContain('Zeeland');
    await answer.getByRole('button', { name: 'Markeer als behulpzaam' }).click();
    await answer.getByText('Behulpzaam', { exact: true }).waitFor();
    expect(await seriousAxeViolations(sanne), describeViolations(await seriousAxeViolations(sanne))).toEqual([]);

    // The makelaar harvests it into the CoP "Bindende afspraken".
    await makelaar.goto(questionUrl);
    const harvestable = makelaar.getByRole('region', { name: /Antwoorden/ }).getByRole('listitem').filter({ hasText: 'Anouk Visser' });
    await harvestable.getByRole('button', { name: 'Oogsten als les' }).click();
    await harvestable.getByRole('combobox', { name: /^CoP/ }).selectOption({ label: 'Bindende afspraken' });
    await harvestable.getByRole('button', { name: 'Oogsten' }).click();
    await makelaar.getByText('Het antwoord staat als conceptles klaar voor de gespreksleiders van de CoP.').waitFor();
    const lessonHref = await harvestable.getByRole('link', { name: 'Les bekijken' }).getAttribute('href');
    expect(lessonHref).toMatch(/^\/lessen\/[0-9a-f-]{36}$/);

    // The CoP's facilitator reviews it like a harvested lesson (same editor) and publishes it.
    const floor = await as('floor@demo.example');
    await floor.goto(lessonHref ?? '/');
    await floor.getByText('Geoogst uit Vraag en advies', { exact: false }).first().waitFor();
    expect(await floor.getByRole('textbox', { name: /^Tekst van de les|^Les/ }).first().inputValue()).toContain('vaste contactpersoon per school');
    await floor.getByRole('button', { name: 'Publiceren' }).click();
    await floor.getByRole('button', { name: 'Melden: De les' }).waitFor();
    expect(await floor.getByText('Deze les is niet gepubliceerd', { exact: false }).count()).toBe(0);
  });

  it('a reported answer is hidden and its author told; a deactivated person is logged out at once', async () => {
    expect(questionUrl).not.toBe('');
    // Mehmet has not joined yet: the question does not exist for him.
    const mehmet = await as('mehmet@demo.example');
    await mehmet.goto(questionUrl);
    await mehmet.getByRole('heading', { name: 'Deze vraag bestaat niet (meer).' }).waitFor();
    await requestToJoin(mehmet, 'Twente · Overijssel');
    const makelaar = await as('ingrid@demo.example');
    await makelaar.goto('/vragen/makelen');
    await makelaar.getByRole('article', { name: 'Mehmet Yilmaz' }).getByRole('button', { name: 'Goedkeuren' }).click();
    await makelaar.getByText('Mehmet Yilmaz doet nu mee. Er is een mail verstuurd.').waitFor();

    await mehmet.goto(questionUrl);
    await mehmet.getByRole('textbox', { name: /^Antwoord/ }).fill('Dit is een antwoord dat niet over de vraag gaat.');
    await mehmet.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await mehmet.getByText('Je antwoord is geplaatst.').waitFor();

    // Sanne reports it.
    const sanne = await as('sanne@demo.example');
    await sanne.goto(questionUrl);
    await sanne.getByRole('button', { name: 'Melden: Antwoord van Mehmet Yilmaz' }).click();
    await sanne.getByRole('textbox', { name: /Waarom meld je dit/ }).fill('Dit antwoord gaat niet over mijn vraag.');
    await sanne.getByRole('button', { name: 'Melding versturen' }).click();
    await sanne.getByText('Bedankt. Een beheerder bekijkt je melding.').waitFor();

    // The administrator hides it with a reason; Mehmet gets the reason by mail.
    const admin = await as(E2E_ADMIN.email, E2E_ADMIN.password);
    await admin.goto('/beheer');
    const report = admin.getByRole('region', { name: 'Meldingen' }).getByRole('article').filter({ hasText: 'Dit antwoord gaat niet over mijn vraag.' });
    await report.getByRole('textbox', { name: /Reden voor verbergen/ }).fill('Een antwoord hoort over de vraag te gaan.');
    await report.getByRole('button', { name: 'Verbergen' }).click();
    await admin.getByText('Verborgen; de schrijver heeft een mail met de reden gekregen.').waitFor();
    expect(latestMailTo('mehmet@demo.example')).toContain('Een antwoord hoort over de vraag te gaan.');
    await sanne.reload();
    await sanne.getByRole('heading', { level: 2, name: /Antwoorden/ }).waitFor();
    expect(await sanne.getByText('Dit is een antwoord dat niet over de vraag gaat.').count()).toBe(0);

    // Deactivated: Mehmet's open browser is logged out.
    await admin.getByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }).fill('mehmet');
    await admin.getByRole('button', { name: 'Zoeken' }).first().click();
    const row = admin.getByRole('region', { name: 'Mensen' }).getByRole('listitem').filter({ hasText: 'Mehmet Yilmaz' });
    await row.getByRole('button', { name: 'Deactiveren: Mehmet Yilmaz' }).click();
    await row.getByRole('button', { name: 'Deactiveren', exact: true }).click();
    await admin.getByText('Mehmet Yilmaz is gedeactiveerd; alle sessies zijn beëindigd.').waitFor();
    await mehmet.goto('/vragen');
    await mehmet.waitForURL(/\/inloggen/);
    await mehmet.getByLabel('E-mailadres').fill('mehmet@demo.example');
    await mehmet.getByLabel('Wachtwoord', { exact: true }).fill('demo-wachtwoord');
    await mehmet.getByRole('button', { name: 'Inloggen' }).click();
    await mehmet.getByText('E-mailadres of wachtwoord klopt niet.').waitFor();

    // Other journeys use the demo accounts too: Mehmet is reactivated and can log in again.
    await row.getByRole('button', { name: 'Weer activeren' }).click();
    await admin.getByText('Mehmet Yilmaz kan weer inloggen.').waitFor();
    await mehmet.getByRole('button', { name: 'Inloggen' }).click();
    await mehmet.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  });
});
