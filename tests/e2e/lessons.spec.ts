import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { describeViolations, launchBrowser, login, newPage, seriousAxeViolations } from './support/browser.js';

/**
 * Issue 6's journey: a member finds a lesson with another Dutch word form than the text uses
 * ("samenwerken" finds "samenwerking"), filters by a werkzaam element, opens it, adds a
 * reflection and exports the list.
 */
describe('the lessons library', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('finds, filters, opens, reflects and exports in Chromium', async () => {
    const { page } = await newPage(browser);
    await login(page, 'sanne@demo.example');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Geleerde lessen' }).click();
    await page.getByRole('searchbox', { name: 'Zoek in de lessen' }).fill('samenwerken');
    await page.getByRole('combobox', { name: 'Werkzaam element' }).selectOption({ label: '2. Cultuur van samenwerken' });
    // Filters apply by themselves (issue 15): the choice at once, the typed words after a pause.
    // The unfiltered list's count is already on screen: wait for the search itself (URL, then highlights).
    await page.waitForURL(/q=samenwerken.*element=cultuur-van-samenwerken|element=cultuur-van-samenwerken.*q=samenwerken/);
    const results = page.getByRole('list', { name: 'Gevonden lessen' });
    await results.locator('mark').first().waitFor();
    // The Dutch stemmer matches the word form in the text, highlighted in the snippet.
    const highlighted = await results.locator('mark').allTextContents();
    expect(highlighted.some((word) => /^samenwerk/i.test(word))).toBe(true);
    expect(highlighted.some((word) => word.toLowerCase() !== 'samenwerken')).toBe(true);
    expect(await seriousAxeViolations(page), describeViolations(await seriousAxeViolations(page))).toEqual([]);

    const firstLink = results.getByRole('article').first().getByRole('heading').getByRole('link');
    const lessonTitle = (await firstLink.textContent()) ?? '';
    await firstLink.click();
    await page.getByRole('heading', { name: lessonTitle.trim().slice(0, 30) }).first().waitFor();
    await page.getByRole('textbox', { name: 'Jouw reflectie' }).fill('Bij ons werkt een vast aanspreekpunt ook, mits de gemeente het mandaat regelt.');
    await page.getByRole('button', { name: 'Reflectie plaatsen' }).click();
    await page.getByText('Je reflectie is geplaatst.').waitFor();
    await page.getByText('mits de gemeente het mandaat regelt').first().waitFor();
    expect(await seriousAxeViolations(page), describeViolations(await seriousAxeViolations(page))).toEqual([]);

    await page.goBack();
    await page.getByText(/\d+ lessen? gevonden\./).first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als CSV' }).click()]);
    const file = await download.path();
    const csv = fs.readFileSync(file, 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(csv.split('\n')[0]).toMatch(/tekst|text/i);
    expect(csv).toMatch(/samenwerk/i);
  });
});
