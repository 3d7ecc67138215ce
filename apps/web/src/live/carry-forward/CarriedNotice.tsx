import type { MethodStep } from '@mao/intervisie-method';
import { useT } from '../../i18n';
import { Button } from '../../ui';
import { useLocalized, useRoom } from '../room';
import type { Carried } from './useCarried';

/**
 * Above a board that takes cards from an earlier step (the question round taking the silent
 * questions): where they come from, and — while that step's drafts are still closed — a button
 * for the facilitator to reveal them from here (`revealDrafts { stepId }`).
 */
export function CarriedNotice({ step, carried }: { step: MethodStep; carried: Carried }) {
  const t = useT().agreements.carry;
  const localized = useLocalized();
  const { view, meId, run } = useRoom();
  if (carried.source?.kind !== 'step' || step.kind === 'presenter-response') return null;
  const source = carried.source.step;
  const isFacilitator = view.state.facilitatorId === meId;
  return (
    <div className="carried carried--notice">
      <p>
        <strong>{t.fromStep(localized(source.title))}</strong>. {carried.draftsClosed ? t.draftsClosed : t.questionsIntro}
      </p>
      {carried.draftsClosed && isFacilitator && view.state.status === 'running' && (
        <Button type="button" variant="secondary" onClick={() => void run({ type: 'revealDrafts', stepId: source.id })}>
          {t.revealNow}
        </Button>
      )}
    </div>
  );
}
