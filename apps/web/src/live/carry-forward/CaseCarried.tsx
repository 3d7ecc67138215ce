import { stepSource, type MethodStep } from '@mao/intervisie-method';
import { useT } from '../../i18n';
import type { LiveCase } from '../CasePanel';
import { useRoom } from '../room';

/**
 * A step that takes a field of the casus (method data `takesFrom: 'case.keyQuestion'`): the
 * kernvraag step starts from the inbrenger's own key question. Shown only to those who may read
 * the casus (the room passes the casus only to them).
 */
export function CaseCarried({ step, liveCase }: { step: MethodStep; liveCase: LiveCase | null }) {
  const t = useT().agreements.carry;
  const { view } = useRoom();
  const source = stepSource(view.method, step);
  if (source?.kind !== 'case') return null;
  const text = liveCase ? (source.field === 'keyQuestion' ? liveCase.keyQuestion : liveCase.askOfGroup) : '';
  return (
    <section className="carried carried--case" aria-labelledby={`carried-case-${step.id}`}>
      <h4 id={`carried-case-${step.id}`} className="carried__title">
        {source.field === 'keyQuestion' ? t.caseTitle : t.caseAskTitle}
      </h4>
      {text.trim() ? (
        <>
          <blockquote className="carried__quote">{text}</blockquote>
          <p className="muted">{t.caseIntro}</p>
        </>
      ) : (
        <p className="muted">{t.caseMissing}</p>
      )}
    </section>
  );
}
