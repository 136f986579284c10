import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from 'discord.js';
import { type Answer, NOTE_MAX_LENGTH } from '../../src/index.ts';

/**
 * The two feedback buttons under an answer and the note form behind "Wrong or outdated quote".
 * Their custom ids carry the answer id, which names the answer's server and time, so a press
 * can be refused (another server, past the retention window) before anything is looked up.
 */

export const CUSTOM_ID_LIMIT = 100;
export const MODAL_TITLE_LIMIT = 45;
export const HELPFUL_LABEL = 'Helpful';
export const WRONG_LABEL = 'Wrong or outdated quote';
export const FEEDBACK = 'fb';
export const NOTE_INPUT = 'note';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

export const feedbackId = (action: 'helpful' | 'wrong' | 'note', answerId: string) =>
  `${FEEDBACK}:${action}:${answerId}`;

/** The row of feedback buttons for an answered question; none when it has no id. */
export function feedbackRows(answer: Answer): ButtonRow[] {
  if (answer.kind !== 'answered' || !answer.id) return [];
  if (feedbackId('helpful', answer.id).length > CUSTOM_ID_LIMIT) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: HELPFUL_LABEL,
          emoji: { name: '👍' },
          custom_id: feedbackId('helpful', answer.id),
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: WRONG_LABEL,
          emoji: { name: '⚠️' },
          custom_id: feedbackId('wrong', answer.id),
        },
      ],
    },
  ];
}

/** The form asking what is wrong; the note is optional. */
export function noteModal(answerId: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: feedbackId('note', answerId),
    title: WRONG_LABEL,
    components: [
      {
        type: ComponentType.TextDisplay,
        content: 'A moderator will look at the quote. Saying what is wrong or outdated helps them fix it.',
      },
      {
        type: ComponentType.Label,
        label: 'What is wrong? (optional)',
        component: {
          type: ComponentType.TextInput,
          custom_id: NOTE_INPUT,
          style: TextInputStyle.Paragraph,
          required: false,
          max_length: NOTE_MAX_LENGTH,
        },
      },
    ],
  };
}
