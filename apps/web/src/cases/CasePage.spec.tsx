import type { CaseView } from '@mao/domain';
import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiError, ok, stubApi } from '../test/api-stub';
import { community, memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';
import { asMember, asPresenter, sanneMe, SESSION_ID } from '../sessions/test-fixtures';

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function presenterApi() {
  return stubApi({
    'GET /api/me': ok(sanneMe),
    'GET /api/sessions/:id': ok(asPresenter()),
    'GET /api/communities/:id': ok(community('member')),
    'GET /api/sessions/:id/case': apiError(404, 'not_found', 'Voor deze sessie is nog geen casus geschreven.'),
  });
}

const savedCase = (overrides: Partial<CaseView> = {}): CaseView => ({
  sessionId: SESSION_ID,
  status: 'confirmed',
  confirmedAt: '2026-11-20T10:00:00.000Z',
  title: 'Jongen die niet naar school gaat',
  context: 'Een jongen van 14 gaat sinds de herfst niet meer naar school.',
  keyQuestion: 'Hoe krijg ik de ouders mee?',
  tried: 'Huisbezoek.',
  askOfGroup: 'Vragen die me helpen anders te kijken.',
  anonymisedConfirmed: true,
  consentConfirmed: true,
  acceptedFindings: [],
  author: { id: sanneMe.id, name: 'Sanne Bakker' },
  updatedAt: '2026-11-20T10:00:00.000Z',
  purgeAfter: null,
  ...overrides,
});

async function openEditor() {
  const view = renderApp(`/sessies/${SESSION_ID}/casus`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Casus voorbereiden' })).toBeInTheDocument();
  return view;
}

/** Pastes the other required fields (typing every character is slow in jsdom). */
async function fillRequired(user: ReturnType<typeof renderApp>['user']) {
  const paste = async (label: string, text: string) => {
    await user.click(screen.getByLabelText(label));
    await user.paste(text);
  };
  await paste('Titel van de casus', 'Jongen die niet naar school gaat');
  await paste('Kernvraag', 'Hoe krijg ik de ouders mee?');
  await paste('Wat vraag je aan de groep?', 'Vragen die me helpen anders te kijken.');
  await user.click(screen.getByLabelText(/Ik heb de casus geanonimiseerd/));
  await user.click(screen.getByLabelText(/Er is toestemming/));
}

// Typing character by character through the whole app takes a while in jsdom on a shared machine.
describe('casus editor', { timeout: 20_000 }, () => {
  it('highlights a BSN as the inbrenger types, explains it, and clears it when removed', async () => {
    presenterApi();
    const { user, container } = await openEditor();
    const context = screen.getByLabelText('De situatie');
    expect(screen.getByText('Geen herkenbare gegevens gevonden.')).toBeInTheDocument();

    await user.type(context, 'Het BSN is 123456782 volgens de moeder.');
    // Announced in a live region, highlighted in place, and explained below the field.
    await waitFor(() => expect(screen.getByText('1 gegeven gevonden dat iemand herkenbaar kan maken.')).toBeInTheDocument());
    expect(screen.getByText('1 gegeven gevonden dat iemand herkenbaar kan maken.')).toHaveAttribute('role', 'status');
    const marks = container.querySelectorAll('.privacy-input__backdrop mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['123456782']);
    expect(marks[0]?.closest('[aria-hidden="true"]')).not.toBeNull();

    const list = screen.getByRole('list', { name: 'Gevonden in “De situatie”' });
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent('BSN');
    expect(item).toHaveTextContent('“123456782”');
    expect(item).toHaveTextContent(/11-proef/);
    expect(item).toHaveTextContent('Verwijder het BSN.');
    expect(item).toHaveTextContent('Dit gegeven moet je altijd weghalen.');
    expect(within(item).queryByRole('button', { name: /Dit is geen herkenbaar gegeven/ })).not.toBeInTheDocument();
    expect(context).toHaveAttribute('aria-invalid', 'true');
    expect(context).toHaveAccessibleDescription(expect.stringContaining('In dit veld staat 1 gegeven dat iemand herkenbaar kan maken.'));

    // "Show in the text" selects the match.
    await user.click(within(item).getByRole('button', { name: 'Aanwijzen in de tekst: 123456782' }));
    expect(context).toHaveFocus();
    expect((context as HTMLTextAreaElement).selectionStart).toBe(11);
    expect((context as HTMLTextAreaElement).selectionEnd).toBe(20);

    // Saving is refused at once while it is there.
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Casus bevestigen en delen' }));
    expect(await screen.findByText(/Er staat nog 1 gegeven in je casus/)).toBeInTheDocument();
    expect(context).toHaveFocus();

    await user.clear(context);
    await user.type(context, 'Een jongen van 14 gaat niet meer naar school.');
    await waitFor(() => expect(screen.getByText('Geen herkenbare gegevens gevonden.')).toBeInTheDocument());
    expect(screen.queryByRole('list', { name: 'Gevonden in “De situatie”' })).not.toBeInTheDocument();
    expect(container.querySelectorAll('.privacy-input__backdrop mark')).toHaveLength(0);
    expect(context).not.toHaveAttribute('aria-invalid');
  });

  it('lets the inbrenger mark an indirect detail as not identifying, and sends it along on save', async () => {
    const api = presenterApi();
    api.on('PUT /api/sessions/:id/case', (request) => ok(savedCase(request.body as Partial<CaseView>)));
    const { user } = await openEditor();
    const context = screen.getByLabelText('De situatie');

    await user.type(context, 'Op 12 maart 2025 ging het mis.');
    const list = await screen.findByRole('list', { name: 'Gevonden in “De situatie”' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('“12 maart 2025”');
    await user.click(within(list).getByRole('button', { name: 'Dit is geen herkenbaar gegeven: 12 maart 2025' }));

    await waitFor(() => expect(screen.getByText('Geen herkenbare gegevens gevonden.')).toBeInTheDocument());
    expect(screen.getByText('“12 maart 2025” is gemarkeerd als niet herkenbaar.')).toBeInTheDocument();
    const accepted = screen.getByRole('region', { name: 'Gemarkeerd als niet herkenbaar' });
    expect(within(accepted).getByRole('button', { name: 'Ongedaan maken: 12 maart 2025' })).toBeInTheDocument();

    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Casus bevestigen en delen' }));
    expect(await screen.findByText('Je casus is bevestigd. De deelnemers kunnen hem nu lezen.')).toBeInTheDocument();
    expect(api.callsTo(`PUT /api/sessions/${SESSION_ID}/case`)[0]?.body).toEqual({
      title: 'Jongen die niet naar school gaat',
      context: 'Op 12 maart 2025 ging het mis.',
      keyQuestion: 'Hoe krijg ik de ouders mee?',
      tried: '',
      askOfGroup: 'Vragen die me helpen anders te kijken.',
      anonymisedConfirmed: true,
      consentConfirmed: true,
      acceptedFindings: ['12 maart 2025'],
    });
  });

  it('shows a place as a warning — marked, explained, named a warning — that does not block saving', async () => {
    const api = presenterApi();
    api.on('PUT /api/sessions/:id/case', (request) => ok(savedCase(request.body as Partial<CaseView>)));
    const { user, container } = await openEditor();
    const context = screen.getByLabelText('De situatie');
    await user.click(context);
    await user.paste('Het gezin woont sinds kort in Oude Pekela.');

    const status = await screen.findByText('Niets wat je moet aanpassen. Wel 1 waarschuwing om na te kijken.');
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveClass('privacy-status--warn');
    const mark = container.querySelector('.privacy-input__backdrop mark');
    expect(mark).toHaveTextContent('Oude Pekela');
    expect(mark).toHaveClass('privacy-mark--warn');
    const list = screen.getByRole('list', { name: 'Gevonden in “De situatie”' });
    const item = within(list).getByRole('listitem');
    expect(item).toHaveClass('finding--warn');
    expect(item).toHaveTextContent('Plaats of wijk (waarschuwing)');
    expect(item).not.toHaveTextContent('Dit gegeven moet je altijd weghalen.');
    expect(list.closest('.findings')).toHaveClass('findings--warn');
    // A warning does not make the field invalid; it describes it.
    expect(context).not.toHaveAttribute('aria-invalid');
    expect(context).toHaveAccessibleDescription(expect.stringContaining('In dit veld staat 1 waarschuwing: dit mag blijven staan als het ertoe doet.'));

    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Casus bevestigen en delen' }));
    expect(await screen.findByText('Je casus is bevestigd. De deelnemers kunnen hem nu lezen.')).toBeInTheDocument();
    expect(api.callsTo(`PUT /api/sessions/${SESSION_ID}/case`)[0]?.body).toMatchObject({ context: 'Het gezin woont sinds kort in Oude Pekela.' });
  });

  it('counts blocking findings and warnings apart when both are there', async () => {
    presenterApi();
    const { user } = await openEditor();
    await user.click(screen.getByLabelText('De situatie'));
    await user.paste('Moeder belt vanaf 06-12345678 uit Oude Pekela.');
    expect(await screen.findByText('1 gegeven gevonden dat iemand herkenbaar kan maken. En 1 waarschuwing om na te kijken.')).toBeInTheDocument();
    expect(screen.getByLabelText('De situatie')).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Casus bevestigen en delen' }));
    expect(await screen.findByText(/Er staat nog 1 gegeven in je casus/)).toBeInTheDocument();
  });

  it('shows the api’s findings (422 privacy_findings) at their field, the same way', async () => {
    const api = presenterApi();
    api.on('PUT /api/sessions/:id/case', {
      status: 422,
      body: {
        error: {
          code: 'privacy_findings',
          message: 'De casus bevat 1 gegeven dat een kind of gezin herkenbaar kan maken (name).',
          details: {
            findings: [
              {
                field: 'context',
                kind: 'name',
                start: 13,
                end: 18,
                match: 'Lotus',
                severity: 'direct',
                canAccept: true,
                message: { nl: 'Dit lijkt een naam.', en: 'This looks like a name.' },
                suggestion: { nl: 'Schrijf “het kind”.', en: 'Write “the child”.' },
              },
            ],
          },
        },
      },
    });
    const { user, container } = await openEditor();
    // A name that is also a word, which the browser's guard lets pass and the api (say, a newer guard) finds: the page shows it.
    await user.type(screen.getByLabelText('De situatie'), 'Ik sprak met Lotus over school.');
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Casus bevestigen en delen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('De casus bevat gegevens die een kind of gezin kunnen herkenbaar maken.');
    const list = await screen.findByRole('list', { name: 'Gevonden in “De situatie”' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('“Lotus”');
    expect(within(list).getByRole('listitem')).toHaveTextContent('Dit lijkt een naam.');
    expect([...container.querySelectorAll('.privacy-input__backdrop mark')].map((m) => m.textContent)).toEqual(['Lotus']);
    expect(screen.getByLabelText('De situatie')).toHaveFocus();

    // Accepting it sends it along next time.
    await user.click(within(list).getByRole('button', { name: 'Dit is geen herkenbaar gegeven: Lotus' }));
    api.on('PUT /api/sessions/:id/case', (request) => ok(savedCase(request.body as Partial<CaseView>)));
    await user.click(screen.getByRole('button', { name: 'Casus bevestigen en delen' }));
    expect(await screen.findByText('Je casus is bevestigd. De deelnemers kunnen hem nu lezen.')).toBeInTheDocument();
    expect((api.callsTo(`PUT /api/sessions/${SESSION_ID}/case`)[1]?.body as { acceptedFindings: string[] }).acceptedFindings).toEqual(['Lotus']);
  });

  it('asks for the required fields and both confirmations', async () => {
    const api = presenterApi();
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Casus bevestigen en delen' }));
    expect(await screen.findByText('Bevestig dat de casus geanonimiseerd is.')).toBeInTheDocument();
    expect(screen.getByText('Bevestig dat er toestemming is waar die nodig is.')).toBeInTheDocument();
    expect(screen.getByText('Vul de situatie in.')).toBeInTheDocument();
    expect(screen.getByLabelText('Titel van de casus')).toHaveFocus();
    expect(screen.getByText('0 van 20.000 tekens gebruikt.')).toBeInTheDocument();
    expect(api.calls.filter((call) => call.method === 'PUT')).toHaveLength(0);
  });
});

/** Issue 15: a private draft, and a warning before typed text is lost. */
describe('casus drafts and leaving the editor', { timeout: 20_000 }, () => {
  it('saves a draft with a finding still in it: only the inbrenger sees it, and the highlight stays', async () => {
    const api = presenterApi();
    api.on('PUT /api/sessions/:id/case/draft', (request) => ok(savedCase({ ...(request.body as Partial<CaseView>), status: 'draft', confirmedAt: null })));
    const { user, container } = await openEditor();
    expect(screen.getByText('Nog niet bewaard. Je kunt tussendoor bewaren als concept; alleen jij ziet dat.')).toBeInTheDocument();
    await user.click(screen.getByLabelText('De situatie'));
    await user.paste('Het BSN is 123456782 volgens de moeder.');
    await user.click(screen.getByRole('button', { name: 'Bewaren als concept' }));

    expect(await screen.findByText('Je concept is bewaard. Alleen jij ziet het.')).toBeInTheDocument();
    expect(api.callsTo(`PUT /api/sessions/${SESSION_ID}/case/draft`)[0]?.body).toEqual({
      title: '',
      context: 'Het BSN is 123456782 volgens de moeder.',
      keyQuestion: '',
      tried: '',
      askOfGroup: '',
      anonymisedConfirmed: false,
      consentConfirmed: false,
      acceptedFindings: [],
    });
    expect(api.callsTo(`PUT /api/sessions/${SESSION_ID}/case`)).toHaveLength(0);
    expect(screen.getByText(/^Concept: alleen jij ziet deze casus\./)).toBeInTheDocument();
    // The guard's highlight stays on the draft, and confirming is still refused.
    await waitFor(() => expect([...container.querySelectorAll('.privacy-input__backdrop mark')].map((mark) => mark.textContent)).toEqual(['123456782']));
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Casus bevestigen en delen' }));
    expect(await screen.findByText(/Er staat nog 1 gegeven in je casus/)).toBeInTheDocument();
    expect(api.callsTo(`PUT /api/sessions/${SESSION_ID}/case`)).toHaveLength(0);
  });

  it('opens a stored draft with its findings highlighted and says it is private', async () => {
    stubApi({
      'GET /api/me': ok(sanneMe),
      'GET /api/sessions/:id': ok(asPresenter({ hasCaseDraft: true })),
      'GET /api/communities/:id': ok(community('member')),
      'GET /api/sessions/:id/case': ok(savedCase({ status: 'draft', confirmedAt: null, context: 'Moeder belt vanaf 06-12345678.', anonymisedConfirmed: false })),
    });
    const { container } = await openEditor();
    expect(screen.getByText(/^Concept: alleen jij ziet deze casus\./)).toBeInTheDocument();
    expect(screen.getByLabelText('De situatie')).toHaveValue('Moeder belt vanaf 06-12345678.');
    expect([...container.querySelectorAll('.privacy-input__backdrop mark')].map((mark) => mark.textContent)).toEqual(['06-12345678']);
    expect(screen.getByText('1 gegeven gevonden dat iemand herkenbaar kan maken.')).toBeInTheDocument();
  });

  it('warns before "Terug naar de bijeenkomst" throws typed text away: stay keeps it, leave goes', async () => {
    presenterApi();
    const { user, router } = await openEditor();
    await user.click(screen.getByLabelText('Kernvraag'));
    await user.paste('Hoe krijg ik de ouders mee?');

    await user.click(screen.getByRole('link', { name: 'Terug naar de bijeenkomst' }));
    const question = await screen.findByRole('alertdialog');
    expect(question).toHaveTextContent('Je hebt tekst die nog niet is opgeslagen. Als je nu weggaat, ben je die kwijt.');
    expect(within(question).getByText(/nog niet is opgeslagen/)).toHaveFocus();
    expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}/casus`);
    expect(await seriousViolations()).toEqual([]);

    await user.click(within(question).getByRole('button', { name: 'Blijven en verder schrijven' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Kernvraag')).toHaveValue('Hoe krijg ik de ouders mee?');

    // Closing or reloading the tab gets the browser's own question.
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    await user.click(screen.getByRole('link', { name: 'Terug naar de bijeenkomst' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Weggaan zonder opslaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}`));
  });

  it('leaves without asking when nothing was typed or everything is saved, and can save a draft on the way out', async () => {
    const api = presenterApi();
    api.on('PUT /api/sessions/:id/case/draft', (request) => ok(savedCase({ ...(request.body as Partial<CaseView>), status: 'draft', confirmedAt: null })));
    const { user, router } = await openEditor();
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(false);

    await user.click(screen.getByLabelText(/Wat heb je al geprobeerd/));
    await user.paste('Een huisbezoek.');
    await user.click(screen.getByRole('link', { name: 'Terug naar de bijeenkomst' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Als concept bewaren en weggaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}`));
    expect(api.callsTo(`PUT /api/sessions/${SESSION_ID}/case/draft`)[0]?.body).toMatchObject({ tried: 'Een huisbezoek.' });
  });
});

describe('reading a casus', () => {
  it('shows a participant the casus with the removal notice', async () => {
    stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/sessions/:id': ok(asMember({ myRsvp: 'yes', canReadCase: true, hasCase: true, status: 'closed' })),
      'GET /api/communities/:id': ok(community('member')),
      'GET /api/sessions/:id/case': ok(savedCase({ purgeAfter: '2027-01-01T10:00:00.000Z' })),
    });
    renderApp(`/sessies/${SESSION_ID}/casus`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Casus' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Jongen die niet naar school gaat' })).toBeInTheDocument();
    expect(screen.getByText('Hoe krijg ik de ouders mee?')).toBeInTheDocument();
    expect(screen.getByText('Deze casus en de borden van de bijeenkomst worden op 1 januari 2027 automatisch verwijderd. De gepubliceerde lessen blijven bewaard.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Casus bevestigen en delen' })).not.toBeInTheDocument();
  });

  it('tells others they cannot read it', async () => {
    const api = stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/sessions/:id': ok(asMember()),
      'GET /api/communities/:id': ok(community('member')),
    });
    renderApp(`/sessies/${SESSION_ID}/casus`);
    expect(await screen.findByText('Alleen de deelnemers van deze bijeenkomst kunnen de casus lezen.')).toBeInTheDocument();
    expect(api.callsTo(`GET /api/sessions/${SESSION_ID}/case`)).toHaveLength(0);
  });

  it('tells someone who said "maybe" to confirm first, without asking for the casus', async () => {
    const api = stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/sessions/:id': ok(asMember({ myRsvp: 'maybe', hasCase: true })),
      'GET /api/communities/:id': ok(community('member')),
    });
    renderApp(`/sessies/${SESSION_ID}/casus`);
    expect(await screen.findByText(/Je hebt ‘misschien’ geantwoord\. De casus gaat over een kind/)).toBeInTheDocument();
    expect(api.callsTo(`GET /api/sessions/${SESSION_ID}/case`)).toHaveLength(0);
  });

  it('says the casus and the boards are gone after the retention period, and deletes this browser’s copies of that session’s boards', async () => {
    const other = '99999999-9999-4999-8999-999999999999';
    const present = new Set([`session.${SESSION_ID}.step.terugblik`, `session.${SESSION_ID}.step.andere-ogen.draft.${memberMe.id}`, `session.${other}.step.terugblik`]);
    vi.stubGlobal('indexedDB', {
      databases: () => Promise.resolve([...present].map((name) => ({ name, version: 1 }))),
      deleteDatabase: (name: string) => {
        const request = {} as IDBOpenDBRequest;
        queueMicrotask(() => {
          present.delete(name);
          request.onsuccess?.call(request, new Event('success'));
        });
        return request;
      },
    });
    stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/sessions/:id': ok(asMember({ myRsvp: 'yes', canReadCase: true, hasCase: false, status: 'closed' })),
      'GET /api/communities/:id': ok(community('member')),
      'GET /api/sessions/:id/case': apiError(410, 'case_purged', 'De tekst van deze casus is verwijderd: de bewaartermijn is voorbij.'),
    });
    renderApp(`/sessies/${SESSION_ID}/casus`);
    expect(await screen.findByText('De casus en de borden van deze bijeenkomst zijn verwijderd: de bewaartermijn is voorbij. De gepubliceerde lessen blijven bewaard.')).toBeInTheDocument();
    expect(screen.queryByText(/automatisch verwijderd/)).not.toBeInTheDocument();
    await waitFor(() => expect([...present]).toEqual([`session.${other}.step.terugblik`]));
  });
});
