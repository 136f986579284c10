import type { Answer, AskContext } from '../types.ts';
import { newAnswerId } from './answer-id.ts';
import { gapKey, gapTerms } from './gap-key.ts';
import type { ModerationLog } from './moderation-log.ts';

/**
 * What the loop keeps of each answer as it leaves `bot.ask`. A declined question ("my sources
 * don't cover that") becomes a gap record, without the asker unless GAPS_STORE_USER=true; a
 * question asked again only to share its answer (`context.repeated`) is not counted twice. An
 * answered question gets an id (`Answer.id`) and a record of the question, the quoted text and
 * the cited ids, so a feedback button naming the id can later open a review item with them.
 * Help, limits and other replies are not recorded.
 */
export function createAnswerRecorder(options: { log: ModerationLog; now: () => Date; storeUser: boolean }) {
  const { log, now, storeUser } = options;
  return (answer: Answer, context: AskContext): Answer => {
    if (answer.kind === 'not-covered') {
      if (context.repeated) return answer;
      const question = answer.question.trim();
      log.addGap({
        community: context.community,
        question,
        missing: answer.missing,
        groupKey: gapKey(gapTerms(question, answer.missing)),
        askedBy: storeUser ? (context.user ?? null) : null,
        at: now().toISOString(),
      });
      return answer;
    }
    if (answer.kind !== 'answered') return answer;
    const at = now();
    const id = newAnswerId(context.community, at);
    if (id === undefined) return answer;
    log.addAnswer({
      id,
      community: context.community,
      question: answer.question.trim(),
      answer: answer.answer,
      cited: answer.citations.map((citation) => citation.id),
      at: at.toISOString(),
    });
    return { ...answer, id };
  };
}
