import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ok, stubApi } from '../test/api-stub';
import { facilitatorMe } from '../test/fixtures';
import { renderApp } from '../test/render';

const SESSION = '11111111-1111-4111-8111-111111111111';
const COPIES = [`session.${SESSION}.step.terugblik`, `session.${SESSION}.step.vragen-noteren.draft.${facilitatorMe.id}`];

/** An IndexedDB with board copies and one database that is not ours. */
function installIndexedDb() {
  const present = new Set([...COPIES, 'iets-anders']);
  const deleteDatabase = vi.fn((name: string) => {
    const request = {} as IDBOpenDBRequest;
    queueMicrotask(() => {
      present.delete(name);
      request.onsuccess?.call(request, new Event('success'));
    });
    return request;
  });
  vi.stubGlobal('indexedDB', { databases: () => Promise.resolve([...present].map((name) => ({ name, version: 1 }))), deleteDatabase });
  return { present, deleteDatabase };
}

describe('board copies in this browser', () => {
  it('are deleted on logout (a shared computer keeps nothing of the boards)', async () => {
    const idb = installIndexedDb();
    stubApi({ 'GET /api/me': ok(facilitatorMe), 'GET /api/communities': ok([]), 'POST /api/auth/logout': { status: 204 } });
    const { user } = renderApp('/cops');
    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }));
    expect(await screen.findByText('Je bent uitgelogd.')).toBeInTheDocument();
    await waitFor(() => expect([...idb.present]).toEqual(['iets-anders']));
    expect(idb.deleteDatabase.mock.calls.map(([name]) => name).sort()).toEqual([...COPIES].sort());
  });

  it('stay while logged in', async () => {
    const idb = installIndexedDb();
    stubApi({ 'GET /api/me': ok(facilitatorMe), 'GET /api/communities': ok([]) });
    renderApp('/cops');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn CoP’s' })).toBeInTheDocument();
    expect(idb.deleteDatabase).not.toHaveBeenCalled();
  });
});
