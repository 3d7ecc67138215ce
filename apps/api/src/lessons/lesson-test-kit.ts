import * as Y from 'yjs';
import { metAndereOgen } from '@mao/intervisie-method';
import { BOARD_KEYS, cardKey } from '@mao/domain';
import type { TestApp } from '../test/test-app.js';
import { boardDocumentName } from '../collaboration/document-name.js';

/** Test helpers for the lessons feature: sessions, harvest boards and lessons straight in the database. */

export async function closedSession(t: TestApp, communityId: string, facilitatorId: string, fields: { title?: string; startsAt?: string } = {}): Promise<string> {
  const [row] = await t.dataSource.query(
    `INSERT INTO sessions (community_id, title, method_id, method_source, method_snapshot, starts_at, duration_minutes, facilitator_id, max_participants, status, closed_at)
     VALUES ($1, $2, $3, 'builtin', $4, $5, 90, $6, 8, 'closed', now()) RETURNING id`,
    [communityId, fields.title ?? 'Casusbespreking', metAndereOgen.id, JSON.stringify(metAndereOgen), fields.startsAt ?? '2026-03-10T14:00:00+01:00', facilitatorId],
  );
  return row.id as string;
}

/** A harvest entry as the live room writes it (layout 2), with extra fields a raw client might add. */
export interface TestHarvestEntry {
  id: string;
  authorId: string;
  text: string;
  elementIds?: string[];
  indicatorIds?: string[];
  themes?: string[];
  createdAt?: number;
  /** Anything else in the entry (e.g. a forged `authorName`), written as is. */
  extra?: Record<string, unknown>;
}

export function harvestEntry(fields: TestHarvestEntry): TestHarvestEntry {
  return { elementIds: [], indicatorIds: [], themes: [], createdAt: Date.now(), ...fields };
}

/** Writes entries into `lessonsByAuthor` under "<authorId>/<id>", each a Y.Map, as the web does. */
export function writeEntries(doc: Y.Doc, entries: TestHarvestEntry[]): void {
  doc.transact(() => {
    const lessons = doc.getMap<Y.Map<unknown>>(BOARD_KEYS.lessons);
    for (const entry of entries) {
      const map = new Y.Map<unknown>();
      lessons.set(cardKey(entry.authorId, entry.id), map);
      map.set('text', entry.text);
      map.set('elementIds', entry.elementIds ?? []);
      map.set('indicatorIds', entry.indicatorIds ?? []);
      map.set('themes', entry.themes ?? []);
      map.set('createdAt', entry.createdAt ?? 0);
      for (const [key, value] of Object.entries(entry.extra ?? {})) map.set(key, value);
    }
  });
}

/**
 * Stores a harvest board in the collaboration update log, as the live room would have left it
 * after a closed session (the collaboration server loads it from there; it is not running a room
 * for a closed session).
 */
export async function storeHarvestBoard(t: TestApp, sessionId: string, entries: TestHarvestEntry[], stepId = 'oogst'): Promise<void> {
  const doc = new Y.Doc();
  writeEntries(doc, entries);
  await t.dataSource.query(`INSERT INTO collab_updates (document_name, update) VALUES ($1, $2)`, [boardDocumentName(sessionId, stepId), Buffer.from(Y.encodeStateAsUpdate(doc))]);
  doc.destroy();
}

export interface LessonFields {
  communityId: string;
  sessionId?: string | null;
  text: string;
  status?: 'draft' | 'published' | 'discarded';
  visibility?: 'community' | 'platform';
  elementIds?: string[];
  indicatorIds?: string[];
  themes?: string[];
  sessionDate?: string;
  methodId?: string;
}

export async function insertLesson(t: TestApp, fields: LessonFields): Promise<string> {
  const status = fields.status ?? 'published';
  const [row] = await t.dataSource.query(
    `INSERT INTO lessons (community_id, session_id, session_date, method_id, method_name, text, element_ids, indicator_ids, themes, status, visibility, published_at, author_name)
     VALUES ($1, $2, $3, $4, 'Met Andere Ogen', $5, $6, $7, $8, $9, $10, CASE WHEN $9 = 'published' THEN now() END, 'Mo Member') RETURNING id`,
    [
      fields.communityId,
      fields.sessionId ?? null,
      fields.sessionDate ?? '2026-03-10T14:00:00+01:00',
      fields.methodId ?? 'met-andere-ogen',
      fields.text,
      fields.elementIds ?? ['cultuur-van-samenwerken'],
      fields.indicatorIds ?? [],
      fields.themes ?? [],
      status,
      fields.visibility ?? 'community',
    ],
  );
  return row.id as string;
}

/** The text a PDF shows, from its (Flate-compressed) content streams; pdfkit writes text as hex glyph strings in TJ arrays. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const { inflateSync } = await import('node:zlib');
  const raw = pdf.toString('latin1');
  const parts: string[] = [];
  const streamRe = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (const match of raw.matchAll(streamRe)) {
    const bytes = Buffer.from(match[1] ?? '', 'latin1');
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    for (const tj of content.matchAll(/\[(.*?)\]\s*TJ/g)) {
      const hex = [...(tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
      parts.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}
