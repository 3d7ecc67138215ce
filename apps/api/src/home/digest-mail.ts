import type { OutgoingMail } from '../mail/mail.service.js';
import { layout } from '../mail/templates.js';
import type { WaitingItems } from './home.service.js';

const ROLE_NL = { facilitator: 'gespreksleider', presenter: 'inbrenger', participant: 'deelnemer' } as const;
const ROLE_EN = { facilitator: 'facilitator', presenter: 'presenter', participant: 'participant' } as const;
const RSVP_NL = { yes: 'je komt', no: 'je komt niet', maybe: 'misschien' } as const;
const RSVP_EN = { yes: 'you are coming', no: 'you are not coming', maybe: 'maybe' } as const;

/**
 * The weekly digest: what the home page shows, as a list, Dutch first and English below. It
 * names session and proposal titles (which passed the privacy guard when they were written) and
 * counts lessons; it never carries casus text or lesson text. Null when nothing is waiting.
 */
export function digestMail(input: { to: string; name: string; items: WaitingItems; homeUrl: string; accountUrl: string }): OutgoingMail | null {
  const { sessions, casusToWrite, harvestToReview, agreementsDue, proposalsToVote, newLessons } = input.items;
  const lessonCount = newLessons.inMyCops + newLessons.onPlatform;
  if (sessions.length + casusToWrite.length + harvestToReview.length + agreementsDue.length + proposalsToVote.length + lessonCount === 0) return null;

  const nl: string[] = [`Hallo ${input.name},`, 'Dit staat er deze week voor je klaar op Met Andere Ogen.'];
  const en: string[] = [`Hello ${input.name},`, 'This is what is waiting for you on Met Andere Ogen this week.'];
  if (sessions.length > 0) {
    nl.push(`Je volgende sessies:\n${sessions.map((s) => `- ${s.title} (${s.communityName}), ${s.localDate} ${s.startClock}${s.role ? `, ${ROLE_NL[s.role]}` : ''}${s.rsvp ? `, ${RSVP_NL[s.rsvp]}` : ', nog niet geantwoord'}`).join('\n')}`);
    en.push(`Your next sessions:\n${sessions.map((s) => `- ${s.title} (${s.communityName}), ${s.localDate} ${s.startClock}${s.role ? `, ${ROLE_EN[s.role]}` : ''}${s.rsvp ? `, ${RSVP_EN[s.rsvp]}` : ', not answered yet'}`).join('\n')}`);
  }
  if (casusToWrite.length > 0) {
    nl.push(`Casus om te schrijven (jij bent de inbrenger):\n${casusToWrite.map((s) => `- ${s.title}, ${s.localDate}`).join('\n')}`);
    en.push(`Case to write (you are the presenter):\n${casusToWrite.map((s) => `- ${s.title}, ${s.localDate}`).join('\n')}`);
  }
  if (harvestToReview.length > 0) {
    nl.push(`Oogst om te beoordelen:\n${harvestToReview.map((h) => `- ${h.title}: ${h.draftCount} ${h.draftCount === 1 ? 'conceptles' : 'conceptlessen'}`).join('\n')}`);
    en.push(`Harvest to review:\n${harvestToReview.map((h) => `- ${h.title}: ${h.draftCount} draft ${h.draftCount === 1 ? 'lesson' : 'lessons'}`).join('\n')}`);
  }
  if (agreementsDue.length > 0) {
    nl.push(`Jouw afspraken die eraan komen:\n${agreementsDue.map((a) => `- ${a.what} (${a.communityName}), uiterlijk ${a.dueDate}${a.overdue ? ', verlopen' : ''}`).join('\n')}`);
    en.push(`Your agreements coming up:\n${agreementsDue.map((a) => `- ${a.what} (${a.communityName}), by ${a.dueDate}${a.overdue ? ', overdue' : ''}`).join('\n')}`);
  }
  if (proposalsToVote.length > 0) {
    nl.push(`Agendavoorstellen om te steunen:\n${proposalsToVote.map((p) => `- ${p.title} (${p.communityName})`).join('\n')}`);
    en.push(`Agenda proposals to support:\n${proposalsToVote.map((p) => `- ${p.title} (${p.communityName})`).join('\n')}`);
  }
  if (lessonCount > 0) {
    nl.push(`Nieuwe geleerde lessen deze week: ${newLessons.inMyCops} in je CoP’s, ${newLessons.onPlatform} op het platform.`);
    en.push(`New lessons this week: ${newLessons.inMyCops} in your CoPs, ${newLessons.onPlatform} on the platform.`);
  }
  nl.push(`Deze wekelijkse mail zet je uit op je accountpagina: ${input.accountUrl}`);
  en.push(`Turn this weekly mail off on your account page: ${input.accountUrl}`);
  const body = layout(nl, en, { href: input.homeUrl, labelNl: 'Naar je startpagina', labelEn: 'Go to your home page' });
  return { to: input.to, subject: 'Wat staat er voor je klaar deze week', kind: 'weekly-digest', ...body };
}
