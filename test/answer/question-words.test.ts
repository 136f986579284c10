import { describe, expect, it } from 'vitest';
import { checksClaim, unwrapQuestion } from '../../src/answer/question-words.ts';
import { stemWord, tokenize } from '../../src/text/analyzer.ts';

/** What question analysis reads of a chat message: the question inside it. */
describe('unwrapQuestion', () => {
  const sources = new Set(['eu', 'loan', 'weapon', 'kalla', 'sign'].map((w) => stemWord(w)));
  const holds = (stem: string) => sources.has(stem);

  it('drops a tag asking to confirm ("…, right?")', () => {
    expect(unwrapQuestion('Kallas posted about the signing on Tuesday, right?', holds)).toBe(
      'Kallas posted about the signing on Tuesday?',
    );
    expect(unwrapQuestion("They signed it on Tuesday, didn't they?", holds)).toBe(
      'They signed it on Tuesday?',
    );
    // A choice is no tag: "…, yes or no?" keeps its words.
    expect(unwrapQuestion('is it binding, yes or no?', holds)).toBe('is it binding, yes or no?');
    // Set off by a dash as well as by a comma.
    expect(unwrapQuestion('the EU signs these loans — true?', holds)).toBe('the EU signs these loans?');
  });

  it('reads a claim put to check as the claim, without where it was seen or the asking after it', () => {
    expect(
      unwrapQuestion(
        'someone claimed that the EU promised to engage less with its partners. what does the source actually say?',
        holds,
      ),
    ).toBe('the EU promised to engage less with its partners?');
    expect(
      unwrapQuestion(
        "someone in #geopolitics said Kallas called it a 'turning point' — what word did she actually use?",
        holds,
      ),
    ).toBe("Kallas called it a 'turning point'?");
    expect(
      unwrapQuestion(
        'someone on slack says the EU signs these loans — is that true? what did it actually say?',
        holds,
      ),
    ).toBe('the EU signs these loans?');
    // A question of its own after the claim is kept: "what did it actually say" asks only with a claim before it.
    expect(unwrapQuestion('what did Kallas actually say about the loan?', holds)).toBe(
      'what did Kallas actually say about the loan?',
    );
    expect(checksClaim('someone in #general says the EU signed it')).toBe(true);
    expect(checksClaim('is it true the EU signed it')).toBe(true);
    expect(checksClaim('did the EU sign it')).toBe(false);
  });

  it("reads a moderator's and a teacher's requests as the question they ask", () => {
    expect(unwrapQuestion('Can you confirm when the EU signed the loan?', holds)).toBe(
      'when the EU signed the loan?',
    );
    expect(unwrapQuestion('summarise in one line what Kallas said about the loan', holds)).toBe(
      'what Kallas said about the loan',
    );
    expect(unwrapQuestion('Exact wording of how the EU describes the loan?', holds)).toBe(
      'how the EU describes the loan?',
    );
    expect(unwrapQuestion('Source for the claim that the EU signed the loan?', holds)).toBe(
      'the EU signed the loan?',
    );
    expect(checksClaim('source for the claim that the EU signed the loan?')).toBe(true);
    expect(checksClaim('can you confirm that the EU signed the loan?')).toBe(true);
    // "summarise the loan" asks for a summary, answered from the sources' openings.
    expect(unwrapQuestion('summarise the loan', holds)).toBe('summarise the loan');
  });

  it('drops "generally speaking" and its like, the asker\'s framing, at the start or after a comma', () => {
    const speaking = new Set([...sources, stemWord('speaking')]);
    const holdsSpeaking = (stem: string) => speaking.has(stem);
    expect(unwrapQuestion('Generally speaking, who signs these loans?', holdsSpeaking)).toBe(
      'who signs these loans?',
    );
    expect(unwrapQuestion('who signs these loans, strictly speaking?', holdsSpeaking)).toBe(
      'who signs these loans?',
    );
    // Not a speaker's speaking: "who was speaking for the EU".
    expect(unwrapQuestion('who was speaking for the EU?', holdsSpeaking)).toBe(
      'who was speaking for the EU?',
    );
  });

  it('reads chat around a question: "noob question:", "in plain terms", "on the EU\'s end"', () => {
    expect(unwrapQuestion("noob question: who signs these loans on the EU's end?", holds)).toBe(
      'who signs these loans on the EU side?',
    );
    expect(unwrapQuestion('in plain terms, what is the loan meant to beef up?', holds)).toBe(
      'what is the loan meant to beef up?',
    );
    // A demonstrative before a word of the sources says which; alone it points back to the chat.
    expect(unwrapQuestion('navy drills — when are they', holds)).toBe('navy drills — when are they');
    expect(tokenize("it'd be signed").find((t) => t.word === "it'd")?.stop).toBe(true);
  });

  it('asks for names typed without the question word ("names of …")', () => {
    expect(unwrapQuestion('names of the three service chiefs who met the EU delegation?', holds)).toBe(
      'what are the names of the three service chiefs who met the EU delegation?',
    );
    expect(unwrapQuestion('name of the person who posted it', holds)).toBe(
      'what is the name of the person who posted it',
    );
  });

  it('drops where in the words or the piece something stands ("at the start of her remarks")', () => {
    expect(unwrapQuestion('what did kallas thank them for at the start of her remarks?', holds)).toBe(
      'what did kallas thank them for?',
    );
    expect(unwrapQuestion('the loan scheme mentioned near the end, who runs it', holds)).toBe(
      'the loan scheme mentioned, who runs it',
    );
    // A time is asked about, not a place in the text.
    expect(unwrapQuestion('what happens at the end of 2027?', holds)).toBe(
      'what happens at the end of 2027?',
    );
  });

  it('asks who did it when a person is offered for the doer ("wasn\'t it Rajnath who …")', () => {
    expect(unwrapQuestion("wait, wasn't it rajnath who called the signing a milestone?", holds)).toBe(
      'who called the signing a milestone?',
    );
    expect(unwrapQuestion('was it Kallas or Singh who thanked India for the welcome', holds)).toBe(
      'who thanked India for the welcome?',
    );
    expect(unwrapQuestion('Is it really the High Representative who signs these?', holds)).toBe(
      'who signs these?',
    );
    // Not a question about who: "was it signed in Delhi", "who was it".
    expect(unwrapQuestion('was it signed in the city where the talks were?', holds)).toBe(
      'was it signed in the city where the talks were?',
    );
    expect(unwrapQuestion('who was it that signed?', holds)).toBe('who was it that signed?');
    expect(unwrapQuestion('was it signed by the people who attended the talks?', holds)).toBe(
      'was it signed by the people who attended the talks?',
    );
  });

  it('reads "what is X worth" as "how much is X worth", an amount', () => {
    expect(unwrapQuestion('what is the largest MoU worth', holds)).toBe('how much is the largest MoU worth');
    expect(unwrapQuestion("what's the deal worth?", holds)).toBe('how much is the deal worth?');
    expect(unwrapQuestion('What were the memoranda worth in rupees?', holds)).toBe(
      'how much were the memoranda worth in rupees?',
    );
    // Not "worth" in another sense.
    expect(unwrapQuestion('what is worth knowing about the deal', holds)).toBe(
      'what is worth knowing about the deal',
    );
  });

  it('drops a remark after the question that holds no word of the sources', () => {
    expect(unwrapQuestion('what name did he use? it sounds different', holds)).toBe('what name did he use?');
    // However many question marks end the question.
    expect(unwrapQuestion('what name did he use?? it sounds different', holds)).toBe(
      'what name did he use??',
    );
    // A remark naming what is asked about is kept, and so is a question after a topic.
    expect(unwrapQuestion('what does SAFE stand for? the EU loan thing for weapons', holds)).toBe(
      'what does SAFE stand for? the EU loan thing for weapons',
    );
    expect(unwrapQuestion('SDP? when was it signed', holds)).toBe('SDP? when was it signed');
  });

  it('reads "full form", Indian English for what an acronym stands for', () => {
    expect(unwrapQuestion('what is the full form of SDP', holds)).toBe('what does SDP stand for');
    expect(unwrapQuestion('SDP full form?', holds)).toBe('what does SDP stand for?');
    expect(unwrapQuestion('whats the full form of EEAS?', holds)).toBe('what does EEAS stand for?');
  });

  it('keeps a remark that completes a question holding no word of the sources', () => {
    // "which city?" asks nothing the sources name: the remark says what it asks of.
    expect(unwrapQuestion('which city? dateline pls', holds)).toBe('which city? dateline pls');
    // A remark that points back to the question is a remark on it, whatever the question holds.
    expect(unwrapQuestion('which city? it sounds odd', holds)).toBe('which city?');
  });

  it('names the person a question points back to by the one name of the remark before it', () => {
    const isName = (stem: string) => stem === 'rajnath' || stem === 'ani';
    expect(
      unwrapQuestion(
        'Rajnath seemed to call it by a slightly different name - what did he call the pact?',
        holds,
        undefined,
        isName,
      ),
    ).toBe('what did Rajnath call the pact?');
    // So is a question after another that names the person.
    expect(
      unwrapQuestion(
        'lol did rajnath even get the name right? what did he call it',
        holds,
        undefined,
        isName,
      ),
    ).toBe('what did rajnath call it');
    // Two names: which one "he" is, is not known.
    expect(
      unwrapQuestion(
        'ani quotes rajnath naming it differently, what did he call it',
        holds,
        undefined,
        isName,
      ),
    ).toBe('ani quotes rajnath naming it differently, what did he call it');
  });

  it('keeps a question asked back in a statement\'s order ("… a what?") over the one restating it', () => {
    expect(unwrapQuestion('kallas called the sdp signing a what? what word did she use', holds)).toBe(
      'kallas called the sdp signing a what?',
    );
    // A first question with its question word in front is no echo: the second still reads it.
    expect(unwrapQuestion('did rajnath get it right? what did he call it', holds)).toBe(
      'did rajnath get it right? what did he call it',
    );
  });

  it('gives a question word opening the question its dropped apostrophe ("whats" → "what\'s")', () => {
    expect(unwrapQuestion('whats the name of the liaison officer', holds)).toBe(
      "what's the name of the liaison officer",
    );
    // Later in the question the word is read as typed (question analysis reads it there).
    expect(unwrapQuestion('who met them, whats his name', holds)).toContain('whats his name');
  });

  it('reads "on X\'s behalf" as "on behalf of X", as the sources write it', () => {
    expect(unwrapQuestion("Who signed the partnership on India's behalf?", holds)).toBe(
      'Who signed the partnership on behalf of India?',
    );
    expect(unwrapQuestion('who signs on the EU’s behalf', holds)).toBe('who signs on behalf of the EU');
  });

  it('drops a clause after a comma saying where to look ("going by this piece")', () => {
    expect(unwrapQuestion("who is India's defence minister, going by this piece?", holds)).toBe(
      "who is India's defence minister",
    );
    // Not one that names what is asked about.
    expect(unwrapQuestion('who signed it, per the kallas piece?', holds)).toBe(
      'who signed it, per the kallas piece?',
    );
  });

  it("drops the asker's own remark after a comma when it holds no word of the sources", () => {
    expect(unwrapQuestion("what's her full title again, i always forget", holds)).toBe(
      "what's her full title again",
    );
    // One that names what is asked about is kept.
    expect(unwrapQuestion('who signed it, i think the pact was signed by kallas', holds)).toBe(
      'who signed it, i think the pact was signed by kallas',
    );
  });

  it('spells out an opening question word typed in chat shorthand', () => {
    expect(unwrapQuestion('wat does EPF stand for', holds)).toBe('what does EPF stand for');
    expect(unwrapQuestion('r they signing it', holds)).toBe('are they signing it');
    // Not a shorthand that opens no question ("u", "pls"), nor a word past the first.
    expect(unwrapQuestion('pls tell me wat EPF is', holds)).toBe('pls tell me wat EPF is');
  });

  it('drops chat of the asker about themselves, whatever words the sources share, and chat before "but"', () => {
    // "my", "i'm": the asker speaks of themselves ("loan" is a word of the sources).
    expect(unwrapQuestion('for my loan presentation: when did the EU sign?', holds)).toBe(
      'when did the EU sign?',
    );
    expect(unwrapQuestion("i'm writing about loans, when did the EU sign?", holds)).toBe(
      'when did the EU sign?',
    );
    expect(unwrapQuestion('sorry if dumb but when did the EU sign?', holds)).toBe('when did the EU sign?');
    // Not where the asker names something (capitalised, or a name the sources write, typed in
    // lower case), nor a remark of the sources' words without the asker, nor where the question
    // points back to it ("it" after "kallas" is no "its").
    for (const kept of [
      'for my Modi essay: when did the EU sign?',
      'about the loan, when did the EU sign?',
      'for my essay on the loan: when did kallas sign it?',
    ])
      expect(unwrapQuestion(kept, holds)).toBe(kept);
    const aspides = 'im writing about aspides, when did the EU sign?';
    expect(
      unwrapQuestion(
        aspides,
        holds,
        () => true,
        (stem) => stem === 'aspid',
      ),
    ).toBe(aspides);
    // "I’m", capitalised mid-text, is the asker, not a name.
    expect(unwrapQuestion('hey, I’m new here: when did the EU sign?', holds)).toBe('when did the EU sign?');
  });

  it('drops chat before the question that holds no word of the sources, no name and no number', () => {
    expect(unwrapQuestion('quick q for the bot — when did the EU sign?', holds)).toBe(
      'when did the EU sign?',
    );
    expect(unwrapQuestion('sorry if this is a dumb question: who signed for the EU', holds)).toBe(
      'who signed for the EU',
    );
    expect(unwrapQuestion('newbie here. did kallas sign', holds)).toBe('did kallas sign');
    // Not what the question is about: a word the sources hold, a name, a number, a word English
    // does not have, or a question that points back to it.
    for (const kept of [
      'about the loan, when did the EU sign?',
      'Hey Modi, when did the EU sign?',
      'in 2019, when did the EU sign?',
      'navy drills — when did the EU sign them?',
      'quick q — when was it?',
    ])
      expect(unwrapQuestion(kept, holds)).toBe(kept);
    // Greetings and fillers are chat, though no dictionary holds "hey"; "this kind of" points back
    // to nothing, and "this loan", before a word of the sources, says which loan: the chat before
    // it, which holds no word of the sources, is nothing it could point back to.
    const english = (token: { word: string }) => token.word !== 'hey';
    expect(unwrapQuestion('hey quick q - which kind of loan did the EU sign?', holds, english)).toBe(
      'which kind of loan did the EU sign?',
    );
    expect(unwrapQuestion('quick q - did the EU sign this kind of loan?', holds, english)).toBe(
      'did the EU sign this kind of loan?',
    );
    expect(unwrapQuestion('quick q - did the EU sign this loan?', holds, english)).toBe(
      'did the EU sign this loan?',
    );
    // "like this" says of what kind, and "her" is the person the question names before it: neither
    // points back to the chat.
    expect(unwrapQuestion('count check: did the EU sign a loan like this?', holds, english)).toBe(
      'did the EU sign a loan like this?',
    );
    expect(unwrapQuestion('quick check: what did Kallas sign in her name?', holds, english)).toBe(
      'what did Kallas sign in her name?',
    );
    // "its" after the name it stands for points back to nothing before the question.
    expect(unwrapQuestion('quick check: when did the EU sign its loan?', holds, english)).toBe(
      'when did the EU sign its loan?',
    );
    // A statement with a blank to fill is asked as a question is, its pronouns the sources' own.
    expect(
      unwrapQuestion('fill in the blank lol: kallas signed a ___ and they can use it', holds, english),
    ).toBe('kallas signed a ___ and they can use it');
    expect(unwrapQuestion('salalah: when did the EU sign', holds, (token) => token.word !== 'salalah')).toBe(
      'salalah: when did the EU sign',
    );
  });
});
