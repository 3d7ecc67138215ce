import type { OutgoingMail } from '../mail/mail.service.js';
import { layout } from '../mail/templates.js';

const WHAT_NL: Record<string, string> = { question: 'je vraag', answer: 'je antwoord', reflection: 'je reflectie', lesson: 'een les die je schreef' };
const WHAT_EN: Record<string, string> = { question: 'your question', answer: 'your answer', reflection: 'your reflection', lesson: 'a lesson you wrote' };

/** The author is told that their contribution was hidden, and why (the reason the administrator gave). */
export function contentHiddenMail(input: { to: string; name: string; contentType: string; reason: string; link: string }): OutgoingMail {
  const body = layout(
    [`Hallo ${input.name},`, `Een beheerder van Met Andere Ogen heeft ${WHAT_NL[input.contentType] ?? 'een bijdrage van je'} verborgen na een melding.`, `Reden: ${input.reason}`, 'Heb je vragen, antwoord dan op deze mail of neem contact op met het programmabureau.'],
    [`Hello ${input.name},`, `An administrator of Met Andere Ogen has hidden ${WHAT_EN[input.contentType] ?? 'a contribution of yours'} after a report.`, `Reason: ${input.reason}`],
    { href: input.link, labelNl: 'Bekijk waar het stond', labelEn: 'See where it was' },
  );
  return { to: input.to, subject: 'Je bijdrage is verborgen', kind: 'content-hidden', ...body };
}

export function accountDeactivatedMail(input: { to: string; name: string }): OutgoingMail {
  const body = layout(
    [`Hallo ${input.name},`, 'Een beheerder heeft je account bij Met Andere Ogen gedeactiveerd. Je kunt niet meer inloggen. Neem contact op met het programmabureau als je denkt dat dit niet klopt.'],
    [`Hello ${input.name},`, 'An administrator has deactivated your Met Andere Ogen account. You can no longer log in. Contact the programme bureau if you think this is a mistake.'],
  );
  return { to: input.to, subject: 'Je account is gedeactiveerd', kind: 'account-deactivated', ...body };
}
