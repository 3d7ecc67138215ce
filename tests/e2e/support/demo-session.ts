import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { login, newPage } from './browser.js';

/** A demo person signed in in a browser context of their own. */
export async function signedIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(browser);
  await login(opened.page, email);
  return opened;
}

/**
 * A session (Met Andere Ogen unless another method is named) in the demo CoP "Bindende afspraken", an hour from now, scheduled by
 * the facilitator through the api with her browser session, with Sanne de Wit as inbrenger;
 * `participants` answer "yes"; `plan` adds fields such as `mode` and `windows`. Returns the session id.
 */
export async function scheduleDemoSession(
  facilitator: Page,
  options: { title: string; methodId?: string; videoUrl?: string; participants?: Page[]; startsAt?: string; plan?: Record<string, unknown> },
): Promise<string> {
  const communities = (await (await facilitator.request.get('/api/communities')).json()) as Array<{ id: string; name: string }>;
  const community = communities.find((c) => c.name === 'Bindende afspraken');
  const members = (await (await facilitator.request.get(`/api/communities/${community?.id}/members`)).json()) as Array<{ userId: string; name: string }>;
  const presenterId = members.find((m) => m.name === 'Sanne de Wit')?.userId ?? '';
  const created = await facilitator.request.post(`/api/communities/${community?.id}/sessions`, {
    data: {
      title: options.title,
      methodId: options.methodId ?? 'met-andere-ogen',
      startsAt: options.startsAt ?? new Date(Date.now() + 3_600_000).toISOString(),
      presenterId,
      ...(options.videoUrl ? { videoUrl: options.videoUrl } : {}),
      // An asynchronous or mixed session: mode, windows, duration.
      ...(options.plan ?? {}),
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const sessionId = ((await created.json()) as { id: string }).id;
  for (const participant of options.participants ?? []) {
    expect((await participant.request.put(`/api/sessions/${sessionId}/rsvp`, { data: { response: 'yes' } })).status()).toBe(200);
  }
  return sessionId;
}
