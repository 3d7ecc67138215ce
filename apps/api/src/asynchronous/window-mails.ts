import type { LocalizedText } from '@mao/intervisie-method';
import type { OutgoingMail } from '../mail/mail.service.js';
import { layout } from '../mail/templates.js';

export interface WindowMailInput {
  to: string;
  name: string;
  sessionTitle: string;
  communityName: string;
  stepTitle: LocalizedText;
  /** "ma 8 mrt 17:00" / "Mon 8 Mar 17:00", Dutch time. */
  closes: LocalizedText;
  /** What this person does in the step (the instruction for their role). */
  instruction: LocalizedText;
  /** Whether this person writes in this step (else they read along). */
  writes: boolean;
  /** The live room, where the step's board is. */
  link: string;
}

/** A step of an asynchronous or mixed session opened: which, until when, what you do. Never board or casus text. */
export function stepOpenedMail(input: WindowMailInput): OutgoingMail {
  const body = layout(
    [
      `Hallo ${input.name},`,
      `In de intervisie "${input.sessionTitle}" (CoP "${input.communityName}") staat nu de stap "${input.stepTitle.nl}" open, tot ${input.closes.nl} (Nederlandse tijd).`,
      `Wat jij nu doet: ${input.instruction.nl}`,
      input.writes
        ? 'Je schrijft op het bord van de stap, wanneer het jou uitkomt. Als de stap sluit, kan er niets meer bij en gaat de sessie verder met de volgende stap.'
        : 'In deze stap lees je mee; schrijven doen anderen. Als de stap sluit, gaat de sessie verder met de volgende stap.',
    ],
    [
      `Hello ${input.name},`,
      `In the intervision "${input.sessionTitle}" (CoP "${input.communityName}") the step "${input.stepTitle.en}" is now open, until ${input.closes.en} (Dutch time).`,
      `What you do now: ${input.instruction.en}`,
      input.writes
        ? 'You write on the step’s board whenever it suits you. When the step closes nothing more can be added and the session moves on to the next step.'
        : 'In this step you read along; others write. When the step closes the session moves on to the next step.',
    ],
    { href: input.link, labelNl: 'Naar de stap', labelEn: 'Go to the step' },
  );
  return { to: input.to, subject: `Stap open tot ${input.closes.nl}: ${input.stepTitle.nl} — ${input.sessionTitle}`, kind: 'step-opened', ...body };
}

/** Before a window closes, to those who have not contributed yet. */
export function stepReminderMail(input: WindowMailInput): OutgoingMail {
  const body = layout(
    [
      `Hallo ${input.name},`,
      `De stap "${input.stepTitle.nl}" van de intervisie "${input.sessionTitle}" sluit ${input.closes.nl} (Nederlandse tijd). We zien nog geen bijdrage van jou.`,
      `Wat je nog kunt doen: ${input.instruction.nl}`,
      'Heb je al bijgedragen op een manier die het bord niet ziet (bijvoorbeeld in de gezamenlijke notities)? Klik dan in de stap op "Ik heb bijgedragen".',
    ],
    [
      `Hello ${input.name},`,
      `The step "${input.stepTitle.en}" of the intervision "${input.sessionTitle}" closes ${input.closes.en} (Dutch time). We see no contribution from you yet.`,
      `What you can still do: ${input.instruction.en}`,
      'Already contributed in a way the board does not see (for example in the shared notes)? Then click "I have contributed" in the step.',
    ],
    { href: input.link, labelNl: 'Naar de stap', labelEn: 'Go to the step' },
  );
  return { to: input.to, subject: `Herinnering: "${input.stepTitle.nl}" sluit ${input.closes.nl} — ${input.sessionTitle}`, kind: 'step-reminder', ...body };
}
