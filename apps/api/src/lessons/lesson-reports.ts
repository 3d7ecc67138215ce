import { createPdfDocument } from '../common/pdf.js';
import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import { REFLECTIEKADER, findElement, findIndicator, type LessonFilters } from '@mao/domain';
import type { LessonRow } from './lesson-rows.js';

/**
 * Exports of a filtered set of lessons (Markdown grouped by werkzaam element, CSV) and the PDF
 * report of one session's harvest. Pure functions of rows: the service decides what is visible.
 */
const ZONE = 'Europe/Amsterdam';
const day = (date: Date) => DateTime.fromJSDate(date, { zone: ZONE }).toFormat('yyyy-MM-dd');
const longDay = (date: Date) => DateTime.fromJSDate(date, { zone: ZONE }).setLocale('nl').toFormat('d MMMM yyyy');
const elementLabel = (id: string) => {
  const element = findElement(id);
  return element ? `${element.number}. ${element.label.nl}` : id;
};
const indicatorLabel = (id: string) => findIndicator(id)?.label.nl ?? id;

/** Groups lessons by werkzaam element in framework order; a lesson with two elements appears under both. */
function groupByElement(rows: LessonRow[]): Array<{ title: string; rows: LessonRow[] }> {
  const groups = REFLECTIEKADER.elements
    .map((element) => ({ title: `${element.number}. ${element.label.nl}`, rows: rows.filter((row) => row.element_ids.includes(element.id)) }))
    .filter((group) => group.rows.length > 0);
  const untagged = rows.filter((row) => !row.element_ids.some((id) => findElement(id)));
  if (untagged.length > 0) groups.push({ title: 'Nog niet gekoppeld aan een werkzaam element', rows: untagged });
  return groups;
}

/* ---------------------------------------------------------------- CSV */

