import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, launchBrowser, login, newPage, seriousAxeViolations, waitForMailTo, SCREENSHOTS, WINDOW_SIZES as SIZES } from './support/browser.js';

/** Decoded plain text of a quoted-printable .eml (enough to read the sentences of a mail). */
function mailText(eml: string): string {
  const bytes = eml.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/**
 * Issue 15, before the room, in Chromium with the demo CoP: the inbrenger is told their role (mail
 * and session page) and writes a casus as a private draft — with the guard's highlights — then
 * gets a warning before leaving with unsaved text; a member without an answer goes into the room
 * in one step on the day; the library's filters apply by themselves. Every page at 1280, 960 and
 * 390 px: no sideways scroll, axe clean; screenshots in tests/.artifacts/screenshots.
 */
describe('before the room', () => {
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

  /** At every size: no sideways scroll, axe clean, and a screenshot of the whole page. */
  async function atEverySize(page: Page, name: string): Promise<void> {
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.evaluate(() => window.scrollTo(0, 0));
      const label = `${name} ${size.width}×${size.height}`;
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ label, sideways }).toEqual({ label, sideways: 0 });
      const violations = await seriousAxeViolations(page);
      expect(violations, `${label}: ${describeViolations(violations)}`).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${size.width}x${size.height}.png`), fullPage: true });
      // What one sees first, without scrolling.
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${size.width}x${size.height}-top.png`) });
    }
    await page.setViewportSize(SIZES[0]);
  }

  it('tells the inbrenger their role, keeps a draft private with its highlights, warns before leaving, and lets a member in with one click', async () => {
    const floor = await person('floor@demo.example');
    const sanne = await person('sanne@demo.example');
    const mehmet = await person('mehmet@demo.example');
    const anouk = await person('anouk@demo.example');

    const communities = (await (await floor.page.request.get('/api/communities')).json()) as Array<{ id: string; name: string }>;
    const community = communities.find((c) => c.name === 'Bindende afspraken');
    const members = (await (await floor.page.request.get(`/api/communities/${community?.id}/members`)).json()) as Array<{ userId: string; name: string }>;
    const sanneId = members.find((m) => m.name === 'Sanne de Wit')?.userId ?? '';
    // Ten minutes from now (the day of the session is set on the member's browser clock below).
    const created = await floor.page.request.post(`/api/communities/${community?.id}/sessions`, {
      data: { title: 'Casus over thuiszitten', methodId: 'met-andere-ogen', startsAt: new Date(Date.now() + 10 * 60_000).toISOString(), presenterId: sanneId },
    });
    expect(created.status(), await created.text()).toBe(201);
    const session = (await created.json()) as { id: string; localDate: string; startsAt: string };

    // The invitation tells Sanne she is the inbrenger and links the casus editor.
    const mail = mailText(await waitForMailTo('sanne@demo.example'));
    expect(mail).toContain('Jij bent de inbrenger van deze sessie');
    expect(mail).toContain(`/sessies/${session.id}/casus`);

    // The session page says so too, with the way to the editor.
    await sanne.page.goto(`/sessies/${session.id}`);
    const notice = sanne.page.locator('.alert').filter({ hasText: 'Jij bent de inbrenger' });
    await notice.waitFor();
    await expect.poll(() => notice.textContent()).toContain('Voor deze bijeenkomst wordt een casus van je verwacht.');
    await atEverySize(sanne.page, 'session-presenter');

    // A draft with a BSN: saved privately, highlighted, not readable for the group.
    await notice.getByRole('link', { name: 'Casus schrijven' }).click();
    await sanne.page.getByRole('heading', { level: 1, name: 'Casus voorbereiden' }).waitFor();
    await sanne.page.getByLabel('Titel van de casus').fill('Meisje van veertien dat niet meer naar school gaat');
    await sanne.page.getByLabel('De situatie').fill('Sinds de herfstvakantie zit ze thuis. Het BSN is 123456782 volgens de moeder.');
    await sanne.page.getByRole('button', { name: 'Bewaren als concept' }).click();
    await sanne.page.getByText('Je concept is bewaard. Alleen jij ziet het.').waitFor();
    await sanne.page.locator('.privacy-input__backdrop mark', { hasText: '123456782' }).waitFor();
    expect((await anouk.page.request.get(`/api/sessions/${session.id}/case`)).status()).toBe(403);
    expect((await floor.page.request.get(`/api/sessions/${session.id}/case`)).status()).toBe(404);
    await atEverySize(sanne.page, 'casus-editor-draft');

    // Unsaved text: "Terug naar de bijeenkomst" asks first.
    await sanne.page.getByLabel('Kernvraag').fill('Hoe krijgen we school en ouders weer aan één tafel?');
    await sanne.page.getByRole('link', { name: 'Terug naar de bijeenkomst' }).click();
    const question = sanne.page.getByRole('alertdialog');
    await question.waitFor();
    expect(await question.textContent()).toContain('Je hebt tekst die nog niet is opgeslagen.');
    await sanne.page.screenshot({ path: path.join(SCREENSHOTS, 'casus-editor-leave-1280x800.png') });
    await question.getByRole('button', { name: 'Blijven en verder schrijven' }).click();
    expect(new URL(sanne.page.url()).pathname).toBe(`/sessies/${session.id}/casus`);
    expect(await sanne.page.getByLabel('Kernvraag').inputValue()).toBe('Hoe krijgen we school en ouders weer aan één tafel?');
    await sanne.page.getByRole('link', { name: 'Terug naar de bijeenkomst' }).click();
    await sanne.page.getByRole('alertdialog').getByRole('button', { name: 'Als concept bewaren en weggaan' }).click();
    await sanne.page.waitForURL((url) => url.pathname === `/sessies/${session.id}`);
    await notice.filter({ hasText: 'Je casus staat als concept klaar' }).waitFor();

    // Mehmet has not answered: on the day he goes in with one click. His browser's clock is set to the
    // start itself, so "on the day" (the start's local date) holds whatever time this test runs. Five
    // minutes before the start was the previous day when the session began just after midnight in
    // Amsterdam (a CI run at 23:50 local time failed on that).
    await mehmet.context.clock.install({ time: Date.parse(session.startsAt) });
    await mehmet.page.goto(`/sessies/${session.id}`);
    const join = mehmet.page.getByRole('region', { name: 'Meedoen' });
    await join.waitFor();
    await atEverySize(mehmet.page, 'session-member-join');
    await join.getByRole('button', { name: 'Ik doe mee en ga naar binnen' }).click();
    await mehmet.page.waitForURL((url) => url.pathname === `/sessies/${session.id}/live`);
    const mine = (await (await mehmet.page.request.get(`/api/sessions/${session.id}`)).json()) as { myRsvp: string };
    expect(mine.myRsvp).toBe('yes');
  });

  it('the library: filters apply by themselves, no export at 0 results, short titles', async () => {
    const sanne = await person('sanne@demo.example');
    await sanne.page.goto('/lessen');
    await sanne.page.getByText(/\d+ lessen? gevonden\./).first().waitFor();
    expect(await sanne.page.getByRole('button', { name: 'Zoeken' }).count()).toBe(0);
    await atEverySize(sanne.page, 'library');

    await sanne.page.getByRole('searchbox', { name: 'Zoek in de lessen' }).fill('xyzzyniets');
    await sanne.page.waitForURL(/q=xyzzyniets/);
    await sanne.page.getByText('Geen lessen gevonden.').waitFor();
    expect(await sanne.page.getByRole('button', { name: 'Exporteer als CSV' }).count()).toBe(0);
    await sanne.page.screenshot({ path: path.join(SCREENSHOTS, 'library-empty-1280x800.png') });
  });
});
