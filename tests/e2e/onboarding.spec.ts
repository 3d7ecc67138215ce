import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeViolations, launchBrowser, linkFromMail, login, newPage, seriousAxeViolations, waitForMailTo } from './support/browser.js';

/**
 * Issue 2's journey, as a new user would take it: the demo facilitator invites someone, the
 * invitation arrives in .data/outbox/, the new person opens the link, creates an account and
 * is a member of the CoP. Every page is checked with axe.
 */
describe('a facilitator invites a new member who joins the CoP', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('works end to end in Chromium, keyboard-usable and without serious axe violations', async () => {
    const { page: facilitator } = await newPage(browser);
    await login(facilitator, 'floor@demo.example');
    expect(await seriousAxeViolations(facilitator), describeViolations(await seriousAxeViolations(facilitator))).toEqual([]);

    // Login lands on the home page ('Wat staat er voor mij klaar'); the CoPs are in the main menu.
    await facilitator.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn CoP’s' }).click();
    await facilitator.getByRole('link', { name: /Bindende afspraken/ }).first().click();
    await facilitator.getByRole('heading', { name: /Bindende afspraken/ }).first().waitFor();
    expect(await seriousAxeViolations(facilitator), describeViolations(await seriousAxeViolations(facilitator))).toEqual([]);

    const email = `nieuw.lid.${Date.now()}@example.org`;
    await facilitator.getByRole('heading', { name: 'Iemand uitnodigen' }).waitFor();
    const emailField = facilitator.getByRole('textbox', { name: 'E-mailadres' });
    await emailField.fill(email);
    // Submit with the keyboard: the form must work without a mouse.
    await emailField.press('Enter');
    await facilitator.getByText(`Uitnodiging verstuurd naar ${email}.`).waitFor();

    const link = linkFromMail(await waitForMailTo(email), '/uitnodiging/');
    const { page: newcomer } = await newPage(browser);
    await newcomer.goto(new URL(link).pathname);
    await newcomer.getByText(/Bindende afspraken/).first().waitFor();
    expect(await seriousAxeViolations(newcomer), describeViolations(await seriousAxeViolations(newcomer))).toEqual([]);
    await newcomer.getByLabel('Naam', { exact: true }).fill('Noor Nieuw');
    await newcomer.getByLabel('Kies een wachtwoord').fill('noor-haar-eigen-wachtwoord');
    await newcomer.getByRole('button', { name: 'Account aanmaken en lid worden' }).click();

    await newcomer.getByRole('heading', { name: /Bindende afspraken/ }).first().waitFor();
    await newcomer.getByText('Noor Nieuw').first().waitFor();
    expect(await seriousAxeViolations(newcomer), describeViolations(await seriousAxeViolations(newcomer))).toEqual([]);

    // The facilitator sees the new member after a reload, and the invitation as accepted.
    await facilitator.reload();
    await facilitator.getByText('Noor Nieuw').first().waitFor();
  });
});
