import { DateTime } from 'luxon';
import type { OutgoingMail } from './mail.service.js';

/** Mails speak Dutch time: every date is shown on the clock of Europe/Amsterdam. */
const MAIL_ZONE = 'Europe/Amsterdam';

/** A calendar day in the language of the half of the mail it stands in: "15 december 2026" / "15 December 2026". */
export function mailDay(date: Date, locale: 'nl' | 'en'): string {
  return DateTime.fromJSDate(date, { zone: MAIL_ZONE }).setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB').toFormat('d LLLL yyyy');
}

/** Mail texts: Dutch first, English below, in plain text and simple accessible HTML. */
const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function layout(paragraphsNl: string[], paragraphsEn: string[], action?: { href: string; labelNl: string; labelEn: string }): { text: string; html: string } {
  const text = [
    ...paragraphsNl,
    ...(action ? [`${action.labelNl}: ${action.href}`] : []),
    '',
    '— English —',
    ...paragraphsEn,
    ...(action ? [`${action.labelEn}: ${action.href}`] : []),
  ].join('\n\n');
  const button = (label: string) =>
    action ? `<p><a href="${escapeHtml(action.href)}" style="display:inline-block;padding:10px 16px;background:#1d4f91;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(label)}</a></p>` : '';
  const html = `<!doctype html><html lang="nl"><body style="font-family:sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
${paragraphsNl.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${button(action?.labelNl ?? '')}
<hr><div lang="en">
${paragraphsEn.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${button(action?.labelEn ?? '')}
</div></body></html>`;
  return { text, html };
}

export function invitationMail(input: { to: string; communityName: string; inviterName: string; role: 'facilitator' | 'member'; link: string; expiresAt: Date }): OutgoingMail {
  const roleNl = input.role === 'facilitator' ? 'gespreksleider' : 'lid';
  const roleEn = input.role === 'facilitator' ? 'facilitator' : 'member';
  const body = layout(
    [
      'Hallo,',
      `${input.inviterName} nodigt je uit als ${roleNl} van de Community of Practice "${input.communityName}" op het intervisieplatform Met Andere Ogen.`,
      `In deze CoP werken professionals uit onderwijs, zorg, jeugdhulp en gemeente, samen met ouders, aan casuïstiek — met elkaars ogen. De uitnodiging is geldig tot ${mailDay(input.expiresAt, 'nl')} en kan één keer gebruikt worden.`,
    ],
    [
      'Hello,',
      `${input.inviterName} invites you as a ${roleEn} of the Community of Practice "${input.communityName}" on the Met Andere Ogen intervisie platform.`,
      `The invitation is valid until ${mailDay(input.expiresAt, 'en')} and can be used once.`,
    ],
    { href: input.link, labelNl: 'Uitnodiging bekijken', labelEn: 'View invitation' },
  );
  return { to: input.to, subject: `Uitnodiging: CoP "${input.communityName}"`, kind: 'invitation', ...body };
}

export function passwordResetMail(input: { to: string; name: string; link: string; validMinutes: number }): OutgoingMail {
  const body = layout(
    [
      `Hallo ${input.name},`,
      `Je hebt gevraagd om een nieuw wachtwoord. Kies het via de link hieronder; die werkt ${input.validMinutes} minuten en één keer.`,
      'Heb je dit niet zelf gevraagd? Dan kun je deze mail negeren; je wachtwoord blijft hetzelfde.',
    ],
    [
      `Hello ${input.name},`,
      `You asked for a new password. Choose it with the link below; it works for ${input.validMinutes} minutes, once.`,
      'Did not ask for this? Ignore this mail; your password stays the same.',
    ],
    { href: input.link, labelNl: 'Nieuw wachtwoord kiezen', labelEn: 'Choose a new password' },
  );
  return { to: input.to, subject: 'Nieuw wachtwoord kiezen', kind: 'password-reset', ...body };
}

/* ------------------------------------------------------------ sessions */

