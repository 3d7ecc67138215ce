import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, launchBrowser, seriousAxeViolations, SCREENSHOTS, WINDOW_SIZES } from './support/browser.js';
import { scheduleDemoSession, signedIn } from './support/demo-session.js';

/**
 * Issue 15: the shared notes are a collaborative editor. Three people type at the same time in
 * real Chromium windows; the notes converge to the same text everywhere, each sees the others'
 * carets with their names (from the server's roster), and formatting reaches the others.
 */
describe('shared notes in three browsers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(() => browser?.close());

  const person = (email: string) => signedIn(browser, email);

  it('typing at once converges, with everyone’s caret and name, and bold text shows for all', async () => {
    const floor = await person('floor@demo.example');
    const sanne = await person('sanne@demo.example');
    const anouk = await person('anouk@demo.example');
    const sessionId = await scheduleDemoSession(floor.page, { title: 'Aantekeningen samen', participants: [anouk.page] });

    const people = [floor, sanne, anouk];
    for (const p of people) await p.page.goto(`/sessies/${sessionId}/live`);
    await floor.page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
    const notesOf = (page: Page) => page.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' });
    for (const p of people) await notesOf(p.page).waitFor({ timeout: 15_000 });

    // Floor starts two lines; then all three type at once, each in their own place.
    await notesOf(floor.page).click();
    await floor.page.keyboard.type('Begin.');
    await floor.page.keyboard.press('Enter');
    await floor.page.keyboard.type('Einde.');
    for (const p of people) await expect.poll(() => notesOf(p.page).textContent(), { timeout: 10_000 }).toContain('Einde.');
    await notesOf(sanne.page).getByText('Begin.').click();
    await sanne.page.keyboard.press('End');
    await notesOf(anouk.page).getByText('Einde.').click();
    await anouk.page.keyboard.press('End');
    await notesOf(floor.page).getByText('Einde.').click();
    await floor.page.keyboard.press('Home');
    await Promise.all([
      sanne.page.keyboard.type(' Sanne vult aan: school belt maandag.', { delay: 15 }),
      anouk.page.keyboard.type(' Anouk: wijkteam sluit aan.', { delay: 15 }),
      floor.page.keyboard.type('Floor: ', { delay: 15 }),
    ]);

    // Everyone ends with the same text, holding all three contributions.
    // The text itself, without the others' caret labels (widgets inside the text).
    const textOf = (page: Page) =>
      notesOf(page).evaluate((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
        return [...copy.querySelectorAll('p')].map((paragraph) => paragraph.textContent).join('\n');
      });
    const texts = async () => Promise.all(people.map((p) => textOf(p.page)));
    await expect.poll(async () => new Set(await texts()).size, { timeout: 15_000 }).toBe(1).catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${JSON.stringify(await texts())}`);
    });
    const [text] = await texts();
    expect(text).toBe('Begin. Sanne vult aan: school belt maandag.\nFloor: Einde. Anouk: wijkteam sluit aan.');

    // Each sees the two others' carets, named as the roster names them.
    const caretNames = (page: Page) => page.locator('.collaboration-carets__label').allTextContents();
    await expect.poll(async () => (await caretNames(floor.page)).sort(), { timeout: 10_000 }).toEqual(['Anouk Visser', 'Sanne de Wit']);
    await expect.poll(async () => (await caretNames(anouk.page)).sort(), { timeout: 10_000 }).toEqual(['Floor Jansen', 'Sanne de Wit']);
    await expect.poll(async () => (await caretNames(sanne.page)).sort(), { timeout: 10_000 }).toEqual(['Anouk Visser', 'Floor Jansen']);

    // Bold by keyboard shortcut reaches the others as bold.
    await notesOf(floor.page).getByText(/Begin\./).click();
    await floor.page.keyboard.press('End');
    await floor.page.keyboard.press('Control+b');
    await floor.page.keyboard.type(' Belangrijk!');
    const boldOf = (page: Page) =>
      notesOf(page).evaluate((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
        return [...copy.querySelectorAll('strong')].map((strong) => strong.textContent?.trim()).join('|');
      });
    await expect.poll(() => boldOf(anouk.page), { timeout: 10_000 }).toBe('Belangrijk!');
    for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      await anouk.page.setViewportSize(size);
      await notesOf(anouk.page).scrollIntoViewIfNeeded();
      await anouk.page.screenshot({ path: path.join(SCREENSHOTS, `notes-editor-${size.width}x${size.height}.png`) });
    }
    const violations = await seriousAxeViolations(anouk.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    for (const p of people) await p.context.close();
  });

  it('says on the board when the server did not keep an edit (it came after the board closed for its writer)', async () => {
    const floor = await person('floor@demo.example');
    const anouk = await person('anouk@demo.example');
    // Anouk's sockets to /collab pass through here unchanged, so the test can speak as the server on them.
    const boards: WebSocketRoute[] = [];
    await anouk.context.routeWebSocket(/\/collab\//, (socket) => {
      socket.connectToServer();
      boards.push(socket);
    });
    const sessionId = await scheduleDemoSession(floor.page, { title: 'Te laat voor het bord', participants: [anouk.page] });
    for (const p of [floor, anouk]) await p.page.goto(`/sessies/${sessionId}/live`);
    await floor.page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
    const notes = anouk.page.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' });
    await notes.waitFor({ timeout: 15_000 });
    await notes.click();
    await anouk.page.keyboard.type('Afspraak: school belt maandag.');
    const board = boards.find((socket) => socket.url().endsWith('.step.terugblik'));
    expect(board, boards.map((socket) => socket.url()).join(', ')).toBeDefined();
    // What the api sends when an edit arrives on a board that is read-only for its writer (message 101, MESSAGE_EDIT_NOT_KEPT).
    board?.send(Buffer.from([101]));
    const notice = anouk.page.getByText('Je laatste wijziging is niet opgeslagen: dit bord was al gesloten.', { exact: false });
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.getAttribute('role')).toBe('status');
    for (const size of WINDOW_SIZES) {
      await anouk.page.setViewportSize(size);
      // Centred: at the top it would sit under the room's sticky bar.
      await notice.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await anouk.page.screenshot({ path: path.join(SCREENSHOTS, `board-edit-not-kept-${size.width}x${size.height}.png`) });
    }
    const violations = await seriousAxeViolations(anouk.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    for (const p of [floor, anouk]) await p.context.close();
  });
});
