import { hashPassword } from '../auth/passwords.js';
import { AuthService } from '../auth/auth.service.js';
import { UserEntity } from '../users/user.entity.js';
import { MembershipEntity } from '../communities/membership.entity.js';
import type { TestApp, TestClient } from './test-app.js';
import type { CommunityView } from '@mao/domain';

export const TEST_PASSWORD = 'een-lang-wachtwoord';
let cachedHash: string | undefined;

/**
 * Inserts a user directly (faster than the invitation flow, which has its own tests). Test
 * users are appointed gespreksleider of the platform, so they may create the CoPs most
 * fixtures start with; pass `platformRole: null` for an ordinary account.
 */
export async function createUser(t: TestApp, fields: Partial<UserEntity> & { email: string }): Promise<UserEntity> {
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  const repo = t.dataSource.getRepository(UserEntity);
  return repo.save(repo.create({ name: fields.email.split('@')[0] ?? 'test', passwordHash: cachedHash, platformRole: 'gespreksleider', ...fields }));
}

export async function loggedIn(t: TestApp, email: string, fields: Partial<UserEntity> = {}): Promise<{ user: UserEntity; client: TestClient }> {
  const user = await createUser(t, { email, ...fields });
  const client = t.client();
  await client.login(email, TEST_PASSWORD);
  return { user, client };
}

/** A client with a fresh session for an existing user, without going through the login route. */
export async function clientAs(t: TestApp, user: UserEntity): Promise<TestClient> {
  const token = await t.app.get(AuthService).startSession(user.id);
  return t.client().withSessionToken(token);
}

export async function addMember(t: TestApp, communityId: string, userId: string, role: 'facilitator' | 'member' = 'member'): Promise<void> {
  await t.dataSource.getRepository(MembershipEntity).insert({ communityId, userId, role });
}

/** A CoP with a logged-in facilitator, member and outsider. */
export async function communityWithRoles(t: TestApp, prefix = 'cop') {
  const facilitator = await loggedIn(t, `${prefix}-facilitator@example.org`, { name: 'Fien Facilitator', background: 'jeugdhulp' });
  const member = await loggedIn(t, `${prefix}-member@example.org`, { name: 'Mo Member', background: 'onderwijs' });
  const outsider = await loggedIn(t, `${prefix}-outsider@example.org`, { name: 'Olga Outsider', background: 'zorg' });
  const created = await facilitator.client.post<CommunityView>('/api/communities', { name: `CoP ${prefix}`, description: 'Test', themes: ['monitoring'] });
  if (created.status !== 201) throw new Error(`create community: ${created.status}`);
  const community = created.body;
  await addMember(t, community.id, member.user.id);
  return { community, facilitator, member, outsider };
}
