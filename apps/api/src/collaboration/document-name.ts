/**
 * Document names: `session.<sessionId>.step.<stepId>` for a step's board and
 * `session.<sessionId>.step.<stepId>.draft.<userId>` for a private draft.
 */
export type DocumentName =
  | { kind: 'board'; sessionId: string; stepId: string }
  | { kind: 'draft'; sessionId: string; stepId: string; ownerId: string };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const STEP = '[a-z0-9][a-z0-9-]{0,62}';
const PATTERN = new RegExp(`^session\\.(${UUID})\\.step\\.(${STEP})(?:\\.draft\\.(${UUID}))?$`);

export function parseDocumentName(name: string): DocumentName | null {
  const match = PATTERN.exec(name);
  if (!match) return null;
  const [, sessionId, stepId, ownerId] = match;
  if (!sessionId || !stepId) return null;
  return ownerId ? { kind: 'draft', sessionId, stepId, ownerId } : { kind: 'board', sessionId, stepId };
}

export function boardDocumentName(sessionId: string, stepId: string): string {
  return `session.${sessionId}.step.${stepId}`;
}

export function draftDocumentName(sessionId: string, stepId: string, ownerId: string): string {
  return `session.${sessionId}.step.${stepId}.draft.${ownerId}`;
}
