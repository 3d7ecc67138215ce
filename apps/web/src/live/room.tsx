import { ERROR_MESSAGES, isErrorCode, type Locale } from '@mao/domain';
import { isSessionErrorCode, SESSION_ERROR_MESSAGES, type LocalizedText } from '@mao/intervisie-method';
import { createContext, useContext } from 'react';
import type { Messages } from '../i18n';
import { useLocale, useT } from '../i18n';
import type { Actor } from './board-model';
import type { AwarenessUser } from './collab';
import { isDeletedAuthor, useDeletedAuthors } from './deleted-authors';
import type { AckError, LiveCommand, LiveView } from './types';

/** Everything the parts of the room need, given once by the page. */
export interface Room {
  sessionId: string;
  view: LiveView;
  meId: string;
  meName: string;
  awarenessUser: AwarenessUser;
  offsetMs: number;
  /** Sends a command; on refusal the room shows why. Resolves to whether it was accepted. */
  run: (command: LiveCommand) => Promise<boolean>;
}

export const RoomContext = createContext<Room | null>(null);

export function useRoom(): Room {
  const room = useContext(RoomContext);
  if (!room) throw new Error('useRoom must be used inside the live room.');
  return room;
}

/** Picks the current language from a method's bilingual text. */
export function useLocalized(): (text: LocalizedText | null | undefined) => string {
  const { locale } = useLocale();
  return (text) => (text ? text[locale] || text.nl : '');
}

/** The name of a person in the session, "jij" for oneself when asked. */
export function nameOf(view: LiveView, userId: string | null): string {
  if (!userId) return '';
  return view.roster.find((entry) => entry.userId === userId)?.name ?? '—';
}

/**
 * The name shown with a card, lesson or vote: the roster's name for its author's user id (boards
 * store no names); "verwijderd lid" for a deleted account (see deleted-authors.ts), or a neutral
 * "Deelnemer" for someone else who is not (or no longer) in the roster.
 */
export function useAuthorName(): (userId: string) => string {
  const t = useT();
  const { view } = useRoom();
  useDeletedAuthors();
  return (userId) => {
    const name = view.roster.find((entry) => entry.userId === userId)?.name;
    if (name) return name;
    return isDeletedAuthor(userId) ? t.live.board.deletedAuthor : t.live.board.unknownAuthor;
  };
}

/** Me as someone who changes boards: my id, and whether I am the facilitator (who moderates). */
export function useActor(): Actor {
  const { view, meId } = useRoom();
  return { userId: meId, facilitator: view.state.facilitatorId === meId };
}

/** The text for a refused command or join: the state machine's or the platform's text, else the server's. */
export function ackErrorText(error: AckError, locale: Locale, t: Messages): string {
  const { code } = error;
  if (isSessionErrorCode(code)) return SESSION_ERROR_MESSAGES[code][locale];
  const own = t.live.failures[code];
  if (own) return own;
  if (isErrorCode(code)) return ERROR_MESSAGES[code][locale];
  return locale === 'nl' && error.message ? error.message : t.live.commandFailed;
}

export function roleOf(view: LiveView, userId: string): 'facilitator' | 'presenter' | 'participant' {
  if (userId === view.state.facilitatorId) return 'facilitator';
  if (userId === view.state.presenterId) return 'presenter';
  return 'participant';
}

/** The hats a participant wears besides taking part (timekeeper, notetaker). */
export function helperRolesOf(view: LiveView, userId: string): Array<'timekeeper' | 'notetaker'> {
  const roles: Array<'timekeeper' | 'notetaker'> = [];
  if (roleOf(view, userId) !== 'participant') return roles;
  if (view.state.timekeeperId === userId) roles.push('timekeeper');
  if (view.state.notetakerId === userId) roles.push('notetaker');
  return roles;
}
