import { DateTime } from 'luxon';
import type { SessionMode } from '@mao/domain';
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

/** A paragraph's own line breaks (a list of windows) stay line breaks in HTML. */
const htmlParagraph = (p: string) => `<p>${escapeHtml(p).replace(/\n/g, '<br>\n')}</p>`;

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
${paragraphsNl.map(htmlParagraph).join('\n')}
${button(action?.labelNl ?? '')}
<hr><div lang="en">
${paragraphsEn.map(htmlParagraph).join('\n')}
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
  /**
   * Live and mixed: the meeting, "dinsdag 1 december 2026, 15:00–17:15" / "Tuesday 1 December 2026, 15:00–17:15";
   * async: the period, "maandag 8 maart 2027, 09:00 – woensdag 17 maart 2027, 09:00" (Dutch time).
   */
  whenNl: string;
  whenEn: string;
  link: string;
  videoUrl: string | null;
  /** Absent: live. */
  mode?: SessionMode;
  /** The written steps in step order: "ma 8 mrt 09:00 – wo 10 mrt 09:00: Vragen in stilte" (Dutch time). */
  windows?: SessionMailWindow[];
}

export interface SessionMailWindow {
  nl: string;
  en: string;
  /** Async: every step; mixed: before or after the meeting. */
  placement: 'async' | 'before' | 'after';
}

/**
 * When the session is, as paragraphs: live one line; async the period and every window; mixed the
 * meeting and the written steps before and after it.
 */
function scheduleParagraphs(input: SessionMailInput): { nl: string[]; en: string[] } {
  const windows = input.windows ?? [];
  const list = (placement: SessionMailWindow['placement'], locale: 'nl' | 'en') =>
    windows.filter((window) => window.placement === placement).map((window) => `• ${window[locale]}`).join('\n');
  if (input.mode === 'async') {
    return {
      nl: [
        `Wanneer: ${input.whenNl} (Nederlandse tijd), schriftelijk: elke stap staat een periode open en je schrijft wanneer het jou uitkomt. Methode: ${input.methodNameNl}.`,
        `De stappen:\n${list('async', 'nl')}`,
      ],
      en: [
        `When: ${input.whenEn} (Dutch time), in writing: each step is open for a period and you write when it suits you. Method: ${input.methodNameEn}.`,
        `The steps:\n${list('async', 'en')}`,
      ],
    };
  }
  if (input.mode === 'mixed') {
    const before = list('before', 'nl');
    const after = list('after', 'nl');
    return {
      nl: [
        `Wanneer: live bijeenkomst ${input.whenNl} (Nederlandse tijd). Methode: ${input.methodNameNl}.`,
        ...(before ? [`Vooraf schriftelijk:\n${before}`] : []),
        ...(after ? [`Achteraf schriftelijk:\n${after}`] : []),
      ],
      en: [
        `When: live meeting ${input.whenEn} (Dutch time). Method: ${input.methodNameEn}.`,
        ...(before ? [`Before, in writing:\n${list('before', 'en')}`] : []),
        ...(after ? [`Afterwards, in writing:\n${list('after', 'en')}`] : []),
      ],
    };
  }
  return { nl: [`Wanneer: ${input.whenNl} (Nederlandse tijd). Methode: ${input.methodNameNl}.`], en: [`When: ${input.whenEn} (Dutch time). Method: ${input.methodNameEn}.`] };
}

