import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, onUnauthenticated, request } from './client';

function respond(status: number, body?: unknown, headers: Record<string, string> = {}) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
    new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('api client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends mutations as JSON, same-origin, always with a body', async () => {
    const fetchMock = respond(204);
    await expect(request('POST', '/api/communities/x/leave')).resolves.toBeUndefined();
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/communities/x/leave');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{}' });
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('sends no body and no content type on GET', async () => {
    const fetchMock = respond(200, { id: 1 });
    await expect(request('GET', '/api/me')).resolves.toEqual({ id: 1 });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.body).toBeUndefined();
    expect(init?.headers).not.toHaveProperty('Content-Type');
  });

  it('turns the error model into an ApiError', async () => {
    respond(409, { error: { code: 'last_facilitator', message: 'Een CoP heeft altijd minstens één gespreksleider nodig.' } });
    const error = await request('POST', '/api/communities/x/leave', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'last_facilitator', message: 'Een CoP heeft altijd minstens één gespreksleider nodig.' });
    expect((error as ApiError).isKnownCode).toBe(true);
  });

  it('reads Retry-After and field details', async () => {
    respond(429, { error: { code: 'rate_limited', message: 'Te veel pogingen.' } }, { 'Retry-After': '90' });
    const limited = (await request('POST', '/api/auth/login', {}).catch((caught: unknown) => caught)) as ApiError;
    expect(limited.retryAfterSeconds).toBe(90);

    respond(400, { error: { code: 'validation_failed', message: 'De invoer is niet geldig.', details: [{ path: ['email'], message: 'Vul een geldig e-mailadres in.' }] } });
    const invalid = (await request('POST', '/api/x', {}).catch((caught: unknown) => caught)) as ApiError;
    expect(invalid.fieldIssues()).toEqual([{ path: 'email', message: 'Vul een geldig e-mailadres in.' }]);
  });

  it('survives a body that is not the error model', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })));
    await expect(request('GET', '/api/me')).rejects.toMatchObject({ status: 502, code: 'internal_error' });
  });

  it('reports a network failure as network_error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(request('GET', '/api/me')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('tells listeners about an unexpected 401, but not about an expected one', async () => {
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    respond(401, { error: { code: 'unauthenticated', message: 'Je bent niet ingelogd.' } });
    await request('GET', '/api/me', undefined, { expectUnauthenticated: true }).catch(() => undefined);
    expect(listener).not.toHaveBeenCalled();
    await request('GET', '/api/communities').catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });
});
