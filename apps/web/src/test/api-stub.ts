import { vi } from 'vitest';

/**
 * A stand-in for the api at the network boundary: `fetch` is replaced, the app's own client
 * code runs unchanged. Routes are "METHOD /path/:param"; every call is recorded.
 */
export interface StubRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export interface StubResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type StubHandler = StubResponse | ((request: StubRequest) => StubResponse | Promise<StubResponse>);

export const ok = (body: unknown): StubResponse => ({ status: 200, body });
export const created = (body: unknown): StubResponse => ({ status: 201, body });
export const noContent = (): StubResponse => ({ status: 204 });
export const apiError = (status: number, code: string, message: string, headers?: Record<string, string>): StubResponse => ({
  status,
  body: { error: { code, message } },
  headers,
});
export const unauthenticated = () => apiError(401, 'unauthenticated', 'Je bent niet ingelogd.');

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: StubHandler;
}

export function stubApi(table: Record<string, StubHandler>) {
  const routes: Route[] = [];
  const calls: StubRequest[] = [];

  const add = (key: string, handler: StubHandler) => {
    const [method = 'GET', template = '/'] = key.split(' ');
    const names: string[] = [];
    const source = template.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    // Later registrations win, so a test can override a default route.
    routes.unshift({ method, pattern: new RegExp(`^${source}$`), names, handler });
  };
  for (const [key, handler] of Object.entries(table)) add(key, handler);

  const fetchStub = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(typeof input === 'string' ? input : input.toString(), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    for (const route of routes) {
      const match = route.method === method ? route.pattern.exec(url.pathname) : null;
      if (!match) continue;
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
      const request: StubRequest = { method, path: url.pathname, params, headers, body };
      calls.push(request);
      const response = typeof route.handler === 'function' ? await route.handler(request) : route.handler;
      const responseHeaders = new Headers(response.headers);
      if (response.body !== undefined) responseHeaders.set('Content-Type', 'application/json');
      return new Response(response.body === undefined ? null : JSON.stringify(response.body), {
        status: response.status,
        headers: responseHeaders,
      });
    }
    calls.push({ method, path: url.pathname, params: {}, headers, body });
    throw new Error(`No stub for ${method} ${url.pathname}`);
  });

  vi.stubGlobal('fetch', fetchStub);

  return {
    calls,
    on: add,
    /** The recorded calls to one "METHOD /path" (exact path). */
    callsTo: (key: string) => {
      const [method, path] = key.split(' ');
      return calls.filter((call) => call.method === method && call.path === path);
    },
  };
}
