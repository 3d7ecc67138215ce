import { perspectiveOfBackground } from '@mao/domain';
import type { Background, Perspective } from '@mao/domain';
import type { SessionState } from './state.js';

export interface MemberBackground {
  readonly userId: string;
  readonly background: Background;
}

/**
 * Lenses in the order they are handed out: the child first, because "één verhaal" starts
 * there, then the parent, then the professional domains.
 */
export const PERSPECTIVE_PREFERENCE: readonly Perspective[] = ['kind', 'ouder', 'onderwijs', 'zorg', 'jeugdhulp', 'gemeente'];

/**
 * A default assignment for the perspective analysis: everyone gets a lens other than their
 * own background, and the lenses are spread as evenly as possible. Deterministic, so the
 * facilitator sees the same proposal on every screen.
 */
export function proposePerspectiveAssignments(
  members: readonly MemberBackground[],
  options: { readonly exclude?: readonly string[] } = {},
): Array<{ userId: string; perspective: Perspective }> {
  const exclude = new Set(options.exclude ?? []);
  const uses = new Map<Perspective, number>(PERSPECTIVE_PREFERENCE.map((perspective) => [perspective, 0]));
  const seen = new Set<string>();
  const proposal: Array<{ userId: string; perspective: Perspective }> = [];
  for (const member of members) {
    if (exclude.has(member.userId) || seen.has(member.userId)) continue;
    seen.add(member.userId);
    const own = perspectiveOfBackground(member.background);
    let best: Perspective | undefined;
    for (const perspective of PERSPECTIVE_PREFERENCE) {
      if (perspective === own) continue;
      if (best === undefined || (uses.get(perspective) ?? 0) < (uses.get(best) ?? 0)) best = perspective;
    }
    /* v8 ignore next -- six lenses and at most one excluded: there is always a best */
    if (best === undefined) continue;
    uses.set(best, (uses.get(best) ?? 0) + 1);
    proposal.push({ userId: member.userId, perspective: best });
  }
  return proposal;
}

/**
 * For rotating methods (Troika): who presents next and who facilitates then, ready to send
 * as a `rotateRoles` command. The next presenter is the first present person who has not
 * presented yet, the facilitator last (so facilitation changes hands only once); when the
 * facilitator's turn comes, the outgoing presenter takes over. Null when everyone had a turn.
 */
export function proposeRotation(state: SessionState): { presenterId: string; facilitatorId: string } | null {
  const hadTurn = new Set([...state.pastPresenterIds, ...(state.presenterId === null ? [] : [state.presenterId])]);
  const waiting = state.presentUserIds.filter((userId) => !hadTurn.has(userId));
  const next = waiting.find((userId) => userId !== state.facilitatorId) ?? waiting[0];
  if (next === undefined) return null;
  if (next !== state.facilitatorId && state.facilitatorId !== null) return { presenterId: next, facilitatorId: state.facilitatorId };
  const facilitatorId = state.presenterId ?? state.presentUserIds.find((userId) => userId !== next);
  return facilitatorId === undefined ? null : { presenterId: next, facilitatorId };
}
