import type { OutgoingMail } from '../mail/mail.service.js';
import { layout } from '../mail/templates.js';

/** Mails of Vraag en advies. Question text is never put in a mail: only the title and a link (the title passed the privacy guard). */

export function answerInvitationMail(input: { to: string; name: string; questionTitle: string; makelaarName: string; note?: string | undefined; link: string; viaCommunity?: string | undefined }): OutgoingMail {
  const via = input.viaCommunity ? ` als lid van de CoP "${input.viaCommunity}"` : '';
  const viaEn = input.viaCommunity ? ` as a member of the CoP "${input.viaCommunity}"` : '';
  const body = layout(
    [
      `Hallo ${input.name},`,
      `${input.makelaarName} van het programmabureau vraagt je${via} om advies op de vraag "${input.questionTitle}" in Vraag en advies.`,
      ...(input.note ? [`Toelichting: ${input.note}`] : []),
    ],
    [`Hello ${input.name},`, `${input.makelaarName} of the programme bureau asks you${viaEn} for advice on the question "${input.questionTitle}" in Vraag en advies.`, ...(input.note ? [`Note: ${input.note}`] : [])],
    { href: input.link, labelNl: 'Vraag bekijken', labelEn: 'View the question' },
  );
  return { to: input.to, subject: `Verzoek om advies: "${input.questionTitle}"`, kind: 'advice-invitation', ...body };
}

export function joinApprovedMail(input: { to: string; name: string; link: string; setPasswordLink?: string | undefined }): OutgoingMail {
  const body = layout(
    [
      `Hallo ${input.name},`,
      'Het programmabureau heeft je aanvraag voor Vraag en advies goedgekeurd. Je kunt nu vragen stellen en anderen advies geven.',
      ...(input.setPasswordLink ? [`Er is een account voor je aangemaakt. Kies eerst een wachtwoord (de link is 7 dagen geldig): ${input.setPasswordLink}`] : []),
    ],
    [
      `Hello ${input.name},`,
      'The programme bureau approved your request to join Vraag en advies. You can now ask questions and advise others.',
      ...(input.setPasswordLink ? [`An account was created for you. First choose a password (the link is valid for 7 days): ${input.setPasswordLink}`] : []),
    ],
    { href: input.setPasswordLink ?? input.link, labelNl: input.setPasswordLink ? 'Wachtwoord kiezen' : 'Naar Vraag en advies', labelEn: input.setPasswordLink ? 'Choose a password' : 'Go to Vraag en advies' },
  );
  return { to: input.to, subject: 'Je doet mee met Vraag en advies', kind: 'advice-join-approved', ...body };
}

export function joinRejectedMail(input: { to: string; name: string; reason?: string | undefined }): OutgoingMail {
  const body = layout(
    [`Hallo ${input.name},`, 'Het programmabureau heeft je aanvraag voor Vraag en advies niet goedgekeurd.', ...(input.reason ? [`Reden: ${input.reason}`] : [])],
    [`Hello ${input.name},`, 'The programme bureau did not approve your request to join Vraag en advies.', ...(input.reason ? [`Reason: ${input.reason}`] : [])],
  );
  return { to: input.to, subject: 'Je aanvraag voor Vraag en advies', kind: 'advice-join-rejected', ...body };
}
