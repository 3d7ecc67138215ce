import type { OutgoingMail } from '../mail/mail.service.js';
import { layout } from '../mail/templates.js';

/**
 * Mails of this feature, Dutch first, English below (the layout of mail/templates.ts). Neither
 * carries casus text: an agreement is what the group wrote down (privacy-guarded when it was
 * made), a summary names only agreements, advice cards the inbrenger marked and counts.
 */

const LEVEL_NL = { uitvoering: 'uitvoering', beleid: 'beleid', bestuur: 'bestuur' } as const;
const LEVEL_EN = { uitvoering: 'practice', beleid: 'policy', bestuur: 'governance' } as const;
export type MailLevel = keyof typeof LEVEL_NL;

export interface AgreementReminderInput {
  to: string;
  name: string;
  communityName: string;
  sessionTitle: string;
  what: string;
  /** The owner as written: a member's name or a role/organisation. */
  ownerLabel: string;
  /** The person reminded is the owner (else: the facilitator, for an agreement of a role or organisation). */
  forOwner: boolean;
  dueNl: string;
  dueEn: string;
  level: MailLevel;
  link: string;
}

export function agreementReminderMail(input: AgreementReminderInput): OutgoingMail {
  const body = layout(
    [
      `Hallo ${input.name},`,
      input.forOwner
        ? `Herinnering: in de CoP "${input.communityName}" heb je tijdens "${input.sessionTitle}" een afspraak gemaakt die ${input.dueNl} klaar moet zijn:`
        : `Herinnering: in de CoP "${input.communityName}" is tijdens "${input.sessionTitle}" een afspraak gemaakt voor ${input.ownerLabel}, die ${input.dueNl} klaar moet zijn:`,
      `“${input.what}” (niveau: ${LEVEL_NL[input.level]})`,
      'Zet de status op de pagina Afspraken van de CoP op bezig, gedaan of losgelaten; dan komt hij goed terug bij de terugblik van de volgende bijeenkomst.',
    ],
    [
      `Hello ${input.name},`,
      input.forOwner
        ? `Reminder: in the CoP "${input.communityName}" you made an agreement during "${input.sessionTitle}" that is due ${input.dueEn}:`
        : `Reminder: in the CoP "${input.communityName}" an agreement was made during "${input.sessionTitle}" for ${input.ownerLabel}, due ${input.dueEn}:`,
      `“${input.what}” (level: ${LEVEL_EN[input.level]})`,
      "Set its status on the CoP's Agreements page to in progress, done or let go, so it comes back right in the next session's look-back.",
    ],
    { href: input.link, labelNl: 'Naar de afspraken', labelEn: 'Go to the agreements' },
  );
  return { to: input.to, subject: `Herinnering afspraak: ${input.dueNl} klaar`, kind: 'agreement-reminder', ...body };
}

export interface SummaryMailInput {
  to: string;
  name: string;
  communityName: string;
  sessionTitle: string;
  whenNl: string;
  whenEn: string;
  agreements: Array<{ what: string; ownerLabel: string; dueNl: string | null; dueEn: string | null; level: MailLevel }>;
  /** The advice the inbrenger marked as speaking to them (card texts). */
  markedAdvice: string[];
  lessonsInReview: number;
  /** Texts left out because the privacy guard found something in them (they stay readable on the platform). */
  leftOut: number;
  link: string;
}

export function sessionSummaryMail(input: SummaryMailInput): OutgoingMail {
  const agreementsNl = input.agreements.length
    ? input.agreements.map((a) => `• ${a.what} — ${a.ownerLabel}${a.dueNl ? `, uiterlijk ${a.dueNl}` : ''} (${LEVEL_NL[a.level]})`).join('\n')
    : 'Er zijn geen afspraken vastgelegd.';
  const agreementsEn = input.agreements.length
    ? input.agreements.map((a) => `• ${a.what} — ${a.ownerLabel}${a.dueEn ? `, by ${a.dueEn}` : ''} (${LEVEL_EN[a.level]})`).join('\n')
    : 'No agreements were recorded.';
  const adviceNl = input.markedAdvice.length ? input.markedAdvice.map((text) => `• ${text}`).join('\n') : 'De inbrenger heeft geen adviezen gemarkeerd.';
  const adviceEn = input.markedAdvice.length ? input.markedAdvice.map((text) => `• ${text}`).join('\n') : 'The presenter marked no advice.';
  const lessonsNl = input.lessonsInReview === 1 ? 'Eén geleerde les wacht op de beoordeling door de gespreksleider.' : `${input.lessonsInReview} geleerde lessen wachten op de beoordeling door de gespreksleider.`;
  const lessonsEn = input.lessonsInReview === 1 ? 'One lesson is waiting for the facilitator’s review.' : `${input.lessonsInReview} lessons are waiting for the facilitator’s review.`;
  const body = layout(
    [
      `Hallo ${input.name},`,
      `Dit is de samenvatting van "${input.sessionTitle}" in de CoP "${input.communityName}" (${input.whenNl}). De casus zelf staat er niet in; die lees je alleen in de samenvatting op het platform, tot de bewaartermijn voorbij is.`,
      `Afspraken:\n${agreementsNl}`,
      `Adviezen die de inbrenger aanspraken:\n${adviceNl}`,
      lessonsNl,
      ...(input.leftOut > 0
        ? [`${input.leftOut === 1 ? 'Eén tekst staat' : `${input.leftOut} teksten staan`} niet in deze mail, omdat er mogelijk herkenbare gegevens in staan. Lees ${input.leftOut === 1 ? 'hem' : 'ze'} in de samenvatting op het platform.`]
        : []),
    ],
    [
      `Hello ${input.name},`,
      `This is the summary of "${input.sessionTitle}" in the CoP "${input.communityName}" (${input.whenEn}). The case itself is not in it; you read it only in the summary on the platform, until the retention period has passed.`,
      `Agreements:\n${agreementsEn}`,
      `Advice that spoke to the presenter:\n${adviceEn}`,
      lessonsEn,
      ...(input.leftOut > 0 ? [`${input.leftOut === 1 ? 'One text is' : `${input.leftOut} texts are`} left out of this mail because ${input.leftOut === 1 ? 'it' : 'they'} may contain identifying details. Read the summary on the platform.`] : []),
    ],
    { href: input.link, labelNl: 'Naar de samenvatting', labelEn: 'Go to the summary' },
  );
  return { to: input.to, subject: `Samenvatting: ${input.sessionTitle}`, kind: 'session-summary', ...body };
}
