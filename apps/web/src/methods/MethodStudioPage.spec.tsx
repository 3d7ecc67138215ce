import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { BUILT_IN_METHODS, metAndereOgen, totalMinutes, validateMethod, type Method } from '@mao/intervisie-method';
import { describe, expect, it, vi } from 'vitest';
import { created, ok, stubApi, type StubRequest } from '../test/api-stub';
import { COP_ID, community, facilitatorMe, memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const builtIn = BUILT_IN_METHODS.map((method) => ({ source: 'builtin' as const, totalMinutes: totalMinutes(method), method }));

function stub(role: 'facilitator' | 'member', extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    'GET /api/me': ok(role === 'facilitator' ? facilitatorMe : memberMe),
    'GET /api/communities/:id': ok(community(role)),
    'GET /api/methods': ok(builtIn),
    'GET /api/communities/:id/methods': ok([]),
    'GET /api/methods/shared': ok([]),
    ...extra,
  });
}

const posted = (calls: StubRequest[]) => calls.filter((call) => call.method === 'POST').map((call) => call.body as Method);

describe('method studio', () => {
  it('copies a built-in method, edits, reorders, adds and removes steps, shows field-precise errors, and publishes', async () => {
    const api = stub('facilitator', {
      'POST /api/communities/:id/methods': (request) => created({ source: 'custom', totalMinutes: totalMinutes(request.body as Method), method: request.body, communityId: COP_ID, createdBy: { id: facilitatorMe.id, name: facilitatorMe.name }, createdAt: '2026-11-20T09:00:00.000Z' }),
    });
    const { user } = renderApp(`/cops/${COP_ID}/methodes`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Methodes van Bindende afspraken' })).toBeInTheDocument();
    const builtInList = screen.getByRole('region', { name: 'Ingebouwde methodes' });
    expect(within(builtInList).getAllByRole('listitem')).toHaveLength(BUILT_IN_METHODS.length);
    await user.click(within(builtInList).getByRole('button', { name: 'Kopie maken van Met Andere Ogen' }));

    const editor = await screen.findByRole('form', { name: /Bewerken: Met Andere Ogen \(eigen versie\)/ });
    await user.clear(within(editor).getByRole('textbox', { name: 'Naam (Nederlands)' }));
    await user.type(within(editor).getByRole('textbox', { name: 'Naam (Nederlands)' }), 'Onze Andere Ogen');
    // Step 2 up: it becomes the first step.
    const second = metAndereOgen.steps[1]?.title.nl ?? '';
    await user.click(within(editor).getByRole('button', { name: `${second} omhoog` }));
    expect(within(editor).getByRole('group', { name: `Stap 1: ${second}` })).toBeInTheDocument();
    // The last step goes; a rotation step is added at the end.
    const last = metAndereOgen.steps.at(-1)?.title.nl ?? '';
    await user.click(within(editor).getByRole('button', { name: `${last} verwijderen` }));
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Soort nieuwe stap' }), 'evaluation');
    await user.click(within(editor).getByRole('button', { name: 'Stap toevoegen' }));
    const added = within(editor).getByRole('group', { name: `Stap ${metAndereOgen.steps.length}: Evaluatie` });
    // A step of 0 minutes: publishing shows where, in words, and sends nothing.
    const minutes = within(added).getByRole('spinbutton', { name: 'Minuten' });
    await user.clear(minutes);
    await user.type(minutes, '0');
    await user.click(within(editor).getByRole('button', { name: 'Publiceren' }));
    expect(await within(editor).findByRole('alert')).toHaveTextContent('Er is 1 ding om te verbeteren');
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(minutes).toHaveAccessibleDescription(/minuten/i);
    expect(posted(api.calls)).toEqual([]);
    expect(await seriousViolations()).toEqual([]);

    await user.clear(minutes);
    await user.type(minutes, '7');
    expect(minutes).not.toHaveAttribute('aria-invalid');
    // The agenda preview follows: total minutes of the edited method.
    const preview = within(editor).getByRole('region', { name: 'Voorbeeld van de agenda' });
    await user.click(within(editor).getByRole('button', { name: 'Publiceren' }));
    expect(await screen.findByText('Onze Andere Ogen is gepubliceerd als versie 1.')).toBeInTheDocument();
    const [sent] = posted(api.calls);
    expect(sent?.id).toBe('met-andere-ogen-eigen');
    expect(sent?.version).toBe(1);
    expect(sent?.name.nl).toBe('Onze Andere Ogen');
    expect(sent?.steps.map((step) => step.id)).toEqual([metAndereOgen.steps[1]?.id, metAndereOgen.steps[0]?.id, ...metAndereOgen.steps.slice(2, -1).map((step) => step.id), 'evaluation']);
    expect(sent?.steps.at(-1)?.timeboxMinutes).toBe(7);
    expect(validateMethod(sent).ok).toBe(true);
    expect(preview).not.toBeInTheDocument();
    // The CoP's list now holds it, with an edit button for its next version.
    expect(within(screen.getByRole('region', { name: 'Methodes van deze CoP' })).getByRole('button', { name: 'Onze Andere Ogen aanpassen' })).toBeInTheDocument();
    // A whole editor with every step: slow on a loaded 2-core machine.
  }, 30_000);

  it('edits what a role reads in a step and when to use the method', async () => {
    const api = stub('facilitator', {
      'POST /api/communities/:id/methods': (request) => created({ source: 'custom', totalMinutes: totalMinutes(request.body as Method), method: request.body, communityId: COP_ID }),
    });
    const { user } = renderApp(`/cops/${COP_ID}/methodes`);
    await user.click(await screen.findByRole('button', { name: 'Kopie maken van Incidentmethode' }));
    const when = screen.getByRole('textbox', { name: 'Wanneer gebruik je hem? (Nederlands)' });
    await user.clear(when);
    await user.type(when, 'Als een collega vastloopt met een leerling.');
    const first = screen.getAllByRole('listitem').find((item) => item.classList.contains('method-step')) as HTMLElement;
    await user.click(within(first).getByText('Wat ziet wie in deze stap?'));
    const instruction = within(first).getByRole('textbox', { name: 'Instructie voor de gespreksleider (Nederlands)' });
    await user.clear(instruction);
    await user.type(instruction, 'Vraag de inbrenger het voorval kort te vertellen.');
    await user.click(screen.getByRole('button', { name: 'Publiceren' }));
    await screen.findByText(/is gepubliceerd als versie 1/);
    const [sent] = posted(api.calls);
    expect(sent?.whenToUse.nl).toBe('Als een collega vastloopt met een leerling.');
    expect(sent?.steps[0]?.instructions.facilitator.nl).toBe('Vraag de inbrenger het voorval kort te vertellen.');
  }, 30_000);

  it('shows the server’s keyed problems at their fields in the current language', async () => {
    stub('facilitator', {
      'POST /api/communities/:id/methods': () => ({
        status: 422,
        body: {
          error: {
            code: 'invalid_method',
            message: 'De methode is niet geldig.',
            details: { problems: [{ path: 'name.nl', code: 'text_too_long', params: { field: 'name', language: 'nl', max: 80 }, message: { nl: 'De naam is te lang (max. 80 tekens).', en: 'The name is too long (max. 80 characters).' } }] },
          },
        },
      }),
    });
    const { user } = renderApp(`/cops/${COP_ID}/methodes`);
    await user.click(await screen.findByRole('button', { name: 'Kopie maken van Incidentmethode' }));
    await user.click(screen.getByRole('button', { name: 'Publiceren' }));
    const name = screen.getByRole('textbox', { name: 'Naam (Nederlands)' });
    await waitFor(() => expect(name).toHaveAccessibleDescription('De naam is te lang (max. 80 tekens).'));
    expect(screen.getByRole('alert')).toHaveTextContent('De naam is te lang (max. 80 tekens).');
  });

  it('a member sees the methods but no way to change them', async () => {
    stub('member', { 'GET /api/communities/:id/methods': ok([{ source: 'custom', totalMinutes: totalMinutes(metAndereOgen), method: { ...metAndereOgen, id: 'eigen', version: 3, name: { nl: 'Eigen', en: 'Own' } }, communityId: COP_ID }]) });
    renderApp(`/cops/${COP_ID}/methodes`);
    expect(await screen.findByText('Alleen de gespreksleiders van deze CoP kunnen methodes aanpassen. Je ziet hier wel welke methodes er zijn.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Methodes van deze CoP' })).getByText(/versie 3/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Kopie maken|aanpassen/ })).not.toBeInTheDocument();
  });

  it('copies another CoP’s shared method with attribution, and shares the CoP’s own', async () => {
    const theirs = { source: 'custom' as const, totalMinutes: totalMinutes(metAndereOgen), method: { ...metAndereOgen, id: 'hun-methode', version: 4, name: { nl: 'Hun methode', en: 'Their method' } }, communityId: 'andere-cop', versionId: '22222222-2222-4222-8222-222222222222', sharedAt: '2026-11-19T10:00:00.000Z', sharedBy: { communityId: 'andere-cop', communityName: 'Wijkteam Noord' } };
    const own = { source: 'custom' as const, totalMinutes: totalMinutes(metAndereOgen), method: { ...metAndereOgen, id: 'eigen', version: 1, name: { nl: 'Eigen', en: 'Own' } }, communityId: COP_ID, versionId: '33333333-3333-4333-8333-333333333333', sharedAt: null };
    const api = stub('facilitator', {
      'GET /api/methods/shared': ok([theirs]),
      'GET /api/communities/:id/methods': ok([own]),
      'PUT /api/communities/:id/methods/:methodId/shared': ok({ ...own, sharedAt: '2026-11-20T09:00:00.000Z', sharedBy: { communityId: COP_ID, communityName: 'Bindende afspraken' } }),
      'POST /api/communities/:id/methods': (request) => created({ ...theirs, method: request.body, communityId: COP_ID, sharedAt: null, basedOn: { communityName: 'Wijkteam Noord', methodName: { nl: 'Hun methode', en: 'Their method' }, version: 4 } }),
    });
    const { user } = renderApp(`/cops/${COP_ID}/methodes`);
    const others = await screen.findByRole('region', { name: 'Gedeeld door andere CoP’s' });
    expect(within(others).getByText('Gedeeld door Wijkteam Noord')).toBeInTheDocument();

    // Share our own: the list says so.
    await user.click(screen.getByRole('button', { name: 'Eigen delen met het platform' }));
    expect(await screen.findByText('Eigen is gedeeld: andere CoP’s kunnen hem nu overnemen.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Methodes van deze CoP' })).getByText(/gedeeld met het platform/)).toBeInTheDocument();
    expect(api.calls.some((call) => call.method === 'PUT' && call.path === `/api/communities/${COP_ID}/methods/eigen/shared`)).toBe(true);

    // Copy theirs: the publish names the shared version it came from, and the copy shows its origin.
    await user.click(within(others).getByRole('button', { name: 'Kopie maken van Hun methode' }));
    await user.click(screen.getByRole('button', { name: 'Publiceren' }));
    await screen.findByText(/is gepubliceerd als versie 1/);
    const urls = vi.mocked(globalThis.fetch).mock.calls.map(([input]) => String(input));
    expect(urls.some((url) => url.endsWith(`/api/communities/${COP_ID}/methods?basedOn=${theirs.versionId}`))).toBe(true);
    expect(posted(api.calls)[0]?.id).toBe('hun-methode-eigen');
    expect(screen.getByText('Gebaseerd op Hun methode van Wijkteam Noord (versie 4)')).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });
});
