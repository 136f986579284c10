import type { Answer, AnswerKind, Citation } from '../types.ts';

/** Every reply that quotes nothing (help, limit, abstention) has this one shape. */
export function unanswered(
  question: string,
  kind: Exclude<AnswerKind, 'answered'>,
  message: string,
  missing: string[] = [],
  closest: Citation[] = [],
): Answer {
  return {
    question,
    kind,
    answered: false,
    sentences: [],
    answer: '',
    citations: [],
    closest,
    message,
    missing,
  };
}
