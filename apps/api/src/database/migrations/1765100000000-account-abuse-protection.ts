import { randomBytes } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts that hold up against abuse (issue 13):
 *
 * - `users.platform_role`: a platform administrator appoints "gespreksleiders", who may create
 *   CoPs. Everyone who already created a CoP keeps that right (they used it before it existed).
 * - `auth_secrets`: server-side secrets shared by every api process; the first one signs the
 *   device cookies that let a browser which logged in before skip the account's slow-down
 *   (OWASP "device cookies"). Generated here, once, from Node's CSPRNG.
 */
export class AccountAbuseProtection1765100000000 implements MigrationInterface {
  name = 'AccountAbuseProtection1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN platform_role text CHECK (platform_role IN ('gespreksleider'))`);
    await q.query(`
      UPDATE users SET platform_role = 'gespreksleider'
       WHERE deleted_at IS NULL AND is_platform_admin = false
         AND id IN (SELECT created_by FROM communities WHERE created_by IS NOT NULL)`);
    await q.query(`
      CREATE TABLE auth_secrets (
        name text PRIMARY KEY,
        secret text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO auth_secrets (name, secret) VALUES ('device-cookie', $1)`, [randomBytes(32).toString('base64url')]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE auth_secrets');
    await q.query('ALTER TABLE users DROP COLUMN platform_role');
  }
}
