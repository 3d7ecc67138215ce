import { ERROR_MESSAGES } from '@mao/domain';
import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, created, ok, stubApi } from '../test/api-stub';
import { COP_ID, community, facilitatorMe, memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';
import { LESSON_ID, lessonDetail } from './test-fixtures';

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function openLesson() {
  const view = renderApp(`/lessen/${LESSON_ID}`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Bindende afspraken werken pas als school en wijkteam samen het gesprek met ouders voeren.' })).toBeInTheDocument();
  return view;
}

describe('lesson page', () => {
  it('shows the lesson in context with its elements, indicators and their descriptions', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/communities': ok([community('member')]), 'GET /api/lessons/:id': ok(lessonDetail()) });
    await openLesson();
    const context = screen.getByRole('region', { name: 'Waar komt de les vandaan?' });
    expect(within(context).getByRole('link', { name: 'Bindende afspraken' })).toHaveAttribute('href', `/cops/${COP_ID}`);
    expect(within(context).getByRole('link', { name: 'Intervisie oktober' })).toHaveAttribute('href', '/sessies/55555555-5555-4555-8555-555555555556');
    expect(within(context).getByText('6 oktober 2026')).toBeInTheDocument();
    expect(within(context).getByText('Incidentmethode')).toBeInTheDocument();
    expect(within(context).getByText('Alleen de CoP')).toBeInTheDocument();

    const elements = screen.getByRole('region', { name: 'Werkzame elementen en indicatoren' });
    expect(within(elements).getByRole('heading', { level: 3, name: '2. Cultuur van samenwerken' })).toBeInTheDocument();
    expect(within(elements).getByText(/De manier waarop professionals, ouders en organisaties elkaar kennen/)).toBeInTheDocument();
    expect(within(elements).getByText(/Partners rekenen op elkaar/)).toBeInTheDocument();
    expect(within(elements).getByRole('link', { name: 'Meer lessen bij Onderling vertrouwen' })).toHaveAttribute(
      'href',
      '/lessen?indicator=cultuur-van-samenwerken.onderling-vertrouwen',
    );
    // A member of the CoP, not its facilitator: no form for action perspectives.
    expect(screen.queryByRole('button', { name: 'Handelingsperspectief toevoegen' })).toBeNull();
    expect(await seriousViolations()).toEqual([]);
  });

  it('shows each writer with domain, organisation and region — lesson, reflections, action perspectives — and none for "een ouder" or "verwijderd lid"', async () => {
    const twente = { background: 'onderwijs', organisationType: 'school', regionId: 'twente' } as const;
    const detail = lessonDetail({
      visibility: 'platform',
      authorName: 'Anna Schrijver, een ouder',
      authors: [{ name: 'Anna Schrijver', profile: twente }, { name: 'een ouder' }],
      reflections: [
        { id: 'r1', authorName: 'Carla Verweg', text: 'Herkenbaar in onze wijk.', createdAt: '2026-10-10T09:00:00.000Z', author: { background: 'jeugdhulp', organisationType: 'wijkteam', regionId: 'noord-kennemerland' } },
        { id: 'r2', authorName: 'verwijderd lid', text: 'Bij ons ook.', createdAt: '2026-10-11T09:00:00.000Z' },
      ],
      actionPerspectives: [
        { id: 'ap1', title: 'Escalatieladder', text: 'Binnen vijf werkdagen overleg.', community: { id: COP_ID, name: 'Bindende afspraken' }, createdByName: 'Fien Facilitator', author: { background: 'gemeente', organisationType: null, regionId: null }, createdAt: '2026-10-12T09:00:00.000Z', lessonIds: [LESSON_ID] },
        { id: 'ap2', title: 'Vast overleg', text: 'Elke maand samen aan tafel.', community: { id: COP_ID, name: 'Bindende afspraken' }, createdByName: 'verwijderd lid', createdAt: '2026-10-13T09:00:00.000Z', lessonIds: [LESSON_ID] },
      ],
    });
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/communities': ok([community('member')]), 'GET /api/lessons/:id': ok(detail) });
    await openLesson();

    const writers = within(screen.getByRole('region', { name: 'Waar komt de les vandaan?' })).getByRole('list', { name: 'Schrijvers van de les' });
    expect(within(writers).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Anna Schrijver · Onderwijs · School · Twente', 'een ouder']);

    const reflections = within(screen.getByRole('region', { name: 'Reflecties' })).getAllByRole('listitem');
    expect(reflections[0]).toHaveTextContent('Carla Verweg · Jeugdhulp · Wijkteam / sociaal team · Alkmaar (Noord-Kennemerland) ·');
    expect(reflections[1]).toHaveTextContent(/^verwijderd lid · 11 oktober 2026/);

    const perspectives = within(screen.getByRole('region', { name: 'Handelingsperspectieven' }));
    expect(perspectives.getByText(/^Door Fien Facilitator/)).toHaveTextContent('Door Fien Facilitator · Gemeente · regio onbekend');
    expect(perspectives.getByText(/^Door verwijderd lid/).textContent).toBe('Door verwijderd lid');
    expect(await seriousViolations()).toEqual([]);
  });

  it('shows the writers in English', async () => {
    const detail = lessonDetail({ authorName: 'Anna Schrijver', authors: [{ name: 'Anna Schrijver', profile: { background: 'onderwijs', organisationType: 'school', regionId: 'friesland' } }] });
    stubApi({ 'GET /api/me': ok({ ...memberMe, locale: 'en' }), 'GET /api/communities': ok([community('member')]), 'GET /api/lessons/:id': ok(detail) });
    renderApp(`/lessen/${LESSON_ID}`);
    const writers = await screen.findByRole('list', { name: 'Writers of the lesson' });
    expect(writers).toHaveTextContent('Anna Schrijver · Education · School · Friesland (Fryslân)');
  });

  it('adds a reflection, shows it in the list and announces it', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/communities': ok([community('member')]), 'GET /api/lessons/:id': ok(lessonDetail()) });
    api.on('POST /api/lessons/:id/reflections', (request) =>
      created({ id: 'r2', authorName: memberMe.name, text: (request.body as { text: string }).text, createdAt: '2026-11-02T10:00:00.000Z' }),
    );
    const { user } = await openLesson();
    const reflections = screen.getByRole('region', { name: 'Reflecties' });
    expect(within(reflections).getByRole('list', { name: '1 reflectie' })).toHaveTextContent('Bij ons werkt een vast moment per maand goed.');

    // Too short: the domain's message, no request.
    await user.click(within(reflections).getByRole('button', { name: 'Reflectie plaatsen' }));
    expect(await within(reflections).findByText('Een reflectie heeft minstens 3 tekens.')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/lessons/${LESSON_ID}/reflections`)).toHaveLength(0);

    await user.type(within(reflections).getByRole('textbox', { name: 'Jouw reflectie' }), 'Wij plannen het gesprek nu samen met het wijkteam.');
    await user.click(within(reflections).getByRole('button', { name: 'Reflectie plaatsen' }));
    expect(await within(reflections).findByText('Je reflectie is geplaatst.')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/lessons/${LESSON_ID}/reflections`)[0]?.body).toEqual({ text: 'Wij plannen het gesprek nu samen met het wijkteam.' });
    const list = within(reflections).getByRole('list', { name: '2 reflecties' });
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent(`${memberMe.name} · 2 november 2026Wij plannen het gesprek nu samen met het wijkteam.`);
    expect(within(reflections).getByRole('textbox', { name: 'Jouw reflectie' })).toHaveValue('');
  });

  it('runs the privacy guard on a reflection before sending it', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/communities': ok([]), 'GET /api/lessons/:id': ok(lessonDetail()) });
    const { user } = await openLesson();
    const reflections = screen.getByRole('region', { name: 'Reflecties' });
    await user.type(within(reflections).getByRole('textbox', { name: 'Jouw reflectie' }), 'Mail de moeder via moeder@voorbeeld.nl voortaan.');
    await user.click(within(reflections).getByRole('button', { name: 'Reflectie plaatsen' }));
    expect(await within(reflections).findByRole('alert')).toHaveTextContent('De tekst bevat 1 gegeven waarmee iemand herkenbaar kan zijn.');
    expect(within(reflections).getByText('“moeder@voorbeeld.nl”')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/lessons/${LESSON_ID}/reflections`)).toHaveLength(0);
  });

  it('shows a refusal of the api', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/communities': ok([]), 'GET /api/lessons/:id': ok(lessonDetail()) });
    api.on('POST /api/lessons/:id/reflections', apiError(403, 'forbidden', 'Geen toegang.'));
    const { user } = await openLesson();
    await user.type(screen.getByRole('textbox', { name: 'Jouw reflectie' }), 'Een gewone reflectie.');
    await user.click(screen.getByRole('button', { name: 'Reflectie plaatsen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(ERROR_MESSAGES.forbidden.nl);
    expect(screen.getByRole('textbox', { name: 'Jouw reflectie' })).toHaveValue('Een gewone reflectie.');
  });

  it('lets a facilitator add an action perspective linked to this lesson', async () => {
    const api = stubApi({
      'GET /api/me': ok(facilitatorMe),
      'GET /api/communities': ok([community('facilitator')]),
      'GET /api/lessons/:id': ok(lessonDetail({ can: { review: true, reflect: true } })),
    });
    api.on('POST /api/communities/:id/action-perspectives', (request) => {
      const body = request.body as { title: string; text: string; lessonIds: string[] };
      return created({ id: 'ap1', title: body.title, text: body.text, community: { id: COP_ID, name: 'Bindende afspraken' }, createdByName: facilitatorMe.name, createdAt: '2026-11-02T10:00:00.000Z', lessonIds: body.lessonIds });
    });
    const { user } = await openLesson();
    const section = screen.getByRole('region', { name: 'Handelingsperspectieven' });
    expect(within(section).getByText('Er is nog geen handelingsperspectief aan deze les gekoppeld.')).toBeInTheDocument();
    const toggle = await within(section).findByRole('button', { name: 'Handelingsperspectief toevoegen' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    await waitFor(() => expect(within(section).getByRole('textbox', { name: 'Titel' })).toHaveFocus());
    await user.type(within(section).getByRole('textbox', { name: 'Titel' }), 'Vast ouderoverleg');
    await user.type(within(section).getByRole('textbox', { name: 'Wat gaan we doen?' }), 'School en wijkteam voeren het eerste gesprek samen.');
    await user.click(within(section).getByRole('button', { name: 'Handelingsperspectief opslaan' }));

    expect(await within(section).findByText('Het handelingsperspectief is toegevoegd en gekoppeld aan deze les.')).toBeInTheDocument();
    const call = api.callsTo(`POST /api/communities/${COP_ID}/action-perspectives`)[0];
    expect(call?.body).toEqual({ title: 'Vast ouderoverleg', text: 'School en wijkteam voeren het eerste gesprek samen.', lessonIds: [LESSON_ID] });
    expect(within(section).getByRole('heading', { level: 3, name: 'Vast ouderoverleg' })).toBeInTheDocument();
    expect(within(section).getByText('Bindende afspraken · 1 gekoppelde les')).toBeInTheDocument();
    expect(toggle).toHaveFocus();
  });

  it('says so when the lesson does not exist or is not visible', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/lessons/:id': apiError(404, 'not_found', 'Niet gevonden.') });
    renderApp(`/lessen/${LESSON_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze les bestaat niet, of je hebt er geen toegang toe.' })).toBeInTheDocument();
  });
});
