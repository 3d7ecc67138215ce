import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, stubApi } from '../test/api-stub';
import { memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';

const parentMe = { ...memberMe, name: 'Ilse de Boer', background: 'ouder' as const };

/** Issue 15: a parent's name is shown on platform-wide lessons only by their own choice. */
describe("a parent's name on platform-wide lessons (account page)", () => {
  it('is not shown by default, and the parent can choose to show it and take it back', async () => {
    const api = stubApi({
      'GET /api/me': ok(parentMe),
      'GET /api/me/home-settings': ok({ weeklyDigest: false }),
      'GET /api/me/lesson-name-setting': ok({ showNameOnPlatformLessons: false, appliesToMe: true }),
      'PUT /api/me/lesson-name-setting': (request) => ok({ ...(request.body as object), appliesToMe: true }),
    });
    const { user } = renderApp('/account');
    const region = await screen.findByRole('region', { name: 'Je naam bij lessen voor het hele platform' });
    expect(region).toHaveTextContent('standaard “een ouder” in plaats van je naam');
    const box = await within(region).findByRole('checkbox', { name: 'Toon mijn naam bij lessen voor het hele platform' });
    expect(box).not.toBeChecked();

    await user.click(box);
    expect(await within(region).findByText('Opgeslagen: je naam wordt getoond bij lessen voor het hele platform.')).toBeInTheDocument();
    expect(box).toBeChecked();
    await user.click(box);
    expect(await within(region).findByText('Opgeslagen: bij lessen voor het hele platform staat “een ouder” in plaats van je naam.')).toBeInTheDocument();
    expect(api.callsTo('PUT /api/me/lesson-name-setting').map((call) => call.body)).toEqual([{ showNameOnPlatformLessons: true }, { showNameOnPlatformLessons: false }]);
  });

  it('is not offered to someone who is not a parent (their name is always shown)', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/me/home-settings': ok({ weeklyDigest: false }) });
    renderApp('/account');
    await screen.findByRole('region', { name: 'Wekelijkse mail' });
    expect(screen.queryByRole('region', { name: 'Je naam bij lessen voor het hele platform' })).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/me/lesson-name-setting')).toHaveLength(0);
  });
});