export interface SessionMailInput {
  to: string;
  name: string;
  sessionTitle: string;
  communityName: string;
  methodNameNl: string;
  methodNameEn: string;
  /** e.g. "dinsdag 1 december 2026, 15:00–17:15" and "Tuesday 1 December 2026, 15:00–17:15" (Dutch time). */
  whenNl: string;
  whenEn: string;
  link: string;
  videoUrl: string | null;
}

/** What the recipient does in the session; the inbrenger is also told where to write the casus. */
export type SessionMailRole = { kind: 'facilitator' } | { kind: 'presenter'; caseLink: string } | { kind: 'participant' };

function roleLines(role: SessionMailRole | undefined): { nl: string[]; en: string[] } {
  if (role?.kind === 'presenter') {
    return {
      nl: [
        'Jij bent de inbrenger van deze sessie: jij brengt de casus in waar de groep mee aan de slag gaat.',
        `Schrijf je casus vóór de sessie in de casus-editor: ${role.caseLink} — je kunt hem eerst als concept bewaren (alleen jij ziet dat) en bevestigt hem als hij geanonimiseerd is. Pas dan lezen de deelnemers hem.`,
      ],
      en: [
        'You are the presenter of this session: you bring the case the group will work on.',
        `Write your case before the session in the case editor: ${role.caseLink} — you can save it as a draft first (only you see it) and confirm it once it is anonymised. Only then can the participants read it.`,
      ],
    };
  }
  if (role?.kind === 'facilitator') return { nl: ['Jij bent de gespreksleider van deze sessie.'], en: ['You are the facilitator of this session.'] };
  return { nl: [], en: [] };
}

/** A new or changed session, with the .ics (METHOD:REQUEST) attached by the caller. Never casus text. */
export function sessionInvitationMail(input: SessionMailInput & { updated: boolean; role?: SessionMailRole }): OutgoingMail {
  const role = roleLines(input.role);
  const body = layout(
    [
      `Hallo ${input.name},`,
      input.updated
        ? `De intervisiesessie "${input.sessionTitle}" in de CoP "${input.communityName}" is gewijzigd. Dit is de nieuwe planning.`
        : `Er is een intervisiesessie gepland in de CoP "${input.communityName}": "${input.sessionTitle}".`,
      `Wanneer: ${input.whenNl} (Nederlandse tijd). Methode: ${input.methodNameNl}.`,
      ...role.nl,
      ...(input.videoUrl ? [`Videoverbinding: ${input.videoUrl}`] : []),
      'Laat op de sessiepagina weten of je komt. De uitnodiging in de bijlage zet de sessie in je agenda.',
    ],
    [
      `Hello ${input.name},`,
      input.updated
        ? `The intervision session "${input.sessionTitle}" in the CoP "${input.communityName}" has changed. This is the new plan.`
        : `An intervision session has been scheduled in the CoP "${input.communityName}": "${input.sessionTitle}".`,
      `When: ${input.whenEn} (Dutch time). Method: ${input.methodNameEn}.`,
      ...role.en,
      ...(input.videoUrl ? [`Video link: ${input.videoUrl}`] : []),
      'Let us know on the session page whether you will come. The attached invitation adds the session to your calendar.',
    ],
    { href: input.link, labelNl: 'Naar de sessie', labelEn: 'Go to the session' },
  );
  return {
    to: input.to,
    subject: `${input.updated ? 'Gewijzigd' : 'Uitnodiging'}${input.role?.kind === 'presenter' ? ' (jij bent de inbrenger)' : ''}: ${input.sessionTitle} (${input.whenNl})`,
    kind: input.updated ? 'session-updated' : 'session-invitation',
    ...body,
  };
}

/** To someone who became the inbrenger of a session that is already planned (no calendar change). Never casus text. */
export function presenterAssignedMail(input: SessionMailInput & { caseLink: string }): OutgoingMail {
  const role = roleLines({ kind: 'presenter', caseLink: input.caseLink });
  const body = layout(
    [
      `Hallo ${input.name},`,
      `Je bent inbrenger geworden van de intervisiesessie "${input.sessionTitle}" in de CoP "${input.communityName}", ${input.whenNl} (Nederlandse tijd).`,
      ...role.nl,
    ],
    [
      `Hello ${input.name},`,
      `You have become the presenter of the intervision session "${input.sessionTitle}" in the CoP "${input.communityName}", ${input.whenEn} (Dutch time).`,
      ...role.en,
    ],
    { href: input.caseLink, labelNl: 'Naar de casus-editor', labelEn: 'Go to the case editor' },
  );
  return { to: input.to, subject: `Jij bent de inbrenger: ${input.sessionTitle} (${input.whenNl})`, kind: 'session-presenter', ...body };
}

