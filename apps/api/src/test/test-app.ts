import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../config/config.js';
import type { DestinationStream } from 'pino';
import { createLogger } from '../common/logger.js';
import { freePort } from '../database/embedded-database.js';
import { createApp } from '../create-app.js';
import { TestClock } from '../common/clock.js';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  baseUrl: string;
  dataSource: DataSource;
  /** The api's clock: follows the wall clock until a test sets it. */
  clock: TestClock;
  databaseUrl: string;
  /** A fresh HTTP client with its own cookie jar (one "browser"). */
  client(): TestClient;
  /** The mails written to the outbox so far, newest last, as raw .eml text. */
  outbox(): string[];
  close(): Promise<void>;
}

/** Creates an empty database on the shared test server and returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Boots the real api (migrations, guards, filters) on a fresh database and a free port. */
export async function startTestApp(env: Record<string, string> = {}, options: { databaseUrl?: string; logDestination?: DestinationStream } = {}): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'intervisie-test-data-'));
  const port = await freePort();
  const config = loadConfig({ NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'silent', WEB_DIST_DIR: path.join(dataDir, 'no-web'), ...env });
  const clock = new TestClock();
  const app = await createApp({ config, logger: createLogger(config.logLevel, options.logDestination), databaseUrl, clock });
  await app.listen(port, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    config,
    baseUrl,
    databaseUrl,
    dataSource: app.get(DataSource),
    clock,
    client: () => new TestClient(baseUrl),
    outbox: () =>
      fs.existsSync(config.outboxDir)
        ? fs.readdirSync(config.outboxDir).sort().map((file) => fs.readFileSync(path.join(config.outboxDir, file), 'utf8'))
        : [],
    close: async () => {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** A tiny cookie-keeping HTTP client, so tests talk to the api exactly as a browser would. */
export class TestClient {
  /** Cookie name → value (the session cookie, and the device cookie a login sets). */
  private readonly cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  /** `mao_session=<token>`, to hand to a socket as its cookie header. */
  get sessionCookie(): string | undefined {
    const token = this.cookies.get('mao_session');
    return token === undefined ? undefined : `mao_session=${token}`;
  }

  /** Uses an existing session token (skips the argon2 login where a test does not test login). */
  withSessionToken(token: string): this {
    this.cookies.set('mao_session', token);
    return this;
  }

  async request<T = unknown>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse<T>> {
    const init: RequestInit = { method, headers: { ...headers }, redirect: 'manual' };
    const h = init.headers as Record<string, string>;
    const jar = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (jar) h.cookie = [jar, h.cookie].filter(Boolean).join('; ');
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const response = await fetch(this.baseUrl + url, init);
    for (const setCookie of response.headers.getSetCookie()) {
      const pair = setCookie.split(';')[0] ?? '';
      const at = pair.indexOf('=');
      if (at <= 0) continue;
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  get<T = unknown>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = unknown>(url: string, body: unknown = {}, headers?: Record<string, string>) {
    return this.request<T>('POST', url, body, headers);
  }
  put<T = unknown>(url: string, body: unknown = {}) {
    return this.request<T>('PUT', url, body);
  }
  patch<T = unknown>(url: string, body: unknown = {}) {
    return this.request<T>('PATCH', url, body);
  }
  delete<T = unknown>(url: string) {
    return this.request<T>('DELETE', url);
  }

  async login(email: string, password: string): Promise<void> {
    const response = await this.post('/api/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

/** Finds the first link in a raw .eml that points at the given path prefix. */
export function linkFromMail(eml: string, pathPrefix: string): string {
  // Quoted-printable soft line breaks would split long links.
  const unfolded = eml.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = unfolded.match(new RegExp(`https?://[^\\s"<>]*${pathPrefix.replace(/\//g, '\\/')}[A-Za-z0-9_-]+`));
  if (!match) throw new Error(`no ${pathPrefix} link in mail`);
  return match[0];
}
