import { currentStep } from '@mao/intervisie-method';
import { useCallback, useState } from 'react';
import { useT } from '../i18n';
import { StepBoard } from './boards/StepBoard';
import { CasePanel, type LiveCase } from './CasePanel';
import { FacilitatorControls, type DraftCount } from './FacilitatorControls';
import { PeoplePanel } from './PeoplePanel';
import { StepHeader } from './StepHeader';
import { StepRail } from './StepRail';
import { Timer } from './Timer';
import { useRoom } from './room';

/** The running session: steps, the current step with its board, the clock, people and (for the facilitator) the controls. */
export function LiveRoom({ liveCase }: { liveCase: LiveCase | null }) {
  const t = useT();
  const { view, meId } = useRoom();
  const step = currentStep(view.state, view.method);
  const isFacilitator = view.state.facilitatorId === meId;
  const [draftCount, setDraftCount] = useState<DraftCount | null>(null);
  const onDraftCount = useCallback((count: number, total: number) => setDraftCount({ count, total }), []);
  if (!step) return null;
  return (
    <div className="room">
      <StepRail />
      <div className="room__grid">
        <div className="room__main">
          <StepHeader />
          <section className="panel board-panel" aria-labelledby="live-board-title">
            <h3 id="live-board-title" className="panel__title">
              {t.live.board.title}
            </h3>
            <StepBoard key={step.id} step={step} mode="live" level={4} onDraftCount={isFacilitator ? onDraftCount : undefined} />
          </section>
        </div>
        <div className="room__side">
          <Timer />
          {isFacilitator && <FacilitatorControls draftCount={draftCount} />}
          <PeoplePanel />
          {liveCase && <CasePanel found={liveCase} />}
        </div>
      </div>
    </div>
  );
}
