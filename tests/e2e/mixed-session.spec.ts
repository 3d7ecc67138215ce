import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, launchBrowser, seriousAxeViolations, SCREENSHOTS, WINDOW_SIZES as SIZES } from './support/browser.js';
import { scheduleDemoSession, signedIn } from './support/demo-session.js';

const MINUTE = 60_000;

/**
 * Issue 16: a mixed session end to end in Chromium. The terugblik, the casus and the questions
 * in silence are written before the meeting (the clock opens the first step; the facilitator may
 * move on before a window closes), the rounds happen live with a clock, and the harvest is
 * written afterwards; it ends with the summary. The planning rules and the clock's closes are
 * proven with a controlled clock in apps/api/src/asynchronous/asynchronous.spec.ts; here real
 * people's browsers go through it.
 */
describe('a mixed session: in writing before, live, in writing after', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(() => browser?.close());

  const onStep = (page: Page, title: string) => page.getByRole('heading', { level: 2, name: title }).waitFor({ timeout: 15_000 });
  const next = (page: Page) => page.getByRole('button', { name: /Volgende stap/ }).click();
  const bar = (page: Page) => page.getByRole('region', { name: 'Bijeenkomst' });

  it('is planned asynchronously through the form: default windows per step, then the session page lists them', async () => {
    const { page } = await signedIn(browser, 'floor@demo.example');
    await page.setViewportSize({ width: 1280, height: 800 });
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + 14 * 86_400_000));
    const title = `Schriftelijke intervisie ${Date.now()}`;
    await page.goto('/cops');
    await page.getByRole('link', { name: /Bindende afspraken/ }).first().click();
    await page.getByRole('link', { name: 'Bijeenkomst plannen' }).click();
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByRole('radio', { name: /^Asynchroon/ }).check();
    await page.getByLabel('Datum').fill(day);
    await page.getByLabel(/^Tijd|Begintijd/).first().fill('09:00');
    await page.getByLabel('Inbrenger (optioneel)').selectOption({ label: 'Sanne de Wit' });
    const plan = page.getByRole('group', { name: 'Planning van de stappen' }).or(page.getByRole('region', { name: 'Planning van de stappen' }));
    await plan.getByText(/Open van .* tot /).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'async-session-form-1280x800.png'), fullPage: true });
    expect(await seriousAxeViolations(page), describeViolations(await seriousAxeViolations(page))).toEqual([]);
    await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    // The api planned it as the form showed: ten windows back to back from 09:00 on that day.
    const sessionId = page.url().split('/sessies/')[1]?.split(/[/?#]/)[0] ?? '';
    const view = (await (await page.request.get(`/api/sessions/${sessionId}`)).json()) as { mode: string; windows: Array<{ stepId: string; opensAt: string; closesAt: string }> };
    expect(view.mode).toBe('async');
    expect(view.windows).toHaveLength(10);
    expect(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(new Date(view.windows[0]?.opensAt ?? 0))).toBe('09:00');
    view.windows.slice(1).forEach((window, index) => expect(window.opensAt).toBe(view.windows[index]?.closesAt));
    await page.getByRole('heading', { name: 'Planning van de stappen' }).waitFor();
    await page.getByText('Asynchroon').first().waitFor();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ width: size.width, sideways }).toEqual({ width: size.width, sideways: 0 });
      await page.screenshot({ path: path.join(SCREENSHOTS, `async-session-page-${size.width}x${size.height}.png`), fullPage: true });
    }
    expect(await seriousAxeViolations(page), describeViolations(await seriousAxeViolations(page))).toEqual([]);
  });

  it('runs from the first window the clock opens to the summary', async () => {
    const floor = await signedIn(browser, 'floor@demo.example');
    const sanne = await signedIn(browser, 'sanne@demo.example');
    const anouk = await signedIn(browser, 'anouk@demo.example');

    // The first window opens a few seconds from now; each window lasts the minimum half hour.
    const opens = Math.ceil((Date.now() + 8_000) / 1000) * 1000;
    const at = (minutes: number) => new Date(opens + minutes * MINUTE).toISOString();
    const meeting = opens + 90 * MINUTE;
    const meetingMinutes = 50;
    const afterMeeting = (meeting - opens) / MINUTE + meetingMinutes;
    const sessionId = await scheduleDemoSession(floor.page, {
      title: 'Gemengde intervisie over thuiszitten',
      participants: [anouk.page],
      startsAt: new Date(meeting).toISOString(),
      plan: {
        mode: 'mixed',
        durationMinutes: meetingMinutes,
        windows: [
          { stepId: 'terugblik', opensAt: at(0), closesAt: at(30) },
          { stepId: 'casus', opensAt: at(30), closesAt: at(60) },
          { stepId: 'vragen-noteren', opensAt: at(60), closesAt: at(90) },
          { stepId: 'oogst', opensAt: at(afterMeeting), closesAt: at(afterMeeting + 48 * 60) },
          { stepId: 'evaluatie', opensAt: at(afterMeeting + 48 * 60), closesAt: at(afterMeeting + 72 * 60) },
        ],
      },
    });

    // Before the first window: the lobby says when it opens; nobody has to press start.
    for (const p of [floor, sanne, anouk]) await p.page.goto(`/sessies/${sessionId}/live`);
    await anouk.page.getByText(/De eerste stap gaat vanzelf open op/).waitFor();
    // The clock opens it (the job runner polls every second in this test server).
    for (const p of [floor, sanne, anouk]) await onStep(p.page, 'Terugblik op de vorige afspraken');
    await bar(anouk.page).getByText('Open tot').waitFor();
    expect(await bar(anouk.page).getByRole('timer').count()).toBe(0);
    const progress = anouk.page.getByRole('region', { name: 'Wie heeft al bijgedragen?' });
    await progress.getByText(/van \d+ schrijvers hebben bijgedragen/).waitFor();
    await progress.getByRole('button', { name: 'Ik heb bijgedragen' }).click();
    await progress.getByRole('button', { name: 'Toch nog niet klaar' }).waitFor();
    await anouk.page.setViewportSize({ width: 1280, height: 800 });
    await anouk.page.screenshot({ path: path.join(SCREENSHOTS, 'mixed-session-step-in-writing-1280x800.png') });
    expect(await seriousAxeViolations(anouk.page), describeViolations(await seriousAxeViolations(anouk.page))).toEqual([]);

    // The facilitator moves on before the window closes: the casus, written by the inbrenger.
    await next(floor.page);
    for (const p of [floor, sanne, anouk]) await onStep(p.page, 'Casus inbrengen');
    await sanne.page.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' }).fill('Een leerling zit al weken thuis; school en wijkteam wachten op elkaar.');
    await next(floor.page);

    // Questions in silence, in a private draft, still before the meeting.
    await onStep(anouk.page, 'Vragen in stilte');
    await anouk.page.getByRole('textbox', { name: 'Nieuwe kaart' }).fill('Wie heeft de leerling zelf gesproken?');
    await anouk.page.getByRole('button', { name: 'Kaart toevoegen' }).click();
    await anouk.page.getByText('Wie heeft de leerling zelf gesproken?').first().waitFor();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await sanne.page.getByText('Wie heeft de leerling zelf gesproken?').count()).toBe(0);

    // The meeting: moving on reveals the drafts; the live step has a running clock again.
    await next(floor.page);
    for (const p of [floor, sanne, anouk]) await onStep(p.page, 'Vragenronde');
    await bar(floor.page).getByRole('timer').waitFor();
    expect(await bar(floor.page).getByText('Open tot').count()).toBe(0);
    await sanne.page.getByText('Wie heeft de leerling zelf gesproken?').first().waitFor({ timeout: 10_000 });

    // To the last live step, then on into the harvest, written after the meeting.
    await floor.page.getByRole('navigation', { name: 'Stappen van de bijeenkomst' }).getByRole('button', { name: /^Reactie/ }).click();
    await floor.page.getByRole('button', { name: /^Ja, naar Reactie/ }).click();
    await next(floor.page);
    for (const p of [floor, sanne, anouk]) await onStep(p.page, 'Oogsten: geleerde lessen');
    await bar(anouk.page).getByText('Open tot').waitFor();
    await anouk.page.getByRole('textbox', { name: 'Geleerde les' }).fill('Vragen vooraf schriftelijk verzamelen maakt de vragenronde korter.');
    await anouk.page.getByRole('button', { name: 'Les toevoegen' }).click();
    await sanne.page.getByText('Vragen vooraf schriftelijk verzamelen').first().waitFor({ timeout: 10_000 });
    for (const size of SIZES) {
      await sanne.page.setViewportSize(size);
      const sideways = await sanne.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ width: size.width, sideways }).toEqual({ width: size.width, sideways: 0 });
      await sanne.page.screenshot({ path: path.join(SCREENSHOTS, `mixed-session-harvest-${size.width}x${size.height}.png`) });
    }

    // The facilitator closes it; everyone gets the summary.
    await next(floor.page);
    await onStep(floor.page, 'Evaluatie');
    await floor.page.getByRole('button', { name: 'Bijeenkomst afsluiten' }).click();
    await floor.page.getByRole('button', { name: 'Ja, sluit de bijeenkomst af' }).click();
    for (const p of [floor, sanne, anouk]) await p.page.getByRole('heading', { name: 'Samenvatting' }).waitFor({ timeout: 15_000 });
    await anouk.page.getByText('Vragen vooraf schriftelijk verzamelen').first().waitFor({ timeout: 10_000 });
    for (const p of [floor, sanne, anouk]) await p.context.close();
  });
});
