import { createPdfDocument } from '../common/pdf.js';
import { DateTime } from 'luxon';
import { SESSION_TIMEZONE, type AgreementLevel, type AgreementStatus, type SummaryAdviceView } from '@mao/domain';

export interface SummaryPdfSession {
  title: string;
  communityName: string;
  startsAt: Date;
  presenterName: string;
}

export interface SummaryPdfContent {
  advice: SummaryAdviceView[];
  agreements: Array<{ what: string; owner: string; due: string | null; level: AgreementLevel; status: AgreementStatus }>;
}

const LEVELS: Record<AgreementLevel, string> = { uitvoering: 'uitvoering', beleid: 'beleid', bestuur: 'bestuur' };
const STATUSES: Record<AgreementStatus, string> = { open: 'open', bezig: 'bezig', gedaan: 'gedaan', losgelaten: 'losgelaten' };

/**
 * "Mijn adviezen": the advice the inbrenger received — the ones they marked first — and the
 * agreements of the session, as a PDF (pdfkit, standard Helvetica, as the harvest PDF in
 * lessons/lesson-reports.ts). No casus text.
 */
export async function summaryPdf(session: SummaryPdfSession, content: SummaryPdfContent, options: { now: Date; compress?: boolean }): Promise<Buffer> {
  const doc = await createPdfDocument({
    size: 'A4',
    margin: 56,
    compress: options.compress ?? true,
    info: { Title: `Mijn adviezen: ${session.title}`, Subject: 'Adviezen en afspraken uit een intervisiesessie', Creator: 'Intervisieplatform Met Andere Ogen', Producer: 'pdfkit' },
    lang: 'nl-NL',
  });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const heading = (text: string) => {
      doc.moveDown(0.8);
      doc.font('Helvetica-Bold').fontSize(14).fillColor('#1b3a4b').text(text);
      doc.moveDown(0.3);
    };
    doc.font('Helvetica-Bold').fontSize(20).fillColor('#1b3a4b').text(`Mijn adviezen: ${session.title}`);
    doc.moveDown(0.4);
    doc.font('Helvetica').fontSize(11).fillColor('#333333');
    doc.text(`CoP: ${session.communityName}`);
    doc.text(`Datum: ${DateTime.fromJSDate(session.startsAt, { zone: SESSION_TIMEZONE }).setLocale('nl').toFormat('cccc d MMMM yyyy')}`);
    doc.text(`Inbrenger: ${session.presenterName}`);

    const marked = content.advice.filter((card) => card.marked);
    const other = content.advice.filter((card) => !card.marked);
    heading('Adviezen die mij aanspreken');
    if (marked.length === 0) doc.font('Helvetica-Oblique').fontSize(11).fillColor('#333333').text('Je hebt geen adviezen gemarkeerd.');
    for (const card of marked) {
      doc.font('Helvetica').fontSize(11).fillColor('#111111').text(`• ${card.text}`, { paragraphGap: 2 });
      doc.font('Helvetica-Oblique').fontSize(9).fillColor('#555555').text(`van ${card.authorName}`, { indent: 10 });
      doc.moveDown(0.3);
    }
    if (other.length > 0) {
      heading('De andere adviezen');
      for (const card of other) {
        doc.font('Helvetica').fontSize(11).fillColor('#111111').text(`• ${card.text}`, { paragraphGap: 2 });
        doc.font('Helvetica-Oblique').fontSize(9).fillColor('#555555').text(`van ${card.authorName}`, { indent: 10 });
        doc.moveDown(0.3);
      }
    }
    heading('Afspraken');
    if (content.agreements.length === 0) doc.font('Helvetica-Oblique').fontSize(11).fillColor('#333333').text('Er zijn geen afspraken vastgelegd.');
    for (const agreement of content.agreements) {
      doc.font('Helvetica').fontSize(11).fillColor('#111111').text(`• ${agreement.what}`, { paragraphGap: 2 });
      doc.font('Helvetica-Oblique').fontSize(9).fillColor('#555555').text(`${agreement.owner}${agreement.due ? `, uiterlijk ${agreement.due}` : ''} · niveau ${LEVELS[agreement.level]} · ${STATUSES[agreement.status]}`, { indent: 10 });
      doc.moveDown(0.3);
    }
    doc.moveDown(1);
    doc.font('Helvetica').fontSize(8).fillColor('#777777').text(`Gemaakt op ${DateTime.fromJSDate(options.now, { zone: SESSION_TIMEZONE }).setLocale('nl').toFormat('d MMMM yyyy')} met het intervisieplatform Met Andere Ogen. Bevat geen casusgegevens.`);
    doc.end();
  });
}
