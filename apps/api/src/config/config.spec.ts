import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('has working defaults for `npm start`', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, publicUrl: 'http://localhost:3000', seedDemo: true, secureCookies: false, jobPollSeconds: 15, exposeMetrics: false, databaseUrl: undefined, embeddedPostgresPort: 54329 });
    expect(config.allowedOrigins).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
  });

  it('follows PORT, PUBLIC_URL (https → Secure cookies) and the flags', () => {
    const config = loadConfig({ PORT: '8080', PUBLIC_URL: 'https://intervisie.example.org/', SEED_DEMO: 'false', JOB_POLL_SECONDS: '0', EXPOSE_METRICS: 'true' });
    expect(config).toMatchObject({ port: 8080, publicUrl: 'https://intervisie.example.org', seedDemo: false, secureCookies: true, jobPollSeconds: 0, exposeMetrics: true });
    expect(config.allowedOrigins).toEqual(['https://intervisie.example.org']);
  });

  it('does not poll jobs under test unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).jobPollSeconds).toBe(0);
    expect(loadConfig({ NODE_ENV: 'test', JOB_POLL_SECONDS: '5' }).jobPollSeconds).toBe(5);
  });

  it('trusts proxy hops, not any X-Forwarded-For: true is one hop', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
  });

  it('lets administrators and appointed gespreksleiders create CoPs unless configured otherwise', () => {
    expect(loadConfig({}).communityCreators).toBe('gespreksleiders');
    expect(loadConfig({ COMMUNITY_CREATORS: 'everyone' }).communityCreators).toBe('everyone');
    expect(loadConfig({ COMMUNITY_CREATORS: 'admins' }).communityCreators).toBe('admins');
  });

  it('sizes password hashing to the machine, or as configured', () => {
    const { concurrency, maxQueue } = loadConfig({}).passwordHashing;
    expect(concurrency).toBeGreaterThanOrEqual(1);
    expect(maxQueue).toBe(concurrency * 8);
    expect(loadConfig({}).passwordHashing.maxWaitMs).toBe(3000);
    expect(loadConfig({ PASSWORD_HASH_CONCURRENCY: '3', PASSWORD_HASH_QUEUE: '5', PASSWORD_HASH_MAX_WAIT_MS: '500' }).passwordHashing).toEqual({ concurrency: 3, maxQueue: 5, maxWaitMs: 500 });
  });

  it.each([
    [{ TRUST_PROXY: 'altijd' }, 'TRUST_PROXY'],
    [{ COMMUNITY_CREATORS: 'iedereen' }, 'COMMUNITY_CREATORS'],
    [{ PASSWORD_HASH_CONCURRENCY: '0' }, 'PASSWORD_HASH_CONCURRENCY'],
    [{ PORT: 'drieduizend' }, 'PORT'],
    [{ JOB_POLL_SECONDS: 'vaak' }, 'JOB_POLL_SECONDS'],
    [{ EMBEDDED_PG_PORT: '0' }, 'EMBEDDED_PG_PORT'],
    [{ SEED_DEMO: 'misschien' }, 'SEED_DEMO'],
    [{ ADMIN_EMAIL: 'beheer@example.org' }, 'ADMIN_EMAIL and ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'beheer@example.org', ADMIN_PASSWORD: 'kort' }, 'ADMIN_PASSWORD'],
  ])('refuses to start on %j with a message naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
