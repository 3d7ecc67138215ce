import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { PERSONAL_DATA, PERSONAL_DOCUMENTS } from './personal-data.js';

/**
 * Columns that look personal by their name or type but are not about a person. Every entry says
 * why; a new column that holds a user id, a name or an address belongs in PERSONAL_DATA instead.
 */
const NOT_PERSONAL: Record<string, string> = {
  'communities.name': "the CoP's name",
  'auth_secrets.name': 'the name of a server secret (e.g. device-cookie)',
  'lessons.method_name': "the intervisie method's name",
  'migrations.name': 'a migration class name',
  'audit_log.subject_type': 'the kind of thing an entry is about (user, session, lesson …); the id is audit_log.subject_id',
  'community_methods.method': 'a method definition (steps, roles, texts), no people',
  'sessions.method_snapshot': "the frozen copy of the session's method, no people",
  'sessions.step_windows': 'when each step of an asynchronous or mixed session is open: step ids and instants, no people',
  'agreements.owner_text': 'a role or organisation an agreement is for, written as text instead of a member (privacy-guarded: no direct identifiers); a member is agreements.owner_user_id',
};

interface SchemaColumn {
  table_name: string;
  column_name: string;
  data_type: string;
  references_users: boolean;
}

/** A column name that says it holds a user id, a name or an e-mail address. */
const PERSONAL_NAME = /name|e?mail|address|phone|(^|_)(user|actor|author|owner|creator|member|subject|inviter|invitee)(_|$)|_by$/;
/** Types that can hold anything, ids and names included: each must be accounted for. */
const OPAQUE_TYPES = new Set(['jsonb', 'json', 'bytea']);

async function schemaColumns(dataSource: DataSource): Promise<SchemaColumn[]> {
  return dataSource.query(`
    SELECT c.table_name, c.column_name, c.data_type,
           EXISTS (SELECT 1 FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
                    WHERE k.contype = 'f' AND k.confrelid = 'public.users'::regclass
                      AND k.conrelid = format('public.%I', c.table_name)::regclass AND a.attname = c.column_name) AS references_users
      FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
     ORDER BY c.table_name, c.ordinal_position`);
}

const registered = new Set([
  ...PERSONAL_DATA.flatMap((table) => table.columns.map((column) => `${table.table}.${column.column}`)),
  ...PERSONAL_DOCUMENTS.columns,
]);

/** Columns that look like they hold personal data and are neither registered nor allowed. */
async function unlistedColumns(dataSource: DataSource): Promise<string[]> {
  const columns = await schemaColumns(dataSource);
  return columns
    .filter((c) => c.references_users || PERSONAL_NAME.test(c.column_name) || OPAQUE_TYPES.has(c.data_type))
    .map((c) => `${c.table_name}.${c.column_name}`)
    .filter((name) => !registered.has(name) && !(name in NOT_PERSONAL));
}

describe('the personal-data registry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists every column of the schema that holds a user id, a name or an address', async () => {
    expect(await unlistedColumns(t.dataSource)).toEqual([]);
  });

  it('fails for a new column holding a user id or a name (the check itself)', async () => {
    await t.dataSource.query(`CREATE TABLE probe_notes (id serial PRIMARY KEY, written_by uuid REFERENCES users(id), reviewer_name text, mood text)`);
    await t.dataSource.query(`ALTER TABLE lessons ADD COLUMN checker uuid REFERENCES users(id)`);
    try {
      expect((await unlistedColumns(t.dataSource)).sort()).toEqual(['lessons.checker', 'probe_notes.reviewer_name', 'probe_notes.written_by']);
    } finally {
      await t.dataSource.query(`ALTER TABLE lessons DROP COLUMN checker`);
      await t.dataSource.query(`DROP TABLE probe_notes`);
    }
  });

  it('names only columns that exist, each with a deletion rule and an export section', async () => {
    const existing = new Set((await schemaColumns(t.dataSource)).map((c) => `${c.table_name}.${c.column_name}`));
    const sections = new Set(PERSONAL_DATA.flatMap((table) => table.export.map((section) => section.key)));
    for (const name of [...registered, ...Object.keys(NOT_PERSONAL)]) expect(existing, name).toContain(name);
    for (const table of PERSONAL_DATA) {
      for (const column of table.columns) {
        if (typeof column.export === 'string') expect(sections, `${table.table}.${column.column} → ${column.export}`).toContain(column.export);
        else expect(column.export.none.length, `${table.table}.${column.column}: why it is not exported`).toBeGreaterThan(10);
        // Whatever deletion changes, a statement of that table does it.
        if (column.deletion !== 'keep-id') expect(table.deletion.join('\n'), `${table.table}.${column.column} (${column.deletion})`).toMatch(new RegExp(`\\b${table.table}\\b`));
      }
    }
    // Keys in the export are unique (one section, one meaning).
    expect(sections.size).toBe(PERSONAL_DATA.flatMap((table) => table.export).length);
    expect(sections).not.toContain(PERSONAL_DOCUMENTS.export);
  });
});
