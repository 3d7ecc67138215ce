import { checkCaseFields, type CaseTextField, type CaseView } from '@mao/domain';
import { useFormat, useT } from '../i18n';
import { HighlightedText } from '../ui';

const ORDER: CaseTextField[] = ['context', 'keyQuestion', 'tried', 'askOfGroup'];

/**
 * The casus as participants read it, field by field. A draft (which only its author ever
 * receives) is shown with the privacy guard's highlights, as in the editor, and says in words
 * how many details still need changing.
 */
export function CaseReadView({ caseView }: { caseView: CaseView }) {
  const t = useT();
  const c = t.cases;
  const format = useFormat();
  const draft = caseView.status === 'draft';
  const findings = draft
    ? checkCaseFields({ title: caseView.title, context: caseView.context, keyQuestion: caseView.keyQuestion, tried: caseView.tried, askOfGroup: caseView.askOfGroup }, caseView.acceptedFindings)
    : [];
  const blocking = findings.filter((f) => f.severity !== 'warn').length;
  const text = (field: CaseTextField) => {
    const value = caseView[field];
    if (!value) return c.empty;
    const marks = findings.filter((f) => f.field === field).map((f) => ({ start: f.start, end: f.end, tone: f.severity }));
    return marks.length > 0 ? <HighlightedText text={value} marks={marks} /> : value;
  };
  return (
    <article className="card case-read" aria-labelledby="case-read-title">
      {draft && <p className="case-state case-state--draft">{c.draftReadNotice} {c.findingsStatus(blocking, findings.length - blocking)}</p>}
      <h2 id="case-read-title" className="section__title">
        {caseView.title ? text('title') : c.empty}
      </h2>
      {ORDER.map((field) => (
        <section key={field} className="case-read__part">
          <h3>{c.fields[field]}</h3>
          <p className="pre-line">{text(field)}</p>
        </section>
      ))}
      {caseView.author && <p className="muted">{c.writtenBy(caseView.author.name, format.date(caseView.updatedAt))}</p>}
    </article>
  );
}