export function sessionCancelledMail(input: SessionMailInput): OutgoingMail {
  const body = layout(
    [
      `Hallo ${input.name},`,
      `De intervisiesessie "${input.sessionTitle}" in de CoP "${input.communityName}" op ${input.whenNl} gaat niet door.`,
      'De bijlage haalt de sessie uit je agenda.',
    ],
    [
      `Hello ${input.name},`,
      `The intervision session "${input.sessionTitle}" in the CoP "${input.communityName}" on ${input.whenEn} has been cancelled.`,
      'The attachment removes the session from your calendar.',
    ],
    { href: input.link, labelNl: 'Naar de sessie', labelEn: 'Go to the session' },
  );
  return { to: input.to, subject: `Geannuleerd: ${input.sessionTitle} (${input.whenNl})`, kind: 'session-cancelled', ...body };
}

/** Where the inbrenger's casus stands, for their reminder: none yet, a private draft, or confirmed. */
export type PresenterCaseState = { state: 'none' | 'draft' | 'confirmed'; caseLink: string };

function presenterReminder(casus: PresenterCaseState | undefined): { nl: string; en: string } {
  switch (casus?.state) {
    case 'none':
      return {
        nl: `Jij bent de inbrenger, en er staat nog geen casus klaar. Schrijf en bevestig hem in de casus-editor: ${casus.caseLink}`,
        en: `You are the presenter, and no case is ready yet. Write and confirm it in the case editor: ${casus.caseLink}`,
      };
    case 'draft':
      return {
        nl: `Jij bent de inbrenger. Je casus is nog een concept dat alleen jij ziet: bevestig hem in de casus-editor, dan kunnen de deelnemers hem lezen: ${casus.caseLink}`,
        en: `You are the presenter. Your case is still a draft only you can see: confirm it in the case editor so the participants can read it: ${casus.caseLink}`,
      };
    default:
      return { nl: 'Jij bent de inbrenger: kijk nog even of je casus klaarstaat.', en: 'You are the presenter: check that your case is ready.' };
  }
}

export function sessionReminderMail(
  input: SessionMailInput & { window: '24h' | '1h'; role: 'facilitator' | 'presenter' | 'participant'; casus?: PresenterCaseState },
): OutgoingMail {
  const soonNl = input.window === '24h' ? 'morgen' : 'over een uur';
  const soonEn = input.window === '24h' ? 'tomorrow' : 'in one hour';
  const presenter = presenterReminder(input.casus);
  const roleNl = { facilitator: 'Jij bent de gespreksleider.', presenter: presenter.nl, participant: '' }[input.role];
  const roleEn = { facilitator: 'You are the facilitator.', presenter: presenter.en, participant: '' }[input.role];
  const body = layout(
    [
      `Hallo ${input.name},`,
      `Herinnering: ${soonNl} is de intervisiesessie "${input.sessionTitle}" in de CoP "${input.communityName}", ${input.whenNl} (Nederlandse tijd).`,
      ...(roleNl ? [roleNl] : []),
      ...(input.videoUrl ? [`Videoverbinding: ${input.videoUrl}`] : []),
    ],
    [
      `Hello ${input.name},`,
      `Reminder: the intervision session "${input.sessionTitle}" in the CoP "${input.communityName}" is ${soonEn}, ${input.whenEn} (Dutch time).`,
      ...(roleEn ? [roleEn] : []),
    ],
    { href: input.link, labelNl: 'Naar de sessie', labelEn: 'Go to the session' },
  );
  return { to: input.to, subject: `Herinnering: ${input.sessionTitle} (${input.whenNl})`, kind: `session-reminder-${input.window}`, ...body };
}
