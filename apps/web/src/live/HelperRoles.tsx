import { HELPER_ROLES, type HelperRole } from '@mao/intervisie-method';
import { useId } from 'react';
import { useT } from '../i18n';
import { useRoom } from './room';

/**
 * The facilitator gives the timekeeper's and the notetaker's hat to a participant (in the lobby,
 * or later from the controls): anyone on the roster but the facilitator and the inbrenger.
 */
export function HelperRoles() {
  const t = useT();
  const id = useId();
  const { view, run } = useRoom();
  const { state, roster } = view;
  const candidates = roster.filter((entry) => entry.userId !== state.facilitatorId && entry.userId !== state.presenterId);
  const holder = (role: HelperRole) => (role === 'timekeeper' ? state.timekeeperId : state.notetakerId) ?? '';
  return (
    <section className="panel helper-roles" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t.live.helpers.title}
      </h2>
      <p className="muted">{t.live.helpers.intro}</p>
      {HELPER_ROLES.map((role) => (
        <div key={role} className="field field--short">
          <label className="field__label" htmlFor={`${id}-${role}`}>
            {t.live.helpers[role]}
          </label>
          <select
            id={`${id}-${role}`}
            className="input"
            value={holder(role)}
            onChange={(event) => void run({ type: 'assignHelper', role, userId: event.target.value || null })}
          >
            <option value="">{t.live.helpers.nobody}</option>
            {candidates.map((entry) => (
              <option key={entry.userId} value={entry.userId}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
      ))}
    </section>
  );
}
