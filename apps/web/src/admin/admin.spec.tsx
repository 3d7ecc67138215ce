import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import type { AdminCommunityView, AuditPage, PlatformUserView, ReportView } from '@mao/domain';
import { describe, expect, it } from 'vitest';
import { created, noContent, ok, stubApi } from '../test/api-stub';
import { FIXED_NOW } from '../test/clock';
import { facilitatorMe, memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';

const adminMe = { ...facilitatorMe, isPlatformAdmin: true };
const ago = (minutes: number) => new Date(FIXED_NOW.getTime() - minutes * 60_000).toISOString();

const person: PlatformUserView = {
  id: '33333333-3333-4333-8333-333333333333',
  email: 'carla@wijkteam.nl',
  name: 'Carla Verweg',
  isPlatformAdmin: false,
  platformRole: null,
  regionId: 'zeeland',
  organisation: 'Wijkteam',
  adviceMemberSince: ago(1000),
  deactivatedAt: null,
  createdAt: ago(5000),
};
const cop: AdminCommunityView = { id: '7d7f3b5e-4c1a-4d8e-9a53-2f0c7f1b9e01', name: 'Bindende afspraken', memberCount: 5, facilitators: [{ id: facilitatorMe.id, name: facilitatorMe.name }], archivedAt: null, createdAt: ago(9000) };
const report: ReportView = {
  id: '44444444-4444-4444-8444-444444444444',
  contentType: 'answer',
  contentId: '55555555-5555-4555-8555-555555555555',
  content: { text: 'Een onvriendelijk antwoord.', authorName: 'Carla Verweg', link: '/vragen/66666666-6666-4666-8666-666666666666' },
  reason: 'Niet respectvol.',
  reporterName: 'Joost de Vries',
  status: 'open',
  decisionReason: null,
  createdAt: ago(30),
  decidedAt: null,
};
const audit: AuditPage = { items: [{ id: '1', at: ago(10), actorName: 'Fatima el Amrani', action: 'admin.user_deactivated', subjectType: 'user', subjectId: person.id, details: {} }], total: 1, limit: 25, offset: 0 };

function adminApi() {
  return stubApi({
    'GET /api/me': ok(adminMe),
    'GET /api/admin/users': ok([person]),
    'GET /api/admin/communities': ok([cop]),
    'GET /api/admin/reports': ok([report]),
    'GET /api/admin/audit': ok(audit),
  });
}

describe('administration console', () => {
  it('is only for platform administrators', async () => {
    stubApi({ 'GET /api/me': ok(memberMe) });
    renderApp('/beheer');
    expect(await screen.findByText('Alleen platformbeheerders kunnen deze pagina gebruiken.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Beheer' })).not.toBeInTheDocument();
  });

  it('deactivates a person after confirming, and sets a platform role', async () => {
    const api = adminApi();
    api.on('POST /api/admin/users/:id/deactivate', ok({ ...person, deactivatedAt: FIXED_NOW.toISOString() }));
    api.on('PUT /api/admin/users/:id/platform-role', ok({ ...person, platformRole: 'makelaar' }));
    const { user } = renderApp('/beheer');
    const people = await screen.findByRole('region', { name: 'Mensen' });
    const row = (await within(people).findByText('Carla Verweg')).closest('li') as HTMLElement;
    await user.selectOptions(within(row).getByLabelText('Platformrol'), 'makelaar');
    await waitFor(() => expect(api.callsTo(`PUT /api/admin/users/${person.id}/platform-role`)[0]?.body).toEqual({ platformRole: 'makelaar' }));
    await user.click(within(row).getByRole('button', { name: 'Deactiveren: Carla Verweg' }));
    expect(api.callsTo(`POST /api/admin/users/${person.id}/deactivate`)).toHaveLength(0);
    await user.click(within(row).getByRole('button', { name: 'Deactiveren' }));
    expect(await within(row).findByText('Gedeactiveerd')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/admin/users/${person.id}/deactivate`)).toHaveLength(1);
    expect(await screen.findByText('Carla Verweg is gedeactiveerd; alle sessies zijn beëindigd.')).toBeInTheDocument();
  });

  it('hides reported content only with a reason, which is sent along', async () => {
    const api = adminApi();
    api.on('POST /api/admin/reports/:id/hide', ok({ mailed: true }));
    const { user } = renderApp('/beheer');
    const reports = await screen.findByRole('region', { name: 'Meldingen' });
    expect(await within(reports).findByText('Een onvriendelijk antwoord.')).toBeInTheDocument();
    expect(within(reports).getByText('Niet respectvol.')).toBeInTheDocument();
    await user.click(within(reports).getByRole('button', { name: 'Verbergen' }));
    expect(api.callsTo(`POST /api/admin/reports/${report.id}/hide`)).toHaveLength(0);
    expect(within(reports).getByLabelText(/Reden voor verbergen/)).toHaveAttribute('aria-invalid', 'true');
    await user.type(within(reports).getByLabelText(/Reden voor verbergen/), 'Dit antwoord is niet respectvol.');
    await user.click(within(reports).getByRole('button', { name: 'Verbergen' }));
    expect(await screen.findByText('Verborgen; de schrijver heeft een mail met de reden gekregen.')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/admin/reports/${report.id}/hide`)[0]?.body).toEqual({ reason: 'Dit antwoord is niet respectvol.' });
    expect(within(reports).queryByText('Een onvriendelijk antwoord.')).not.toBeInTheDocument();
  });

  it('shows CoPs with facilitators and the log of administrator actions, without serious axe violations', async () => {
    adminApi();
    renderApp('/beheer');
    const cops = await screen.findByRole('region', { name: 'CoP’s' });
    expect(await within(cops).findByText(/Gespreksleiders: Fatima el Amrani/)).toBeInTheDocument();
    const log = screen.getByRole('region', { name: 'Logboek' });
    expect(await within(log).findByText('admin.user_deactivated')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Beheer' })).toHaveAttribute('aria-current', 'page');
    const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('the report button on a lesson asks why and sends the report; a reflection shows its writer’s domain and region', async () => {
    const lessonId = '77777777-7777-4777-8777-777777777777';
    const api = stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/lessons/:id': ok({
        id: lessonId,
        text: 'Vaste overlegmomenten versterken de samenwerking.',
        status: 'published',
        visibility: 'platform',
        elementIds: [],
        indicatorIds: [],
        themes: [],
        community: { id: cop.id, name: cop.name },
        session: null,
        method: null,
        authorName: 'Mo Member',
        createdAt: ago(100),
        publishedAt: ago(90),
        reflectionCount: 1,
        reflections: [{ id: '88888888-8888-4888-8888-888888888888', authorName: 'Carla Verweg', text: 'Herkenbaar.', createdAt: ago(50), author: { background: 'jeugdhulp', organisationType: 'wijkteam', regionId: 'zeeland' } }],
        actionPerspectives: [],
        can: { review: false, reflect: true },
      }),
      'POST /api/reports': created({ id: 'r1' }),
      'GET /api/communities/:id/action-perspectives': ok([]),
    });
    const { user } = renderApp(`/lessen/${lessonId}`);
    // A reflection names its writer's domain, kind of organisation and region.
    expect(await screen.findByText(/Jeugdhulp · Wijkteam \/ sociaal team · Zeeland/)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Melden: De les' }));
    const reason = screen.getByRole('textbox', { name: /Waarom meld je dit/ });
    expect(reason).toHaveFocus();
    await user.type(reason, 'Hier staat een herkenbare school in.');
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));
    expect(await screen.findByText('Bedankt. Een beheerder bekijkt je melding.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/reports')[0]?.body).toEqual({ contentType: 'lesson', contentId: lessonId, reason: 'Hier staat een herkenbare school in.' });
  });

  it('dismissing a report asks the api and takes it off the queue', async () => {
    const api = adminApi();
    api.on('POST /api/admin/reports/:id/dismiss', noContent());
    const { user } = renderApp('/beheer');
    const reports = await screen.findByRole('region', { name: 'Meldingen' });
    await user.click(await within(reports).findByRole('button', { name: 'Melding afwijzen' }));
    expect(await screen.findByText('De melding is afgewezen.')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/admin/reports/${report.id}/dismiss`)).toHaveLength(1);
  });
});