/** Where each window becomes its own calendar item: the mailed invitation holds one event only. */
function windowEventsHint(input: SessionMailInput): { nl: string[]; en: string[] } {
  if (!input.windows?.length) return { nl: [], en: [] };
  return {
    nl: ['Wil je elke schrijfperiode als eigen afspraak in je agenda (op ‘vrij’, zodat ze je agenda niet blokkeren)? Kies ‘Toevoegen aan agenda’ op de sessiepagina, of maak een persoonlijke agenda-link op de pagina ‘Mijn account’.'],
    en: ['Want each writing period as its own item in your calendar (shown as free, so it does not block your calendar)? Choose ‘Add to calendar’ on the session page, or create a personal calendar link on the ‘My account’ page.'],
  };
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
  const schedule = scheduleParagraphs(input);
  const hint = windowEventsHint(input);
  const body = layout(
    [
      `Hallo ${input.name},`,
      input.updated
        ? `De intervisiesessie "${input.sessionTitle}" in de CoP "${input.communityName}" is gewijzigd. Dit is de nieuwe planning.`
        : `Er is een intervisiesessie gepland in de CoP "${input.communityName}": "${input.sessionTitle}".`,
      ...schedule.nl,
      ...role.nl,
      ...(input.videoUrl && input.mode !== 'async' ? [`Videoverbinding: ${input.videoUrl}`] : []),
      'Laat op de sessiepagina weten of je komt. De uitnodiging in de bijlage zet de sessie in je agenda.',
      ...hint.nl,
    ],
    [
      `Hello ${input.name},`,
      input.updated
        ? `The intervision session "${input.sessionTitle}" in the CoP "${input.communityName}" has changed. This is the new plan.`
        : `An intervision session has been scheduled in the CoP "${input.communityName}": "${input.sessionTitle}".`,
      ...schedule.en,
      ...role.en,
      ...(input.videoUrl && input.mode !== 'async' ? [`Video link: ${input.videoUrl}`] : []),
      'Let us know on the session page whether you will come. The attached invitation adds the session to your calendar.',
      ...hint.en,
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
      input.mode === 'async'
        ? `De schriftelijke intervisiesessie "${input.sessionTitle}" in de CoP "${input.communityName}" (${input.whenNl}) gaat niet door.`
        : `De intervisiesessie "${input.sessionTitle}" in de CoP "${input.communityName}" op ${input.whenNl} gaat niet door.`,
      input.windows?.length
        ? 'De bijlage haalt de sessie uit je agenda; in je persoonlijke agenda-link staan ook de schrijfperiodes als geannuleerd. Had je de periodes met ‘Toevoegen aan agenda’ los in je agenda gezet, haal ze daar dan zelf weg.'
        : 'De bijlage haalt de sessie uit je agenda.',
    ],
    [
      `Hello ${input.name},`,
      input.mode === 'async'
        ? `The written intervision session "${input.sessionTitle}" in the CoP "${input.communityName}" (${input.whenEn}) has been cancelled.`
        : `The intervision session "${input.sessionTitle}" in the CoP "${input.communityName}" on ${input.whenEn} has been cancelled.`,
      input.windows?.length
        ? 'The attachment removes the session from your calendar; your personal calendar link shows the writing periods as cancelled too. If you added the periods with ‘Add to calendar’, remove them there yourself.'
        : 'The attachment removes the session from your calendar.',
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
  const schedule = scheduleParagraphs(input);
  // The reminders are planned before the session's start: an async session's first opening, a mixed one's meeting.
  const lead =
    input.mode === 'async'
      ? {
          nl: `Herinnering: ${soonNl} gaat de eerste stap open van de schriftelijke intervisiesessie "${input.sessionTitle}" in de CoP "${input.communityName}".`,
          en: `Reminder: the first step of the written intervision session "${input.sessionTitle}" in the CoP "${input.communityName}" opens ${soonEn}.`,
        }
      : input.mode === 'mixed'
        ? {
            nl: `Herinnering: ${soonNl} is de live bijeenkomst van de intervisiesessie "${input.sessionTitle}" in de CoP "${input.communityName}".`,
            en: `Reminder: the live meeting of the intervision session "${input.sessionTitle}" in the CoP "${input.communityName}" is ${soonEn}.`,
          }
        : null;
  const body = layout(
    [
      `Hallo ${input.name},`,
      ...(lead
        ? [lead.nl, ...schedule.nl]
        : [`Herinnering: ${soonNl} is de intervisiesessie "${input.sessionTitle}" in de CoP "${input.communityName}", ${input.whenNl} (Nederlandse tijd).`]),
      ...(roleNl ? [roleNl] : []),
      ...(input.videoUrl && input.mode !== 'async' ? [`Videoverbinding: ${input.videoUrl}`] : []),
    ],
    [
      `Hello ${input.name},`,
      ...(lead ? [lead.en, ...schedule.en] : [`Reminder: the intervision session "${input.sessionTitle}" in the CoP "${input.communityName}" is ${soonEn}, ${input.whenEn} (Dutch time).`]),
      ...(roleEn ? [roleEn] : []),
    ],
    { href: input.link, labelNl: 'Naar de sessie', labelEn: 'Go to the session' },
  );
  return { to: input.to, subject: `Herinnering: ${input.sessionTitle} (${input.whenNl})`, kind: `session-reminder-${input.window}`, ...body };
}
