/** A text in Dutch (shown first) and English. */
export interface LocalizedText {
  readonly nl: string;
  readonly en: string;
}

/**
 * Roles in an intervisie (see README glossary). Facilitator and presenter are held by one
 * person each; timekeeper and notetaker are optional extra hats worn by participants.
 */
export const ROLES = ['presenter', 'facilitator', 'participant', 'timekeeper', 'notetaker'] as const;
export type Role = (typeof ROLES)[number];

/** Every method has these three; the others are optional. */
export const REQUIRED_ROLES: readonly Role[] = ['presenter', 'facilitator', 'participant'];

export const ROLE_LABELS: Record<Role, LocalizedText> = {
  presenter: { nl: 'Inbrenger', en: 'Presenter' },
  facilitator: { nl: 'Gespreksleider', en: 'Facilitator' },
  participant: { nl: 'Deelnemer', en: 'Participant' },
  timekeeper: { nl: 'Tijdbewaker', en: 'Timekeeper' },
  notetaker: { nl: 'Notulist', en: 'Note-taker' },
};

/** What the inbrenger does during a step. */
export const PRESENTER_MODES = ['speaks', 'answers', 'listens', 'away'] as const;
export type PresenterMode = (typeof PRESENTER_MODES)[number];

/** The shape of the shared board a step works on; the web renders one component per shape. */
export const BOARD_SHAPES = ['none', 'notes', 'cards', 'triage', 'perspectives', 'twoColumns', 'harvest', 'poll'] as const;
export type BoardShape = (typeof BOARD_SHAPES)[number];

export interface StepInstructions {
  readonly facilitator: LocalizedText;
  readonly presenter: LocalizedText;
  readonly participants: LocalizedText;
}

export interface MethodStep {
  /** Stable within the method: boards, ready marks and audit rows refer to it. */
  readonly id: string;
  readonly kind: StepKind;
  readonly title: LocalizedText;
  readonly instructions: StepInstructions;
  readonly timeboxMinutes: number;
  /** Roles that may write on this step's board. */
  readonly writers: readonly Role[];
  readonly presenterMode: PresenterMode;
  /** Contributions stay private drafts until the facilitator reveals them. */
  readonly privateDrafts: boolean;
  /** Always the board shape of the step's kind. */
  readonly board: BoardShape;
  /**
   * Where the step takes its input from (work that carries forward): the id of an earlier step
   * whose cards it shows (silent questions on the question-round board, advice cards in the
   * inbrenger's response), or a field of the casus (`case.keyQuestion`). Null or absent: nothing.
   * Optional because sessions keep frozen copies of methods made before it existed.
   */
  readonly takesFrom?: string | null;
  /** The facilitator and the inbrenger record agreements (afspraken) in this step. Absent: false. */
  readonly agreements?: boolean;
}

export interface Method {
  readonly id: string;
  readonly version: number;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly whenToUse: LocalizedText;
  readonly roles: readonly Role[];
  readonly minGroupSize: number;
  readonly maxGroupSize: number;
  readonly steps: readonly MethodStep[];
}

// Declared here, defined in step-kinds.ts, so that types.ts has no runtime imports.
export const STEP_KIND_IDS = [
  'check-in',
  'case-selection',
  'role-assignment',
  'case-presentation',
  'silent-writing',
  'question-round',
  'question-triage',
  'key-question',
  'perspective-analysis',
  'group-analysis',
  'gossip-round',
  'two-column-inventory',
  'advice-round',
  'presenter-response',
  'harvest',
  'evaluation',
  'rotation',
] as const;
export type StepKind = (typeof STEP_KIND_IDS)[number];
