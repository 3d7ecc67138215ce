import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, stubApi } from '../test/api-stub';
import { community, memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';
import { LESSON_ID, lessonDetail } from './test-fixtures';

/**
 * Issue 15: on a platform-wide lesson the api puts "een ouder" where a parent kept their name
 * off; the lesson page shows it in the chosen language, for the author and for reflections.
 */
describe("a parent's name on the lesson page", () => {
  const detail = lessonDetail({
    visibility: 'platform',
    authorName: 'Mo Member, een ouder',
    reflections: [{ id: 'r1', authorName: 'een ouder', text: 'Dat herken ik als moeder.', createdAt: '2026-10-10T09:00:00.000Z' }],
  });

  it('shows "een ouder" in Dutch', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/communities': ok([community('member')]), 'GET /api/lessons/:id': ok(detail) });
    renderApp(`/lessen/${LESSON_ID}`);
    const context = await screen.findByRole('region', { name: 'Waar komt de les vandaan?' });
    expect(context).toHaveTextContent('Mo Member, een ouder');
    expect(within(screen.getByRole('region', { name: /Reflecties/ })).getByText(/een ouder/)).toBeInTheDocument();
  });

  it('shows "a parent" in English', async () => {
    window.localStorage.setItem('mao.locale', 'en');
    stubApi({ 'GET /api/me': ok({ ...memberMe, locale: 'en' }), 'GET /api/communities': ok([community('member')]), 'GET /api/lessons/:id': ok(detail) });
    renderApp(`/lessen/${LESSON_ID}`);
    const context = await screen.findByRole('region', { name: 'Where does the lesson come from?' });
    expect(context).toHaveTextContent('Mo Member, a parent');
    expect(context).not.toHaveTextContent('een ouder');
    expect(within(screen.getByRole('region', { name: /Reflections/ })).getByText(/a parent/)).toBeInTheDocument();
  });
});