/** Cells that a spreadsheet would run as a formula get a leading apostrophe (CSV injection). */
const cell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function lessonsCsv(rows: LessonRow[]): string {
  const header = ['id', 'tekst', 'status', 'zichtbaarheid', 'cop', 'sessie', 'sessiedatum', 'methode', 'werkzame_elementen', 'indicatoren', 'themas', 'auteur', 'gepubliceerd_op', 'reflecties'];
  const records = rows.map((row) => [
    row.id,
    cell(row.text),
    row.status,
    row.visibility,
    cell(row.community_name),
    cell(row.session_title ?? ''),
    day(row.session_date),
    cell(row.method_name ?? ''),
    row.element_ids.map(elementLabel).join('; '),
    row.indicator_ids.map(indicatorLabel).join('; '),
    cell(row.themes.join('; ')),
    cell(row.author_display ?? ''),
    row.published_at ? row.published_at.toISOString() : '',
    String(row.reflection_count),
  ]);
  // RFC 4180: comma, CRLF, quotes doubled; a BOM so spreadsheet programs read UTF-8.
  return stringify([header, ...records], { bom: true, record_delimiter: 'windows', quoted_match: /[",\r\n]/ });
}

/* ----------------------------------------------------------- Markdown */

/** Escapes what Markdown (and HTML inside it) would interpret; keeps the text readable. */
export function markdownText(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .join('\n  ');
}

export function describeFilters(filters: LessonFilters): string {
  const parts: string[] = [];
  if (filters.element?.length) parts.push(`werkzaam element: ${filters.element.map(elementLabel).join(', ')}`);
  if (filters.indicator?.length) parts.push(`indicator: ${filters.indicator.map(indicatorLabel).join(', ')}`);
  if (filters.theme?.length) parts.push(`thema: ${filters.theme.join(', ')}`);
  if (filters.methodId) parts.push(`methode: ${filters.methodId}`);
  if (filters.visibility) parts.push(`zichtbaarheid: ${filters.visibility === 'platform' ? 'heel platform' : 'CoP'}`);
  if (filters.from || filters.to) parts.push(`periode: ${filters.from ?? '…'} t/m ${filters.to ?? '…'}`);
  if (filters.q) parts.push(`zoekterm: “${filters.q}”`);
  if (filters.communityId) parts.push('één CoP');
  return parts.length > 0 ? parts.join(' · ') : 'geen filters';
}

export function lessonsMarkdown(rows: LessonRow[], filters: LessonFilters, now: Date): string {
  const lines: string[] = [
    '# Geleerde lessen',
    '',
    `${rows.length} ${rows.length === 1 ? 'les' : 'lessen'} · ${markdownText(describeFilters(filters))} · geëxporteerd op ${longDay(now)}`,
    '',
    'Geordend naar de werkzame elementen van het reflectiekader "Met Andere Ogen". Een les bij meer elementen staat onder elk daarvan.',
  ];
  for (const group of groupByElement(rows)) {
    lines.push('', `## ${group.title}`, '');
    for (const row of group.rows) {
      lines.push(`- ${markdownText(row.text)}`);
      const meta = [
        `CoP: ${markdownText(row.community_name)}`,
        row.session_title ? `sessie: ${markdownText(row.session_title)} (${longDay(row.session_date)})` : `datum: ${longDay(row.session_date)}`,
        row.method_name ? `methode: ${markdownText(row.method_name)}` : null,
        row.indicator_ids.length ? `indicatoren: ${row.indicator_ids.map(indicatorLabel).join(', ')}` : null,
        row.themes.length ? `thema’s: ${markdownText(row.themes.join(', '))}` : null,
        row.visibility === 'platform' ? 'gedeeld met het hele platform' : null,
      ].filter(Boolean);
      lines.push(`  _${meta.join(' · ')}_`);
    }
  }
  if (rows.length === 0) lines.push('', '_Geen lessen gevonden met deze filters._');
  return `${lines.join('\n')}\n`;
}

/* ---------------------------------------------------------------- PDF */

export interface HarvestReportSession {
  title: string;
  communityName: string;
  startsAt: Date;
  methodName: string;
  facilitatorName: string | null;
}

/** The harvest report of one session as a PDF (pdfkit, standard Helvetica: no font files needed). */
export async function harvestPdf(session: HarvestReportSession, rows: LessonRow[], options: { compress?: boolean; now: Date }): Promise<Buffer> {
  const doc = await createPdfDocument({
    size: 'A4',
    margin: 56,
    compress: options.compress ?? true,
    info: { Title: `Oogst: ${session.title}`, Subject: 'Geleerde lessen uit een intervisiesessie', Creator: 'Intervisieplatform Met Andere Ogen', Producer: 'pdfkit' },
    lang: 'nl-NL',
  });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(20).fillColor('#1b3a4b').text(`Oogst: ${session.title}`);
    doc.moveDown(0.4);
    doc.font('Helvetica').fontSize(11).fillColor('#333333');
    doc.text(`CoP: ${session.communityName}`);
    doc.text(`Datum: ${DateTime.fromJSDate(session.startsAt, { zone: ZONE }).setLocale('nl').toFormat("cccc d MMMM yyyy 'om' HH:mm")}`);
    doc.text(`Methode: ${session.methodName}`);
    if (session.facilitatorName) doc.text(`Gespreksleider: ${session.facilitatorName}`);
    const published = rows.filter((row) => row.status === 'published').length;
    doc.text(`Lessen: ${rows.length} (${published} gepubliceerd${rows.length > published ? `, ${rows.length - published} in concept` : ''})`);
    doc.moveDown(1);

    if (rows.length === 0) {
      doc.font('Helvetica-Oblique').text('Deze sessie heeft (nog) geen geoogste lessen.');
    }
    for (const group of groupByElement(rows)) {
      doc.font('Helvetica-Bold').fontSize(14).fillColor('#1b3a4b').text(group.title);
      doc.moveDown(0.3);
      for (const row of group.rows) {
        doc.font('Helvetica').fontSize(11).fillColor('#111111').text(`• ${row.text}${row.status === 'draft' ? ' (concept)' : ''}`, { indent: 0, paragraphGap: 2 });
        const meta = [
          row.indicator_ids.length ? `Indicatoren: ${row.indicator_ids.map(indicatorLabel).join(', ')}` : null,
          row.themes.length ? `Thema’s: ${row.themes.join(', ')}` : null,
          row.author_display ? `Opgeschreven door ${row.author_display}` : null,
        ].filter(Boolean);
        if (meta.length) doc.font('Helvetica-Oblique').fontSize(9).fillColor('#555555').text(meta.join(' · '), { indent: 10 });
        doc.moveDown(0.5);
      }
      doc.moveDown(0.5);
    }
    doc.font('Helvetica').fontSize(8).fillColor('#777777').text(`Gemaakt op ${longDay(options.now)} met het intervisieplatform Met Andere Ogen. Bevat geen casusgegevens.`, { align: 'left' });
    doc.end();
  });
}

export const exportFileName = (format: 'md' | 'csv', now: Date) => `geleerde-lessen-${day(now)}.${format}`;
