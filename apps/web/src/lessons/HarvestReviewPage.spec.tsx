import axe from 'axe-core';
import type { LessonDetail, LessonView } from '@mao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, stubApi, type StubRequest } from '../test/api-stub';
import { facilitatorMe, memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';
import { sessionView } from '../sessions/test-fixtures';
import { draft, harvest, HARVEST_SESSION_ID, LESSON_2_ID, LESSON_3_ID, LESSON_ID } from './test-fixtures';

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const closedSession = (overrides = {}) =>
  sessionView({ id: HARVEST_SESSION_ID, title: 'Intervisie oktober', status: 'closed', myRole: 'facilitator', canManage: true, ...overrides });

const detail = (lesson: LessonView, overrides: Partial<LessonDetail> = {}): LessonDetail => ({
  ...lesson,
  reflections: [],
  actionPerspectives: [],
  can: { review: true, reflect: true },
  ...overrides,
});

function stubReview(drafts: LessonView[]) {
  const byId = new Map(drafts.map((lesson) => [lesson.id, lesson]));
  const lessonOf = (request: StubRequest): LessonView => {
    const lesson = byId.get(request.params.id ?? '');
    if (!lesson) throw new Error(`no lesson ${request.params.id}`);
    return lesson;
  };
  const api = stubApi({
    'GET /api/me': ok(facilitatorMe),
    'GET /api/sessions/:id': ok(closedSession()),
    'GET /api/sessions/:id/lessons': ok(harvest(drafts)),
  });
  api.on('PATCH /api/lessons/:id', (request: StubRequest) => {
    const current = lessonOf(request);
    const next = { ...current, ...(request.body as Partial<LessonView>) };
    byId.set(next.id, next);
    return ok(detail(next));
  });
  api.on('POST /api/lessons/:id/publish', (request: StubRequest) =>
    ok(detail({ ...lessonOf(request), status: 'published', visibility: (request.body as { visibility: 'community' | 'platform' }).visibility })),
  );
  api.on('POST /api/lessons/:id/discard', (request: StubRequest) => ok(detail({ ...lessonOf(request), status: 'discarded' })));
  return api;
}

const threeDrafts = () => [
  draft(LESSON_ID, 'Samen het eerste gesprek voeren werkt beter dan los van elkaar.'),
  draft(LESSON_2_ID, 'Spreek af wie de ouders belt.', {
    elementIds: ['cultuur-van-samenwerken'],
    indicatorIds: [],
    themes: ['ouderbetrokkenheid'],
    reviewNotes: ['Het onbekende element "x" is weggelaten.'],
  }),
  draft(LESSON_3_ID, 'Een gezamenlijk eerste gesprek scheelt dubbel werk.', { elementIds: ['gedeelde-visie'], indicatorIds: ['gedeelde-visie.een-verhaal'] }),
];

async function openReview() {
  const view = renderApp(`/sessies/${HARVEST_SESSION_ID}/oogst`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Oogst beoordelen: Intervisie oktober' })).toBeInTheDocument();
  return view;
}

const draftCard = (n: number) => screen.getByRole('article', { name: `Concept ${n}` });

describe('harvest review', () => {
  it('edits, tags and publishes a draft for the whole platform', async () => {
    const api = stubReview(threeDrafts());
    const { user } = await openReview();
    expect(screen.getByRole('heading', { level: 2, name: '3 concepten om te beoordelen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Oogst als PDF' })).toHaveAttribute('href', `/api/sessions/${HARVEST_SESSION_ID}/harvest.pdf`);
    expect(within(draftCard(2)).getByText('Het onbekende element "x" is weggelaten.')).toBeInTheDocument();

    const card = draftCard(1);
    const text = within(card).getByRole('textbox', { name: 'Tekst van de les' });
    await user.clear(text);
    await user.type(text, 'Voer het eerste gesprek met ouders samen: school en wijkteam.');
    // Nothing chosen yet: the picker is open. An indicator brings its element along.
    await user.click(within(card).getByRole('checkbox', { name: 'Onderling vertrouwen' }));
    expect(within(card).getByRole('checkbox', { name: '2. Cultuur van samenwerken' })).toBeChecked();
    await user.type(within(card).getByRole('textbox', { name: 'Thema’s' }), 'ouderbetrokkenheid, Bindende afspraken');
    const platform = within(card).getByRole('radio', { name: 'Het hele platform' });
    expect(platform).toHaveAccessibleDescription(/ook professionals uit andere regio’s van jullie ervaring/);
    expect(within(card).getByRole('radio', { name: 'Alleen de CoP' })).toBeChecked();
    await user.click(platform);
    await user.click(within(card).getByRole('button', { name: 'Publiceren' }));

    expect(await screen.findByText('Concept 1 is gepubliceerd.')).toBeInTheDocument();
    expect(api.callsTo(`PATCH /api/lessons/${LESSON_ID}`)[0]?.body).toEqual({
      text: 'Voer het eerste gesprek met ouders samen: school en wijkteam.',
      elementIds: ['cultuur-van-samenwerken'],
      indicatorIds: ['cultuur-van-samenwerken.onderling-vertrouwen'],
      themes: ['ouderbetrokkenheid', 'bindende afspraken'],
    });
    expect(api.callsTo(`POST /api/lessons/${LESSON_ID}/publish`)[0]?.body).toEqual({ visibility: 'platform' });
    expect(screen.getByRole('heading', { level: 2, name: '2 concepten om te beoordelen' })).toHaveFocus();
    const publishedList = screen.getByRole('region', { name: 'Al gepubliceerd' });
    expect(within(publishedList).getByRole('link', { name: 'Voer het eerste gesprek met ouders samen: school en wijkteam.' })).toHaveAttribute('href', `/lessen/${LESSON_ID}`);
    expect(publishedList).toHaveTextContent('Hele platform');
  }, 20_000);

  it('publishes an untouched, tagged draft for the CoP without saving it first', async () => {
    const api = stubReview(threeDrafts());
    const { user } = await openReview();
    await user.click(within(draftCard(3)).getByRole('button', { name: 'Publiceren' }));
    expect(await screen.findByText('Concept 3 is gepubliceerd.')).toBeInTheDocument();
    expect(api.callsTo(`PATCH /api/lessons/${LESSON_3_ID}`)).toHaveLength(0);
    expect(api.callsTo(`POST /api/lessons/${LESSON_3_ID}/publish`)[0]?.body).toEqual({ visibility: 'community' });
  });

  it('asks for a werkzaam element before publishing', async () => {
    const api = stubReview(threeDrafts());
    const { user } = await openReview();
    await user.click(within(draftCard(1)).getByRole('button', { name: 'Publiceren' }));
    expect(await within(draftCard(1)).findByRole('alert')).toHaveTextContent('Kies minstens één werkzaam element voordat je publiceert.');
    expect(api.calls.filter((call) => call.method !== 'GET')).toHaveLength(0);
  });

  it('shows what the privacy guard finds and does not publish until it is fixed', async () => {
    const api = stubReview([draft(LESSON_ID, 'Bel de moeder op 06-12345678 voor het gesprek.', { elementIds: ['gedeelde-visie'] }), ...threeDrafts().slice(1)]);
    const { user } = await openReview();
    const card = draftCard(1);
    expect(within(card).getByRole('list', { name: 'Gevonden in “Tekst van de les”' })).toHaveTextContent('06-12345678');
    expect(within(card).getByRole('textbox', { name: 'Tekst van de les' })).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(card).getByRole('button', { name: 'Publiceren' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('De tekst bevat 1 gegeven waarmee iemand herkenbaar kan zijn.');
    expect(api.calls.filter((call) => call.method !== 'GET')).toHaveLength(0);

    const text = within(card).getByRole('textbox', { name: 'Tekst van de les' });
    await user.clear(text);
    await user.type(text, 'Bel de ouders samen voor het gesprek.');
    expect(within(card).queryByRole('list', { name: 'Gevonden in “Tekst van de les”' })).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Publiceren' }));
    expect(await screen.findByText('Concept 1 is gepubliceerd.')).toBeInTheDocument();
    expect(api.callsTo(`PATCH /api/lessons/${LESSON_ID}`)[0]?.body).toMatchObject({ text: 'Bel de ouders samen voor het gesprek.' });
  });

  it('shows what the harvest’s privacy check stored, per draft and in total', async () => {
    stubReview([
      draft(LESSON_ID, 'Daan belde zijn moeder op 06-12345678.', {
        elementIds: ['gedeelde-visie'],
        privacyFindingCount: 2,
        reviewNotes: ['Privacycontrole bij het oogsten: 2 gegevens die iemand herkenbaar kunnen maken (naam, telefoonnummer).'],
      }),
      ...threeDrafts().slice(1),
    ]);
    await openReview();
    expect(screen.getByText(/^1 concept bevat gegevens waarmee iemand herkenbaar kan zijn/)).toBeInTheDocument();
    const card = draftCard(1);
    expect(within(card).getByText('2 privacymeldingen')).toBeInTheDocument();
    expect(within(card).getByText(/^Privacycontrole bij het oogsten: 2 gegevens/)).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Gevonden in “Tekst van de les”' })).toHaveTextContent('Naam');
    expect(within(draftCard(2)).queryByText(/privacymelding/)).toBeNull();
    expect(await seriousViolations()).toEqual([]);
  });

  it('lets a place stand: it is marked as a warning but does not hold the draft back', async () => {
    const api = stubReview([draft(LESSON_ID, 'In Lelystad werkt het wijkteam al zo.', { elementIds: ['gedeelde-visie'] }), ...threeDrafts().slice(1)]);
    const { user } = await openReview();
    const card = draftCard(1);
    expect(within(card).getByRole('list', { name: 'Gevonden in “Tekst van de les”' })).toHaveTextContent('Plaats of wijk');
    expect(card.querySelector('mark.privacy-mark--warn')).not.toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Publiceren' }));
    expect(await screen.findByText('Concept 1 is gepubliceerd.')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/lessons/${LESSON_ID}/publish`)).toHaveLength(1);
  });

  it('says what the privacy guard found in a merged text', async () => {
    const api = stubReview(threeDrafts());
    api.on('POST /api/lessons/:id/merge', (request: StubRequest) =>
      ok(
        detail(draft(request.params.id ?? '', 'Samen het eerste gesprek voeren.\n\nBel Daan.', { elementIds: ['gedeelde-visie'], privacyFindingCount: 1 }), {
          privacyFindings: [
            { kind: 'name', start: 38, end: 42, match: 'Daan', severity: 'direct', message: { nl: 'Een naam.', en: 'A name.' }, suggestion: { nl: 'Weg ermee.', en: 'Remove it.' } },
          ],
        }),
      ),
    );
    const { user } = await openReview();
    await user.click(within(draftCard(1)).getByRole('checkbox', { name: 'Concept 1 selecteren om samen te voegen' }));
    await user.click(within(draftCard(2)).getByRole('checkbox', { name: 'Concept 2 selecteren om samen te voegen' }));
    await user.click(screen.getByRole('button', { name: 'Samenvoegen' }));
    expect(await screen.findByText('Concept 1 en 2 zijn samengevoegd. In de samengevoegde tekst staat 1 gegeven waarmee iemand herkenbaar kan zijn; de uitleg staat bij het concept.')).toBeInTheDocument();
    expect(within(draftCard(1)).getByRole('list', { name: 'Gevonden in “Tekst van de les”' })).toHaveTextContent('Daan');
  });

  it('merges two selected drafts', async () => {
    const api = stubReview(threeDrafts());
    api.on('POST /api/lessons/:id/merge', (request: StubRequest) =>
      ok(
        detail(
          draft(request.params.id ?? '', 'Samen het eerste gesprek voeren werkt beter dan los van elkaar.\n\nEen gezamenlijk eerste gesprek scheelt dubbel werk.', {
            elementIds: ['gedeelde-visie'],
            indicatorIds: ['gedeelde-visie.een-verhaal'],
          }),
        ),
      ),
    );
    const { user } = await openReview();
    const merge = screen.getByRole('group', { name: 'Twee concepten samenvoegen' });
    expect(within(merge).getByRole('status')).toHaveTextContent('Nog geen concepten geselecteerd.');

    await user.click(within(draftCard(1)).getByRole('checkbox', { name: 'Concept 1 selecteren om samen te voegen' }));
    await user.click(within(merge).getByRole('button', { name: 'Samenvoegen' }));
    expect(await within(merge).findByRole('alert')).toHaveTextContent('Selecteer precies twee concepten om samen te voegen.');
    expect(api.calls.filter((call) => call.method !== 'GET')).toHaveLength(0);

    await user.click(within(draftCard(3)).getByRole('checkbox', { name: 'Concept 3 selecteren om samen te voegen' }));
    expect(within(merge).getByRole('status')).toHaveTextContent('2 concepten geselecteerd.');
    await user.click(within(merge).getByRole('button', { name: 'Samenvoegen' }));

    expect(await screen.findByText('Concept 1 en 3 zijn samengevoegd.')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/lessons/${LESSON_ID}/merge`)[0]?.body).toEqual({ otherId: LESSON_3_ID });
    expect(screen.getByRole('heading', { level: 2, name: '2 concepten om te beoordelen' })).toHaveFocus();
    expect(within(draftCard(1)).getByRole('textbox', { name: 'Tekst van de les' })).toHaveValue(
      'Samen het eerste gesprek voeren werkt beter dan los van elkaar.\n\nEen gezamenlijk eerste gesprek scheelt dubbel werk.',
    );
    expect(within(draftCard(1)).getByRole('checkbox', { name: 'Concept 1 selecteren om samen te voegen' })).not.toBeChecked();
    expect(screen.getByText('1 concept is weggegooid of samengevoegd.')).toBeInTheDocument();
  });

  it('discards a draft after asking in place', async () => {
    const api = stubReview(threeDrafts());
    const { user } = await openReview();
    await user.click(within(draftCard(2)).getByRole('button', { name: 'Concept 2 weggooien' }));
    expect(within(draftCard(2)).getByText('Concept 2 weggooien? De les verdwijnt uit de oogst.')).toHaveFocus();
    await user.click(within(draftCard(2)).getByRole('button', { name: 'Ja, weggooien' }));
    expect(await screen.findByText('Concept 2 is weggegooid.')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/lessons/${LESSON_2_ID}/discard`)).toHaveLength(1);
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('has no serious accessibility problems', async () => {
    stubReview(threeDrafts());
    await openReview();
    expect(await seriousViolations()).toEqual([]);
  });

  it('tells a member that only the facilitator reviews', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(closedSession({ myRole: 'participant', canManage: false })) });
    await openReview();
    expect(screen.getByText('Alleen de gespreksleider kan de oogst beoordelen.')).toBeInTheDocument();
    expect(api.callsTo(`GET /api/sessions/${HARVEST_SESSION_ID}/lessons`)).toHaveLength(0);
  });
});

describe('harvest links on the session page', () => {
  it('shows the facilitator of a closed session the review and the PDF', async () => {
    stubApi({ 'GET /api/me': ok(facilitatorMe), 'GET /api/sessions/:id': ok(closedSession()) });
    const { user, router } = renderApp(`/sessies/${HARVEST_SESSION_ID}`);
    const section = await screen.findByRole('region', { name: 'Oogst van deze bijeenkomst' });
    expect(within(section).getByRole('link', { name: 'Oogst als PDF' })).toHaveAttribute('href', `/api/sessions/${HARVEST_SESSION_ID}/harvest.pdf`);
    await user.click(within(section).getByRole('link', { name: 'Oogst beoordelen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessies/${HARVEST_SESSION_ID}/oogst`));
  });

  it('shows a member only the PDF, and nothing before the session is closed', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(closedSession({ myRole: 'participant', canManage: false })) });
    renderApp(`/sessies/${HARVEST_SESSION_ID}`);
    const section = await screen.findByRole('region', { name: 'Oogst van deze bijeenkomst' });
    expect(within(section).queryByRole('link', { name: 'Oogst beoordelen' })).toBeNull();
    expect(within(section).getByRole('link', { name: 'Oogst als PDF' })).toBeInTheDocument();
  });
});
