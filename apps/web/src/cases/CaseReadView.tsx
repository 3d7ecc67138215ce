import type { CaseTextField, CaseView } from '@mao/domain';
import { useFormat, useT } from '../i18n';

const ORDER: CaseTextField[] = ['context', 'keyQuestion', 'tried', 'askOfGroup'];

/** The casus as participants read it, field by field. */
export function CaseReadView({ caseView }: { caseView: CaseView }) {
  const t = useT();
  const c = t.cases;
  const format = useFormat();
  return (
    <article className="card case-read" aria-labelledby="case-read-title">
      <h2 id="case-read-title" className="section__title">
        {caseView.title}
      </h2>
      {ORDER.map((field) => (
        <section key={field} className="case-read__part">
          <h3>{c.fields[field]}</h3>
          <p className="pre-line">{caseView[field] || c.empty}</p>
        </section>
      ))}
      {caseView.author && <p className="muted">{c.writtenBy(caseView.author.name, format.date(caseView.updatedAt))}</p>}
    </article>
  );
}
