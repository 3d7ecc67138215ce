import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, launchBrowser, seriousAxeViolations, SCREENSHOTS, WINDOW_SIZES as SIZES } from './support/browser.js';
import { scheduleDemoSession, signedIn } from './support/demo-session.js';

/**
 * Issue 15: the room fits one screen. The facilitator sees the step, the clock, "next" and the
 * raised hands without scrolling, at every size; the page never scrolls sideways; axe is clean.
 * The screenshots are kept in tests/.artifacts/screenshots for people to look at.
 */
describe('the live room fits the window', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(() => browser?.close());

  const person = (email: string) => signedIn(browser, email);

  /** Whether an element lies wholly inside the window as it is scrolled now. */
  async function inView(page: Page, locator: ReturnType<Page['locator']>): Promise<boolean> {
    const box = await locator.boundingBox();
    const viewport = page.viewportSize();
    if (!box || !viewport) return false;
    return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5;
  }

  it('shows timer, next and raised hands without scrolling, with no sideways scroll, at 1280, 960 and 390 px', async () => {
    const floor = await person('floor@demo.example');
    const sanne = await person('sanne@demo.example');
    const anouk = await person('anouk@demo.example');

    const sessionId = await scheduleDemoSession(floor.page, { title: 'Casus over de overstap', videoUrl: 'https://meet.example/intervisie', participants: [anouk.page] });

    for (const p of [floor, sanne, anouk]) await p.page.goto(`/sessies/${sessionId}/live`);
    await floor.page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
    for (const p of [floor, anouk]) await p.page.getByRole('heading', { level: 2, name: 'Terugblik op de vorige afspraken' }).waitFor();
    await floor.page.getByRole('button', { name: /Volgende stap/ }).click();
    await floor.page.getByRole('button', { name: /Volgende stap/ }).click();
    await anouk.page.getByRole('heading', { level: 2, name: 'Vragen in stilte' }).waitFor();
    await anouk.page.getByRole('button', { name: 'Hand opsteken' }).click();

    const page = floor.page;
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.evaluate(() => window.scrollTo(0, 0));
      const hands = page.getByRole('button', { name: /opgestoken hand/ });
      await hands.waitFor();
      await expect.poll(() => hands.textContent()).toMatch(/1/);
      const label = `${size.width}×${size.height}`;
      expect({ label, timer: await inView(page, page.getByRole('timer')) }).toEqual({ label, timer: true });
      expect({ label, next: await inView(page, page.getByRole('button', { name: /Volgende stap/ })) }).toEqual({ label, next: true });
      expect({ label, hands: await inView(page, hands) }).toEqual({ label, hands: true });
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ label, sideways }).toEqual({ label, sideways: 0 });
      // The current step is in view inside the rail, which scrolls by itself.
      expect({ label, currentStep: await inView(page, page.locator('.step-rail [aria-current="step"]')) }).toEqual({ label, currentStep: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `live-room-facilitator-${size.width}x${size.height}.png`) });
      const violations = await seriousAxeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    }
    // A participant's view at each size, for people to look at.
    for (const size of SIZES) {
      await anouk.page.setViewportSize(size);
      const sideways = await anouk.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ size: size.width, sideways }).toEqual({ size: size.width, sideways: 0 });
      await anouk.page.screenshot({ path: path.join(SCREENSHOTS, `live-room-participant-${size.width}x${size.height}.png`) });
    }
    for (const p of [floor, sanne, anouk]) await p.context.close();
  });
});
