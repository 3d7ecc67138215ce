import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app.js';

describe('health, docs and unknown routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports live and ready (database reachable, migrations done)', async () => {
    const client = t.client();
    expect(await client.get('/health/live')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await client.get('/health/ready')).toMatchObject({ status: 200, body: { status: 'ok', database: true, migrations: true } });
  });

  it('serves the OpenAPI document with the documented contracts', async () => {
    const response = await t.client().get<{ openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> }>('/api/docs/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/communities', '/api/communities/{id}/invitations', '/api/invitations/{token}/accept']));
    expect(JSON.stringify(response.body.paths['/api/auth/login']?.post?.requestBody)).toContain('password');
  });

  it('answers unknown api routes with the error model, never HTML', async () => {
    for (const url of ['/api/does-not-exist', '/health/nope']) {
      const response = await t.client().get(url);
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    }
  });
});
