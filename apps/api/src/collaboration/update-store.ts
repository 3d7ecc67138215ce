import * as Y from 'yjs';
import type { DataSource } from 'typeorm';

/**
 * How many logged updates make an open document worth compacting while people are still in
 * it. Compaction reads, merges and rewrites the document, so it runs rarely while a room is
 * busy; a room that empties is compacted right away (see CollabServer).
 */
export const COMPACT_AFTER_UPDATES = 5000;
/** A room that empties with at least this many logged updates is compacted. */
export const COMPACT_ON_IDLE_AFTER = 50;

export interface StoredDocument {
  /** Snapshot merged with every later update: the document's full state. */
  state: Uint8Array;
  updatesSinceSnapshot: number;
}

/**
 * PostgreSQL storage of shared documents: an append-only update log plus a snapshot per
 * document. Loading is snapshot + later updates; compaction folds the log into the snapshot.
 */
export class UpdateStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Snapshot + every logged update, read in one statement so that a compaction committing
   * in between can never make us miss the rows it folded (one statement sees one state).
   */
  async load(documentName: string): Promise<StoredDocument> {
    const rows: Array<{ part: Buffer; is_snapshot: boolean }> = await this.dataSource.query(
      `SELECT state AS part, true AS is_snapshot, 0::bigint AS id FROM collab_snapshots WHERE document_name = $1
       UNION ALL
       SELECT update AS part, false AS is_snapshot, id FROM collab_updates WHERE document_name = $1
       ORDER BY is_snapshot DESC, id`,
      [documentName],
    );
    const parts = rows.map((row) => new Uint8Array(row.part));
    const updatesSinceSnapshot = rows.filter((row) => !row.is_snapshot).length;
    const state = parts.length === 0 ? emptyUpdate() : parts.length === 1 ? (parts[0] as Uint8Array) : Y.mergeUpdates(parts);
    return { state, updatesSinceSnapshot };
  }

  /** One multi-row INSERT for a whole batch. */
  async append(batch: ReadonlyArray<{ documentName: string; update: Uint8Array }>): Promise<void> {
    if (batch.length === 0) return;
    const values: string[] = [];
    const params: unknown[] = [];
    batch.forEach((item, i) => {
      values.push(`($${i * 2 + 1}, $${i * 2 + 2})`);
      params.push(item.documentName, Buffer.from(item.update.buffer, item.update.byteOffset, item.update.byteLength));
    });
    await this.dataSource.query(`INSERT INTO collab_updates (document_name, update) VALUES ${values.join(', ')}`, params);
  }

  /** The names of stored documents that start with `prefix` (a session's boards and drafts). */
  async namesStartingWith(prefix: string): Promise<string[]> {
    const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows: Array<{ document_name: string }> = await this.dataSource.query(
      `SELECT document_name FROM collab_snapshots WHERE document_name LIKE $1 UNION SELECT DISTINCT document_name FROM collab_updates WHERE document_name LIKE $1`,
      [pattern],
    );
    return rows.map((row) => row.document_name);
  }

  /** Removes documents entirely: log and snapshot. */
  async remove(documentNames: readonly string[]): Promise<void> {
    if (documentNames.length === 0) return;
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM collab_updates WHERE document_name = ANY($1)`, [documentNames]);
      await tx.query(`DELETE FROM collab_snapshots WHERE document_name = ANY($1)`, [documentNames]);
    });
  }

  /**
   * Folds the update log into the snapshot. Runs under a per-document advisory lock, so two
   * api processes never compact the same document at once.
   *
   * It deletes exactly the rows it merged, by id, and loading reads the snapshot plus the whole
   * remaining log. Ids come from a sequence, so a concurrent INSERT can hold a lower id than a
   * row already committed; a "everything up to the highest id" cut-off would skip or delete
   * such a row unmerged (an edit lost). Yjs updates are idempotent, so reading an update that
   * is also in the snapshot is harmless; missing one is not.
   */
  async compact(documentName: string): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const [lock] = await tx.query(`SELECT pg_try_advisory_xact_lock(hashtext('collab:' || $1)) AS locked`, [documentName]);
      if (!lock?.locked) return false;
      const [snapshot] = await tx.query(`SELECT state FROM collab_snapshots WHERE document_name = $1`, [documentName]);
      const updates: Array<{ id: string; update: Buffer }> = await tx.query(
        `SELECT id, update FROM collab_updates WHERE document_name = $1 ORDER BY id`,
        [documentName],
      );
      if (updates.length === 0) return false;
      const parts: Uint8Array[] = snapshot ? [new Uint8Array(snapshot.state)] : [];
      for (const row of updates) parts.push(new Uint8Array(row.update));
      const merged = Y.mergeUpdates(parts);
      const mergedIds = updates.map((row) => row.id);
      // last_update_id records the highest id folded in (for inspection); loading does not use it.
      await tx.query(
        `INSERT INTO collab_snapshots (document_name, state, last_update_id, updated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (document_name) DO UPDATE SET state = EXCLUDED.state, last_update_id = EXCLUDED.last_update_id, updated_at = now()`,
        [documentName, Buffer.from(merged), mergedIds[mergedIds.length - 1]],
      );
      await tx.query(`DELETE FROM collab_updates WHERE id = ANY($1::bigint[])`, [mergedIds]);
      return true;
    });
  }
}

export function emptyUpdate(): Uint8Array {
  return Y.encodeStateAsUpdate(new Y.Doc());
}
