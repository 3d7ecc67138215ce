import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import type { AnswerView, LessonPage, QuestionDetail, QuestionPage, QuestionSummary } from '@mao/domain';
import { describe, expect, it, vi } from 'vitest';
import { created, ok, stubApi, unauthenticated } from '../test/api-stub';
import { FIXED_NOW } from '../test/clock';
import { community, memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';

const at = (minutes: number) => new Date(new Date(FIXED_NOW).getTime() - minutes * 60_000).toISOString();
const QUESTION_ID = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
const ANSWER_ID = '8b1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';

const summary: QuestionSummary = {
  id: QUESTION_ID,
  title: 'Thuiszitters en het eerste overleg',
  status: 'open',
  domains: ['onderwijs', 'jeugdhulp'],
  elementIds: ['cultuur-van-samenwerken'],
  themes: ['thuiszitters'],
  outsideRegionOnly: false,
  regionId: 'twente',
  author: { id: memberMe.id, name: memberMe.name, background: 'onderwijs', organisationType: 'school', regionId: 'twente' },
  answerCount: 1,
  helpfulCount: 0,
  createdAt: at(120),
};

const farAnswer: AnswerView = {
  id: ANSWER_ID,
  text: 'Een vaste contactpersoon bij leerplicht werkt goed.',
  author: { id: '33333333-3333-4333-8333-333333333333', name: 'Carla Verweg', background: 'jeugdhulp', organisationType: 'wijkteam', regionId: 'zeeland' },
  fromOtherRegion: true,
  helpful: false,
  harvestedLessonId: null,
  createdAt: at(60),
};

const detail: QuestionDetail = {
  ...summary,
  situation: 'Het duurt maanden voordat school, wijkteam en leerplicht samen om tafel zitten.',
  ask: 'Hoe organiseren jullie het eerste overleg snel?',
  closedAt: null,
  answers: [farAnswer],
  answerBlockedBy: null,
  can: { answer: true, markHelpful: true, close: true, match: false, harvest: false, report: true },
};

const page = (items: QuestionSummary[]): QuestionPage => ({ items, total: items.length, limit: 20, offset: 0 });

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('Vraag en advies', () => {
  it('someone who has not joined sees only the request-to-join form, and sends it', async () => {
    const api = stubApi({
      'GET /api/me': ok({ ...memberMe, adviceMemberSince: null }),
      'GET /api/questions/membership': ok({ relation: 'outsider', request: null }),
      'POST /api/questions/join-requests': created({ id: 'r1', status: 'pending' }),
    });
    const { user } = renderApp('/vragen');
    expect(await screen.findByRole('heading', { level: 2, name: 'Meedoen met Vraag en advies' })).toBeInTheDocument();
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/questions')).toHaveLength(0);
    // Name, organisation, background and region come from the profile.
    expect(screen.getByLabelText(/Jeugdzorgregio/)).toHaveValue('twente');
    api.on('GET /api/questions/membership', ok({ relation: 'pending', request: { id: 'r1', status: 'pending', createdAt: FIXED_NOW.toISOString() } }));
    await user.click(screen.getByRole('button', { name: 'Aanmelding versturen' }));
    expect(await screen.findByRole('heading', { name: 'Je aanmelding is in behandeling' })).toBeInTheDocument();
    expect(api.callsTo('POST /api/questions/join-requests')[0]?.body).toEqual({ name: memberMe.name, organisation: memberMe.organisation, organisationType: 'school', background: 'onderwijs', regionId: 'twente' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('the public join form asks for an e-mail address', async () => {
    const api = stubApi({ 'GET /api/me': unauthenticated(), 'POST /api/questions/join-requests': { status: 202, body: { received: true } } });
    const { user } = renderApp('/vraag-en-advies/aanmelden');
    await screen.findByRole('heading', { level: 1, name: 'Meedoen met Vraag en advies' });
    await user.type(screen.getByLabelText(/^Naam/), 'Piet Nieuw');
    await user.type(screen.getByLabelText(/^E-mailadres/), 'piet@wijkteam.nl');
    await user.type(screen.getByLabelText(/^Organisatie/), 'Wijkteam Oost');
    await user.selectOptions(screen.getByLabelText(/^Achtergrond/), 'jeugdhulp');
    await user.selectOptions(screen.getByLabelText(/^Jeugdzorgregio/), 'rijnmond');
    await user.click(screen.getByRole('button', { name: 'Aanmelding versturen' }));
    expect(await screen.findByText(/Je aanmelding is verstuurd/)).toBeInTheDocument();
    expect(api.callsTo('POST /api/questions/join-requests')[0]?.body).toMatchObject({ email: 'piet@wijkteam.nl', regionId: 'rijnmond', background: 'jeugdhulp' });
  });

  it('a member searches questions and lessons with one box and a type filter', async () => {
    const lessons: LessonPage = { items: [], total: 0, limit: 20, offset: 0, totalIsLowerBound: false };
    const api = stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/questions/membership': ok({ relation: 'member', request: null }),
      'GET /api/questions': ok(page([{ ...summary, snippet: 'het eerste <mark>overleg</mark>' }])),
      'GET /api/lessons': ok(lessons),
    });
    const { user } = renderApp('/vragen');
    expect(await screen.findByRole('link', { name: summary.title })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: /Zoeken/ }), 'overleg');
    await user.selectOptions(screen.getByLabelText('Zoek in'), 'all');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Lessen' })).toBeInTheDocument();
    expect(await screen.findByText('Geen lessen gevonden.')).toBeInTheDocument();
    const urls = vi.mocked(fetch).mock.calls.map(([input]) => String(input));
    expect(urls).toContain('/api/questions?q=overleg');
    expect(urls).toContain('/api/lessons?q=overleg');
    expect(screen.getByText('overleg', { selector: 'mark' })).toBeInTheDocument();
    expect(api.callsTo('GET /api/lessons')).toHaveLength(1);
    expect(await seriousViolations()).toEqual([]);
  });

  it('shows an answer from another region with "geen belang in jouw regio", and the asker marks it helpful', async () => {
    const api = stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/questions/:id': ok(detail),
      'PUT /api/questions/:id/answers/:answerId/helpful': ok({ ...farAnswer, helpful: true }),
    });
    const { user } = renderApp(`/vragen/${QUESTION_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: summary.title })).toBeInTheDocument();
    const answers = screen.getByRole('region', { name: /Antwoorden/ });
    const answer = within(answers).getAllByRole('listitem')[0] as HTMLElement;
    expect(within(answer).getByText('Carla Verweg')).toBeInTheDocument();
    expect(within(answer).getByText(/Jeugdhulp · Wijkteam \/ sociaal team · Zeeland/)).toBeInTheDocument();
    expect(within(answer).getByText('Geen belang in jouw regio')).toBeInTheDocument();
    await user.click(within(answer).getByRole('button', { name: 'Markeer als behulpzaam' }));
    expect(await within(answer).findByText('Behulpzaam')).toBeInTheDocument();
    const puts = api.callsTo(`PUT /api/questions/${QUESTION_ID}/answers/${ANSWER_ID}/helpful`);
    expect(puts).toHaveLength(1);
    expect(puts[0]?.body).toEqual({ helpful: true });
    expect(within(answer).getByRole('button', { name: 'Niet meer als behulpzaam markeren' })).toHaveAttribute('aria-pressed', 'true');
    expect(await seriousViolations()).toEqual([]);
  });

  it('the asker puts the question on a CoP’s agenda as a casus proposal', async () => {
    const cop = community('member');
    const api = stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/questions/:id': ok(detail),
      'GET /api/communities': ok([cop]),
      'POST /api/communities/:id/proposals': created({ id: 'a1b2c3d4-0000-4000-8000-000000000001' }),
    });
    const { user } = renderApp(`/vragen/${QUESTION_ID}`);
    const section = await screen.findByRole('region', { name: 'Op de agenda van een CoP zetten' });
    await user.selectOptions(within(section).getByLabelText(/^CoP/), cop.id);
    await user.click(within(section).getByRole('button', { name: 'Voorstel doen' }));
    expect(await within(section).findByText('Je voorstel staat op de agenda van de CoP.')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/communities/${cop.id}/proposals`)[0]?.body).toEqual({ kind: 'casus', title: detail.title, text: detail.ask });
  });

  it('refuses to post a question with a phone number, before asking the api', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'POST /api/questions': created(detail) });
    const { user } = renderApp('/vragen/nieuw');
    await screen.findByRole('heading', { level: 1, name: 'Stel een vraag' });
    await user.type(screen.getByRole('textbox', { name: /^Titel/ }), 'Hoe bereik ik de moeder?');
    await user.type(screen.getByRole('textbox', { name: /^Situatie/ }), 'De moeder is bereikbaar op 06-12345678 maar neemt niet op.');
    await user.type(screen.getByRole('textbox', { name: /^Wat wil je weten/ }), 'Hoe leg ik contact?');
    await user.click(screen.getByRole('checkbox', { name: 'Onderwijs' }));
    await user.click(screen.getByRole('button', { name: 'Vraag plaatsen' }));
    expect(await screen.findByText(/Je tekst bevat 1 gegeven/)).toBeInTheDocument();
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('posts a question aimed at domains, with werkzame elementen and themes', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'POST /api/questions': created(detail), 'GET /api/questions/:id': ok(detail) });
    const { user, router } = renderApp('/vragen/nieuw');
    await screen.findByRole('heading', { level: 1, name: 'Stel een vraag' });
    await user.type(screen.getByRole('textbox', { name: /^Titel/ }), 'Thuiszitters en het eerste overleg');
    await user.type(screen.getByRole('textbox', { name: /^Situatie/ }), 'Het duurt maanden voordat iedereen om tafel zit.');
    await user.type(screen.getByRole('textbox', { name: /^Wat wil je weten/ }), 'Hoe gaat dat sneller?');
    await user.click(screen.getByRole('checkbox', { name: 'Jeugdhulp' }));
    await user.type(screen.getByRole('textbox', { name: /^Thema/ }), 'thuiszitters, samenwerking');
    await user.click(screen.getByRole('checkbox', { name: /Alleen van buiten mijn regio/ }));
    await user.click(screen.getByRole('button', { name: 'Vraag plaatsen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/vragen/${QUESTION_ID}`));
    expect(api.callsTo('POST /api/questions')[0]?.body).toMatchObject({ domains: ['jeugdhulp'], themes: ['thuiszitters', 'samenwerking'], outsideRegionOnly: true, elementIds: [] });
  });

  it('the profile form saves a jeugdzorgregio, gemeente and kind of organisation', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'PATCH /api/me': ok({ ...memberMe, regionId: 'zeeland', gemeente: 'Middelburg' }) });
    const { user } = renderApp('/account');
    await screen.findByRole('heading', { level: 1, name: 'Mijn account' });
    await user.selectOptions(screen.getByLabelText(/^Jeugdzorgregio/), 'zeeland');
    await user.type(screen.getByLabelText(/^Gemeente/), 'Middelburg');
    await user.click(screen.getAllByRole('button', { name: 'Opslaan' })[0] as HTMLElement);
    await waitFor(() => expect(api.callsTo('PATCH /api/me')).toHaveLength(1));
    expect(api.callsTo('PATCH /api/me')[0]?.body).toEqual({ regionId: 'zeeland', gemeente: 'Middelburg' });
  });
});
