import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, launchBrowser, seriousAxeViolations, SCREENSHOTS, WINDOW_SIZES as SIZES } from './support/browser.js';
import { scheduleDemoSession, signedIn } from './support/demo-session.js';

/**
 * Issue 18: a facilitator builds a method in the browser — a copy of the Incidentmethode, renamed,
 * a step moved and one shortened — publishes it, schedules a session with it and runs it: the
 * live room walks the group through the steps in the new order.
 */
describe('method studio', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(() => browser?.close());

  it('builds a method, publishes it, and a session runs with it', async () => {
    const floor = await signedIn(browser, 'floor@demo.example');
    const page = floor.page;
    const communities = (await (await page.request.get('/api/communities')).json()) as Array<{ id: string; name: string }>;
    const community = communities.find((c) => c.name === 'Bindende afspraken');
    await page.goto(`/cops/${community?.id}`);
    await page.getByRole('link', { name: 'Methodes van deze CoP: bekijken en aanpassen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Methodes van Bindende afspraken' }).waitFor();
    await page.getByRole('button', { name: 'Kopie maken van Incidentmethode' }).click();

    const editor = page.getByRole('form', { name: /Bewerken:/ });
    await editor.getByRole('textbox', { name: 'Naam (Nederlands)' }).fill('Korte incidentmethode');
    await editor.getByRole('textbox', { name: 'Naam (Engels)' }).fill('Short incident method');
    const steps = editor.locator('.method-step');
    const secondTitle = (await steps.nth(1).locator('legend').first().textContent())?.replace(/^Stap 2: /, '') ?? '';
    await editor.getByRole('button', { name: `${secondTitle} omhoog` }).click();
    await steps.nth(0).getByRole('spinbutton', { name: 'Minuten' }).fill('3');

    for (const size of SIZES) {
      await page.setViewportSize(size);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ width: size.width, sideways }).toEqual({ width: size.width, sideways: 0 });
      await page.screenshot({ path: path.join(SCREENSHOTS, `method-studio-${size.width}x${size.height}.png`) });
    }
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await editor.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByText('Korte incidentmethode is gepubliceerd als versie 1.').waitFor();

    // A session with it, started: the first step is the one moved up.
    const sessionId = await scheduleDemoSession(page, { title: 'Met onze eigen methode', methodId: 'incidentmethode-eigen' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/sessies/${sessionId}/live`);
    await page.getByRole('heading', { name: 'Wachtruimte' }).waitFor();
    await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
    await page.getByRole('heading', { level: 2, name: secondTitle }).waitFor({ timeout: 15_000 });
    // Through every step of the new method to the end, and closed after the privacy check.
    const position = page.getByRole('region', { name: 'Bijeenkomst' }).locator('.room-bar__position');
    const total = Number((await position.textContent())?.split('/')[1]);
    expect(total).toBeGreaterThan(3);
    for (let step = 2; step <= total; step++) {
      await page.getByRole('button', { name: /Volgende stap/ }).click();
      await expect.poll(() => position.textContent(), { timeout: 10_000 }).toBe(`Stap ${step}/${total}`);
    }
    await page.getByRole('button', { name: 'Bijeenkomst afsluiten' }).click();
    await page.getByRole('button', { name: 'Ja, sluit de bijeenkomst af' }).click();
    await page.getByRole('heading', { name: 'Samenvatting' }).first().waitFor({ timeout: 15_000 });
    await floor.context.close();
  });
});
