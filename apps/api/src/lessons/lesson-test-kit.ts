import * as Y from 'yjs';
import { metAndereOgen } from '@mao/intervisie-method';
import type { HarvestEntry } from '@mao/domain';
import type { TestApp } from '../test/test-app.js';
import { CollabServer } from '../collaboration/collab-server.js';
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

export function harvestEntry(fields: Partial<HarvestEntry> & { id: string; text: string }): HarvestEntry {
  return { elementIds: [], indicatorIds: [], themes: [], authorId: '', authorName: 'Mo Member', createdAt: Date.now(), ...fields };
}

export function writeEntries(doc: Y.Doc, entries: HarvestEntry[]): void {
  doc.transact(() => {
    const lessons = doc.getArray<Y.Map<unknown>>('lessons');
    for (const entry of entries) lessons.push([new Y.Map<unknown>(Object.entries(entry))]);
  });
}

/** Stores a harvest board in the collaboration update log, as the live room would have. */
export async function storeHarvestBoard(t: TestApp, sessionId: string, entries: HarvestEntry[], stepId = 'oogst'): Promise<void> {
  const doc = new Y.Doc();
  writeEntries(doc, entries);
  await t.app.get(CollabServer).store.append([{ documentName: boardDocumentName(sessionId, stepId), update: Y.encodeStateAsUpdate(doc) }]);
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
