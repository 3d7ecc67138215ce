import { DOTS_PER_PERSON, MAX_GROUP_NAME, type BoardCard } from '@mao/domain';
import { CircleDot, Minus, Plus } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { useT } from '../../i18n';
import { Button } from '../../ui';
import { changeDots, dotCount, dotsLeft, groupsOf, setGroup } from '../board-model';
import { guardText } from '../privacy';
import { useActor } from '../room';

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

export interface CollectiveCardsProps {
  /** Every card shown on the board (the budget of dots counts them all). */
  cards: readonly BoardCard[];
  doc: Y.Doc | null;
  /** Whether this person may vote and group now (a writer of the live shared board). */
  active: boolean;
  level: 3 | 4;
  /** Renders one card with the footer it gets here. */
  renderCard: (card: BoardCard, footer: ReactNode) => ReactNode;
}

/**
 * What a group does with revealed cards: put them in named groups (clusters) and spread
 * DOTS_PER_PERSON dots over the ones that matter most. The board then shows the groups as
 * sections; in the summary the cards come with their dots, most first.
 */
export function CollectiveCards({ cards, doc, active, level, renderCard }: CollectiveCardsProps) {
  const t = useT();
  const actor = useActor();
  const groups = groupsOf(cards);
  const left = dotsLeft(cards, actor.userId);
  const Heading = level === 3 ? 'h3' : 'h4';
  // Read-only (the summary, or those who only read): most dots first, so what the group chose stands out.
  const ordered = active ? [...cards] : [...cards].sort((a, b) => dotCount(b) - dotCount(a));
  const ungrouped = ordered.filter((card) => !card.group);
  const footer = (card: BoardCard) => <CardVotes card={card} cards={cards} doc={doc} active={active} groups={groups} left={left} />;
  return (
    <div className="collective">
      {active && (
        <p className="collective__budget" role="status">
          <CircleDot size={16} aria-hidden="true" /> {t.live.board.collective.dotsLeft(left, DOTS_PER_PERSON)}
        </p>
      )}
      {groups.length === 0 ? (
        <ul className="card-list">{ordered.map((card) => renderCard(card, footer(card)))}</ul>
      ) : (
        <>
          {groups.map((group) => (
            <section key={group} className="card-group" aria-label={t.live.board.collective.groupLabel(group)}>
              <Heading className="card-group__title">{group}</Heading>
              <ul className="card-list">{ordered.filter((card) => card.group === group).map((card) => renderCard(card, footer(card)))}</ul>
            </section>
          ))}
          {ungrouped.length > 0 && (
            <section className="card-group card-group--none" aria-label={t.live.board.collective.ungrouped}>
              <Heading className="card-group__title">{t.live.board.collective.ungrouped}</Heading>
              <ul className="card-list">{ungrouped.map((card) => renderCard(card, footer(card)))}</ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

const NEW_GROUP = '__new__';

/** Under one card: its dots (and mine, with + and −), and the group it is in. */
function CardVotes({ card, cards, doc, active, groups, left }: { card: BoardCard; cards: readonly BoardCard[]; doc: Y.Doc | null; active: boolean; groups: string[]; left: number }) {
  const t = useT();
  const id = useId();
  const actor = useActor();
  const total = dotCount(card);
  const mine = card.dots[actor.userId] ?? 0;
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const label = short(card.text);
  // Choosing "Nieuwe groep…" puts the writer in the name field.
  useEffect(() => {
    if (naming) nameRef.current?.focus();
  }, [naming]);

  const createGroup = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t.live.board.collective.groupNameMissing);
      return;
    }
    // A group name is seen by everyone: no names or numbers that identify someone.
    if (guardText(trimmed).some((finding) => finding.severity === 'direct')) {
      setError(t.live.board.collective.groupNamePrivacy);
      return;
    }
    if (doc) setGroup(doc, card.key, trimmed);
    setNaming(false);
    setName('');
    setError(null);
  };

  return (
    <div className="card-votes">
      <p className="card-votes__count">
        <CircleDot size={16} aria-hidden="true" /> {t.live.board.collective.dots(total)}
        {mine > 0 && <span className="muted"> {t.live.board.collective.mine(mine)}</span>}
      </p>
      {active && doc && (
        <div className="card-votes__actions">
          <div className="button-row button-row--tight" role="group" aria-label={t.live.board.collective.dotsFor(label)}>
            <button type="button" className="card-move" disabled={left < 1} aria-label={t.live.board.collective.addDot(label)} onClick={() => changeDots(doc, cards, card.key, actor.userId, 1)}>
              <Plus size={16} aria-hidden="true" />
            </button>
            <button type="button" className="card-move" disabled={mine < 1} aria-label={t.live.board.collective.removeDot(label)} onClick={() => changeDots(doc, cards, card.key, actor.userId, -1)}>
              <Minus size={16} aria-hidden="true" />
            </button>
          </div>
          <div className="field field--inline">
            <label className="field__label" htmlFor={`${id}-group`}>
              {t.live.board.collective.group}
            </label>
            <select
              id={`${id}-group`}
              className="input input--select"
              value={naming ? NEW_GROUP : (card.group ?? '')}
              onChange={(event) => {
                const value = event.target.value;
                if (value === NEW_GROUP) {
                  setNaming(true);
                  return;
                }
                setNaming(false);
                setGroup(doc, card.key, value || null);
              }}
            >
              <option value="">{t.live.board.collective.noGroup}</option>
              {groups.map((group) => (
                <option key={group} value={group}>
                  {group}
                </option>
              ))}
              <option value={NEW_GROUP}>{t.live.board.collective.newGroup}</option>
            </select>
          </div>
          {naming && (
            <form className="card-votes__new-group" onSubmit={createGroup} noValidate>
              <div className={['field', error ? 'field--invalid' : null].filter(Boolean).join(' ')}>
                <label className="field__label" htmlFor={`${id}-name`}>
                  {t.live.board.collective.groupName}
                </label>
                {error && (
                  <p className="field__error" id={`${id}-error`}>
                    {error}
                  </p>
                )}
                <input
                  id={`${id}-name`}
                  className="input"
                  value={name}
                  maxLength={MAX_GROUP_NAME}
                  ref={nameRef}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(event) => setName(event.target.value)}
                />
              </div>
              <div className="button-row button-row--tight">
                <Button type="submit" variant="secondary">
                  {t.live.board.collective.createGroup}
                </Button>
                <Button variant="quiet" onClick={() => setNaming(false)}>
                  {t.common.cancel}
                </Button>
              </div>
            </form>
          )}
        </div>
      )}
    </div>
  );
}
