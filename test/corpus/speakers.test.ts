import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../src/corpus/passages.ts';
import { attributeSpeakers } from '../../src/corpus/speakers.ts';
import { dictionary } from '../../src/text/dictionary.ts';

/** Who speaks each sentence of an article. */
const isWord = (word: string) => dictionary().partsOfSpeech(word).size > 0;
/** Who speaks each sentence of a column: its paragraphs, read knowing which words name people. */
const columnOf = (...paragraphs: string[]) =>
  attributeSpeakers(splitPassages('story', paragraphs.join('\n\n')), isWord, undefined, (word) =>
    dictionary().isPersonNoun(word),
  );
const body = [
  'Narendra Modi hosted Ursula von der Leyen in Delhi. Modi said the summit was historic.',
  '"We will build together," Modi said.',
  'Von der Leyen said the pact was a landmark.',
  'She said the navies would train together against piracy.',
].join('\n\n');
const passages = splitPassages('summit', body);
const speakers = attributeSpeakers(passages, isWord);

describe('attributeSpeakers', () => {
  it('gives "she said" to the person who spoke last, not to the one named most', () => {
    expect(speakers.get('summit#p3')).toEqual(['Ursula von der Leyen']);
    expect(speakers.get('summit#p4')).toEqual(['Ursula von der Leyen']);
    expect(speakers.get('summit#p2')).toEqual(['Narendra Modi']);
  });
});

describe('a speaker named before a time or an auxiliary', () => {
  const text = [
    'Defence Minister Rajnath Singh on Tuesday urged the two sides to work together.',
    'Kaja Kallas has said the bloc is a predictable partner.',
  ].join('\n\n');
  const found = attributeSpeakers(splitPassages('talks', text), isWord);

  it('gives the sentence to the name before "on Tuesday urged" or "has said"', () => {
    expect(found.get('talks#p1')).toEqual(['Rajnath Singh']);
    expect(found.get('talks#p2')).toEqual(['Kaja Kallas']);
  });
});

describe('speakers a reader knows from the article, not from the sentence alone', () => {
  const speakersOf = (...paragraphs: string[]) =>
    attributeSpeakers(splitPassages('story', paragraphs.join('\n\n')), isWord);

  it('takes a surname that is also a word after a given name that is none ("Antonio Costa")', () => {
    const found = speakersOf(
      'European Council President Antonio Costa wrote on X that the day was historic.',
    );
    expect(found.get('story#p1')).toEqual(['Antonio Costa']);
    // Without a given name, "Costa" is a word (a rib), not a person.
    expect(speakersOf('The Costa said the day was historic.').get('story#p1')).toEqual([undefined]);
  });

  it('takes no name joined to initials ("India-EU Security"), nor initials, for a person', () => {
    const found = speakersOf(
      'The company is run by Tejaswini Kulkarni.',
      'Asked about the India-EU Security and Defence Partnership, Kulkarni chose her words carefully. "It made the conversations easier," she said.',
      'On the shop floor in Bhosari MIDC, Sunita Pawar checks the panels. "I test every one," she said.',
    );
    expect(found.get('story#p2')).toEqual([undefined, 'Tejaswini Kulkarni']);
    expect(found.get('story#p3')).toEqual([undefined, 'Sunita Pawar']);
    // A given name joined by a hyphen is still one ("Jean-Marc Delorme").
    expect(speakersOf('Jean-Marc Delorme said the talks went well.').get('story#p1')).toEqual([
      'Jean-Marc Delorme',
    ]);
  });

  it('gives "She said Chakshu won …" to whom "she" stands for, not to the name after the verb', () => {
    const found = speakersOf(
      'According to Tejaswini Kulkarni, the radar worked at up to 4.8 km. She said Chakshu won because its price was lower.',
    );
    expect(found.get('story#p1')).toEqual(['Tejaswini Kulkarni', 'Tejaswini Kulkarni']);
    // '"…," said Singh' still names its speaker after the verb.
    expect(speakersOf('"We are ready," said Rajnath Singh.').get('story#p1')).toEqual(['Rajnath Singh']);
  });

  it('takes no listener ("told FactLens") and no capitalised opening word ("Our Indian") for a speaker', () => {
    expect(
      speakersOf('An EU official in New Delhi told FactLens that the partnership carries no cost.').get(
        'story#p1',
      ),
    ).not.toEqual(['FactLens']);
    const colleagues = speakersOf(
      'Captain Arun Rao commanded the frigate.',
      '"Our Indian colleagues were often first on the scene," he said.',
    );
    expect(colleagues.get('story#p2')).toEqual(['Arun Rao']);
  });

  it('reads a name and the title after it set off by commas after a quotation, the title in lower case too', () => {
    const titles = new Map<string, readonly string[]>();
    const found = attributeSpeakers(
      splitPassages(
        'story',
        [
          '"This call gave one of them a timetable," Rakesh Upadhyay, the defence ministry\'s principal spokesperson, told reporters.',
          'Asked about it, Upadhyay said only that work was going on.',
        ].join('\n\n'),
      ),
      isWord,
      titles,
      (word) => dictionary().isPersonNoun(word),
    );
    expect(found.get('story#p1')).toEqual(['Rakesh Upadhyay']);
    expect(titles.get('Rakesh Upadhyay')).toEqual(expect.arrayContaining(['ministry', 'spokesperson']));
  });

  it('takes no indefinite pronoun for a speaker ("Everyone tells them …")', () => {
    expect(speakersOf('Everyone tells them their radar works.').get('story#p1')).toEqual([undefined]);
  });

  it('reads a title that runs over several capitalised runs ("High Representative for Foreign Affairs and …")', () => {
    const titles = new Map<string, readonly string[]>();
    const found = attributeSpeakers(
      splitPassages(
        'story',
        'EU High Representative for Foreign Affairs and Security Policy Kaja Kallas arrived.\n\n' +
          'The High Representative said the talks were a milestone.',
      ),
      isWord,
      titles,
      (word) => dictionary().isPersonNoun(word),
    );
    expect(titles.get('Kaja Kallas')).toEqual(
      expect.arrayContaining(['high', 'representative', 'foreign', 'affairs', 'security', 'policy']),
    );
    // So the office speaks as her.
    expect(found.get('story#p2')).toEqual(['Kaja Kallas']);
  });

  it('gives "the prime minister said" to the person the article gave that title', () => {
    const found = speakersOf(
      'Prime Minister Narendra Modi met the two presidents.',
      'The prime minister said the agreement would bring the sides closer.',
    );
    expect(found.get('story#p2')).toEqual(['Narendra Modi']);
  });

  it('reads a speaker named before a phrase that says who they are', () => {
    const found = speakersOf(
      "Kaja Kallas, the EU's foreign policy chief, who travelled with the delegation, described the parade as a sign of trust.",
    );
    expect(found.get('story#p1')).toEqual(['Kaja Kallas']);
  });

  it('gives "she said" to a person the paragraph before closed by introducing, over one named more', () => {
    const found = speakersOf(
      'Ursula von der Leyen visited Delhi. Von der Leyen met Modi. Von der Leyen spoke of trade.',
      'Meera Krishnan, a senior fellow at a Pune institute, has followed the talks.',
      '"It was slow," she said. "Then it changed."',
    );
    expect(found.get('story#p3')).toEqual(['Meera Krishnan', 'Meera Krishnan']);
    // Introduced mid-paragraph, not last, the newcomer does not take the quotation.
    const earlier = speakersOf(
      'Ursula von der Leyen visited Delhi. Von der Leyen met Modi. Von der Leyen spoke of trade.',
      'Meera Krishnan, a senior fellow at a Pune institute, has followed the talks. Von der Leyen left.',
      '"It was slow," she said.',
    );
    expect(earlier.get('story#p3')).toEqual(['Ursula von der Leyen']);
  });

  it('reads a speaker named before a phrase that gives their firm or office by its owner', () => {
    const found = speakersOf("Julien Marchetti, Helvion's chief executive, said the company chose India.");
    expect(found.get('story#p1')).toEqual(['Julien Marchetti']);
    // Or by a capitalised office "of" something.
    const chief = speakersOf(
      'Deepak Thapliyal, Chief of Staff of the Southern Command, said the next edition is set.',
    );
    expect(chief.get('story#p1')).toEqual(['Deepak Thapliyal']);
    // An office of several capitalised words with a bracketed part, and a second phrase after it.
    const staff = speakersOf(
      'Rear Admiral Suresh Nambiar, Chief Staff Officer (Operations) of the SNC, who was present at the quayside, told reporters that the drills had been planned over five months.',
    );
    expect(staff.get('story#p1')).toEqual(['Suresh Nambiar']);
    // An office in lower case, "of" something.
    const professor = speakersOf(
      'Leena Mathew, professor of maritime law at CUSAT, said port calls would grow.',
    );
    expect(professor.get('story#p1')).toEqual(['Leena Mathew']);
    const deputy = speakersOf(
      'Lukas Brenner, deputy director-general at DG DEFIS, said Brussels would welcome a request.',
    );
    expect(deputy.get('story#p1')).toEqual(['Lukas Brenner']);
    // Not a list of people: the phrase after the comma is no office.
    const list = speakersOf(
      'Narendra Modi, Antonio Costa and Ursula von der Leyen said the summit was historic.',
    );
    expect(list.get('story#p1')).not.toEqual(['Narendra Modi']);
  });

  it('reads "conveyed" and "informed" as verbs of speech, and the quote after them as the same voice', () => {
    const found = speakersOf(
      'Rajnath Singh said the talks went well.',
      'Verhoeven conveyed that the EU values India. "We want to build things together," he said.',
    );
    expect(found.get('story#p2')).toEqual(['Verhoeven', 'Verhoeven']);
  });

  it('gives "The Defence Secretary said" to the office when no one holding it is named, and "he" after it', () => {
    const isOffice = (word: string) => dictionary().isPersonNoun(word);
    const found = attributeSpeakers(
      splitPassages(
        'live',
        [
          '09:05 IST — The EU delegation is led by Helena Vaara. The Indian side is co-chaired by the Defence Secretary.',
          '09:40 IST — The Defence Secretary said the dialogue was a test. He said India wanted results.',
          '10:42 IST — Vaara has now spoken. She said the EU had come with a short list.',
          '15:40 IST — The Defence Secretary, back from a meeting, said talks were moving fast.',
          '15:48 IST — He did say that the next round would be in April.',
          'The European Union announced the end of the talks.',
        ].join('\n\n'),
      ),
      isWord,
      undefined,
      isOffice,
    );
    expect(found.get('live#p2')).toEqual(['Defence Secretary', 'Defence Secretary']);
    // "he" told the office's pronoun: "she" is someone else.
    expect(found.get('live#p3')).toEqual([undefined, 'Helena Vaara']);
    expect(found.get('live#p4')).toEqual(['Defence Secretary']);
    expect(found.get('live#p5')).toEqual(['Defence Secretary']);
    // An organisation is no office.
    expect(found.get('live#p6')).toEqual([undefined]);
  });

  it('gives "she" to a person, not to a name whose first word is an English word for no one ("Operation")', () => {
    const found = attributeSpeakers(
      splitPassages(
        'kochi',
        [
          'Rear Admiral Carmen Alcaraz, who commands Operation Atalanta, joined the exercise.',
          'Operation Atalanta has run since 2008. Operation Atalanta ships escorted the convoy.',
          'Indian ships were praised by the visitors.',
          'She also pointed out that Indian ships had sailed alongside the EU force.',
        ].join('\n\n'),
      ),
      isWord,
      undefined,
      (word) => dictionary().isPersonNoun(word),
    );
    expect(found.get('kochi#p4')).toEqual(['Carmen Alcaraz']);
  });

  it('gives "the Spanish officer added" to the person last named with a title that is a kind of officer', () => {
    const found = attributeSpeakers(
      splitPassages(
        'kochi',
        [
          'Rear Admiral Carmen Alcaraz of the Spanish Navy was asked about the exercise.',
          'The Spanish officer added that the boarding teams had been excellent.',
        ].join('\n\n'),
      ),
      isWord,
      undefined,
      (word) => dictionary().isPersonNoun(word),
      (word, broader) => dictionary().isKindOf(word, broader),
    );
    expect(found.get('kochi#p2')).toEqual(['Carmen Alcaraz']);
  });

  it("gives a column's own voice to its writer, by the byline or by the note closing it", () => {
    const byline = columnOf(
      'By Commodore Venkat Iyer (retd). I served thirty-one years in the Navy. The pact was signed in January.',
      'My test is simple. We should post an officer at Rota. "We are not starting from zero," Rear Admiral Sethi told me.',
    );
    // The byline speaks of the writer; all else the column says in its own words is theirs, in the
    // first person or not ("The pact was signed in January.").
    expect(byline.get('story#p1')).toEqual([undefined, 'Venkat Iyer', 'Venkat Iyer']);
    // Words in quotation marks are someone else's, though in the first person.
    expect(byline.get('story#p2')).toEqual(['Venkat Iyer', 'Venkat Iyer', 'Sethi']);
    // The note that calls its writer "the writer" speaks of them too.
    expect(
      columnOf(
        'By Commodore Venkat Iyer (retd). I served in the Navy.',
        'The writer served as attaché in Paris.',
      ).get('story#p2'),
    ).toEqual(['Venkat Iyer']);
    const note = columnOf(
      'When the pact was signed, my first feeling was relief. I have sat through enough meetings.',
      'Vice Admiral Prakash Rajadhyaksha (retd) served in the Indian Navy for 38 years. The views expressed are personal.',
    );
    expect(note.get('story#p1')).toEqual(['Prakash Rajadhyaksha', 'Prakash Rajadhyaksha']);
    // A byline may give the writer's title after a comma.
    const titled = columnOf(
      'By Sudhir Raghavan, former Indian ambassador to the EU',
      'I spent 36 years in the Foreign Service. My view is simple. It is not an alliance.',
    );
    expect(titled.get('story#p1')).toEqual([undefined]);
    expect(titled.get('story#p2')).toEqual(['Sudhir Raghavan', 'Sudhir Raghavan', 'Sudhir Raghavan']);
    // A sentence opening "By" a name is no byline unless it is all the byline.
    const account = columnOf("By Kallas's own account, I was told the talks went well. I left early.");
    expect(account.get('story#p1')).toEqual([undefined, undefined]);
    // A report that ends on a person, with no first person of its own, has no writer's voice.
    const report = speakersOf(
      'Our navy will take part, the statement said. The pact was signed.',
      'Anupam Rao is a Joint Secretary.',
    );
    expect(report.get('story#p1')).toEqual([undefined, undefined]);
  });

  it("reads a byline set in italics after the column's label, and a note on the writer in italics", () => {
    const labelled = columnOf(
      '*Opinion | Radhika Venkatraman*',
      'Let me be clear about where I stand. My worry is simple. Begin with what the EU is. "It is a market," Elise Marchetti wrote.',
    );
    expect(labelled.get('story#p1')).toEqual([undefined]);
    // Not the quotation: another's words.
    expect(labelled.get('story#p2')).toEqual([
      'Radhika Venkatraman',
      'Radhika Venkatraman',
      'Radhika Venkatraman',
      'Elise Marchetti',
    ]);
    const noted = columnOf(
      'I have sat through enough meetings. My worry is simple. Begin with what the EU is.',
      '*Radhika Venkatraman is professor of international relations at Kaveri University. The views expressed are personal.*',
    );
    expect(noted.get('story#p1')).toEqual([
      'Radhika Venkatraman',
      'Radhika Venkatraman',
      'Radhika Venkatraman',
    ]);
    // The note speaks of the writer, in the third person: not their words.
    expect(noted.get('story#p2')).toEqual([undefined, undefined]);
    // A byline without a first person of the piece's own is a report's, whose sentences are no one's.
    const report = columnOf(
      '*News | Radhika Venkatraman*',
      'The pact was signed in January. The navies will train.',
    );
    expect(report.get('story#p2')).toEqual([undefined, undefined]);
  });

  it('reads a retired officer\'s "(retd)" inside the title before a name and a phrase saying who they are', () => {
    const found = columnOf(
      'Rear Admiral (retd) Meera Joseph, who served as his flag lieutenant at the Southern Naval Command, called him "a teacher who happened to wear stripes".',
    );
    expect(found.get('story#p1')).toEqual(['Meera Joseph']);
  });

  it('reads the present tense an op-ed reports in ("argues", "he points out")', () => {
    const found = speakersOf(
      'Arvind Sehgal, a former ambassador, has called the document "a communiqué". There is no money in it, he points out.',
      'Lotte Verhaegen, a researcher in Brussels, argues that capitals will be wary.',
    );
    expect(found.get('story#p1')).toEqual(['Arvind Sehgal', 'Arvind Sehgal']);
    expect(found.get('story#p2')).toEqual(['Lotte Verhaegen']);
    // "calls on" is a visit, as "called on" is.
    expect(
      speakersOf('Ambassador Hervé Delphin calls on the Defence Secretary today.').get('story#p1'),
    ).toEqual([undefined]);
  });

  it('does not take "called on" (to visit) for a verb of speech', () => {
    const found = speakersOf('Ambassador Hervé Delphin called on the Defence Secretary on Wednesday.');
    expect(found.get('story#p1')).toEqual([undefined]);
    expect(speakersOf('Ambassador Hervé Delphin called the pact a roof.').get('story#p1')).toEqual([
      'Hervé Delphin',
    ]);
  });

  it("gives an interview's answers to the person its introduction names, not its questions", () => {
    const found = speakersOf(
      'Ambassador Elena Marchetti spoke to us in Delhi. Marchetti took charge in 2025.',
      'Q: Sceptics call the pact empty. What is new?',
      'A: We have a standing dialogue. It meets every year.',
    );
    expect(found.get('story#p2')).toEqual([undefined, undefined]);
    expect(found.get('story#p3')).toEqual(['Elena Marchetti', 'Elena Marchetti']);
  });

  it("gives an interview's answers to its interviewee when the labels are set in bold ('**Q:**', '**A:**')", () => {
    const found = speakersOf(
      'Katarina Lindqvist led the EU team in the negotiations. Lindqvist spoke to us in Brussels.',
      '**Q:** Critics say the partnership has no money behind it. Are they wrong?',
      '**A:** They are right that there is no budget line. The money sits in other instruments.',
    );
    expect(found.get('story#p2')).toEqual([undefined, undefined]);
    expect(found.get('story#p3')).toEqual(['Katarina Lindqvist', 'Katarina Lindqvist']);
  });

  it("gives an interview's answers under its questions set as headings to its interviewee", () => {
    const found = speakersOf(
      'Dr Liesbeth Aarden heads the Indo-Pacific programme at a Brussels think tank.',
      '**A year on, how would you grade the partnership?**',
      'A B-minus, and I am being generous. The working groups meet.',
      '**And the weakest area?**',
      'Industry. Our centre surveyed 64 firms, and we found seven with contracts.',
    );
    expect(found.get('story#p2')).toEqual([undefined]);
    expect(found.get('story#p3')).toEqual(['Liesbeth Aarden', 'Liesbeth Aarden']);
    expect(found.get('story#p5')).toEqual(['Liesbeth Aarden', 'Liesbeth Aarden']);
  });

  it("takes no plural's possessive for a given name ('the Shipyard Employees' Union' is no person)", () => {
    const found = speakersOf(
      "Padma Kandregula is general secretary of the Coromandel Shipyard Employees' Union. The Employees' Union has 4,200 members.",
      '**What are you asking for?**',
      'Three things. We want our welders certified.',
      '**Has the training started?**',
      "Yes. The Employees' Union sent 24 of our welders to Poland.",
    );
    expect(found.get('story#p3')).toEqual(['Padma Kandregula', 'Padma Kandregula']);
    expect(found.get('story#p5')).toEqual(['Padma Kandregula', 'Padma Kandregula']);
  });

  it('gives an explainer under question headings, answered in the third person, to no one', () => {
    const found = speakersOf(
      'Kaja Kallas signed the partnership in New Delhi on 27 January.',
      '## Who runs it day to day?',
      'The EEAS runs it. Working groups meet twice a year.',
      '## What has happened since?',
      'Two dialogues have met. A third is due in June.',
    );
    expect(found.get('story#p3')).toEqual([undefined, undefined]);
    expect(found.get('story#p5')).toEqual([undefined, undefined]);
  });

  it("reads a press briefing's labels: a title the introduction gives a person, and who asks", () => {
    const found = speakersOf(
      'The Official Spokesperson, Kavita Deshpande, was joined by Nikhil Varma, Joint Secretary (Europe West).',
      '**Official Spokesperson:** Good afternoon. Let me begin.',
      '**Q (Meera, Kolkata Herald):** Was SAFE discussed?',
      '**Joint Secretary (Europe West) Nikhil Varma:** It was. SAFE has its own rules.',
      '**Official Spokesperson:** Thank you all.',
    );
    expect(found.get('story#p2')).toEqual(['Kavita Deshpande', 'Kavita Deshpande']);
    // The reporter's question is no one's words the article reports.
    expect(found.get('story#p3')).toEqual([undefined]);
    expect(found.get('story#p4')).toEqual(['Nikhil Varma', 'Nikhil Varma']);
    expect(found.get('story#p5')).toEqual(['Kavita Deshpande']);
  });

  it("gives an interview's answer labelled with a surname the article names to that person", () => {
    const found = speakersOf(
      'We spoke to Rear Admiral Sudhir Kelkar (retd) and to Dr Ananya Deshpande in Chennai.',
      '**Q: What would you tell the officials?**',
      '**Kelkar:** Pick three things and finish them. The liaison officer comes first.',
      'Deshpande: This is not a label after a question.',
    );
    expect(found.get('story#p2')).toEqual([undefined]);
    expect(found.get('story#p3')).toEqual(['Sudhir Kelkar', 'Sudhir Kelkar']);
    // A question and a labelled answer make the article a transcript, whose turns a label opens.
    expect(found.get('story#p4')).toEqual(['Ananya Deshpande']);
  });

  it('reads a label as written as a turn only in a transcript, not a line that opens with a name', () => {
    const found = speakersOf(
      'We spoke to Rear Admiral Sudhir Kelkar (retd) and to Dr Ananya Deshpande in Chennai.',
      'Deshpande: This is not a label in a transcript.',
    );
    expect(found.get('story#p2')).toEqual([undefined]);
  });

  it("gives a transcript's turns to the person each heading or label names, until the next", () => {
    const found = speakersOf(
      'Host Farah Siddiqui speaks with Dr Markus Lindqvist.',
      '**14.34 | TOMASZ WIERZBICKI (EPP, Poland)**',
      'With respect, Mr Lindqvist, India marched in Zapad. Why share technology?',
      'India still buys Russian oil.',
      '**14.36 | MARKUS LINDQVIST — Senior Researcher, Stockholm**',
      'We are not naive.',
      'HOST: Let us talk industry.',
      'LINDQVIST: Europe needs partners.',
      '## What the pact covers',
      'Maritime security comes first.',
    );
    expect(found.get('story#p2')).toEqual(['Tomasz Wierzbicki']);
    expect(found.get('story#p3')).toEqual(['Tomasz Wierzbicki', 'Tomasz Wierzbicki']);
    // The turn goes on past a paragraph without a label.
    expect(found.get('story#p4')).toEqual(['Tomasz Wierzbicki']);
    // A heading names the person the article named before, by the fullest name given.
    expect(found.get('story#p6')).toEqual(['Markus Lindqvist']);
    // A role's label is the person the article gives that title.
    expect(found.get('story#p7')).toEqual(['Farah Siddiqui']);
    expect(found.get('story#p8')).toEqual(['Markus Lindqvist']);
    // A heading that names no one ends the turn.
    expect(found.get('story#p10')).toEqual([undefined]);
  });

  it('reads no turns in an article with one heading alone', () => {
    const found = speakersOf('Markus Lindqvist spoke.', '**MARKUS LINDQVIST**', 'Europe needs partners.');
    expect(found.get('story#p3')).toEqual([undefined]);
  });

  it('gives "he said" to the person the paragraph named before, over the last speaker before it', () => {
    const found = speakersOf(
      'Colonel Henrik Vos said the test was trust.',
      'Commodore Aravind Iyer was more cautious. "It takes years," he said.',
    );
    expect(found.get('story#p2')).toEqual([undefined, 'Aravind Iyer']);
  });

  it('gives "she said" to the person the same sentence opened with, and "and said" to its subject', () => {
    const found = speakersOf(
      'Narendra Modi spoke first.',
      'When von der Leyen first floated the idea in February, she said the EU was exploring a pact.',
      'Antonio Costa thanked Modi on X and said the day was about results.',
    );
    expect(found.get('story#p2')).toEqual(['Leyen']);
    expect(found.get('story#p3')).toEqual(['Antonio Costa']);
  });

  it('does not give "she" to a man the article called "he", nor to one who "welcomed her"', () => {
    const found = speakersOf(
      'Kaja Kallas landed in Delhi for her first official visit.',
      'Spokesperson Randhir Jaiswal welcomed her on X, saying the trip was timely.',
      'On Monday she wrote on X that momentum was strong.',
    );
    expect(found.get('story#p2')).toEqual(['Randhir Jaiswal']);
    expect(found.get('story#p3')).toEqual(['Kaja Kallas']);
  });

  it("gives a paragraph's quotation to its speaker, but not the sentences outside the quotation marks", () => {
    const found = speakersOf(
      'India is the third Asian country with such a pact. "It is a landmark," Ursula von der Leyen said.',
    );
    expect(found.get('story#p1')).toEqual([undefined, 'Ursula von der Leyen']);
  });
});

describe('an organisation as the source of a sentence', () => {
  const speakersOf = (...paragraphs: string[]) =>
    attributeSpeakers(splitPassages('story', paragraphs.join('\n\n')), isWord);

  it('gives "According to the European Union, …" to the European Union, and "the EU\'s service" to the EU', () => {
    const found = speakersOf(
      'According to the European Union, the partnerships form a key pillar of its efforts.',
      "According to the EU's diplomatic service, each one sets out a tailored programme.",
    );
    expect(found.get('story#p1')).toEqual(['European Union']);
    expect(found.get('story#p2')).toEqual(['EU']);
  });

  it('does not let the organisation go on speaking as "she"', () => {
    const found = speakersOf(
      'Kaja Kallas said the talks went well.',
      'According to the European Union, the partnerships form a key pillar. She said there was momentum.',
    );
    expect(found.get('story#p2')).toEqual(['European Union', 'Kaja Kallas']);
  });

  it('gives a sentence opening "According to" a person to that person, as "according to" inside one', () => {
    const found = speakersOf(
      'According to Foreign Secretary Vikram Misri, Prime Minister Narendra Modi pitched India as a base.',
      'Modi pitched India as a base, according to Foreign Secretary Vikram Misri.',
    );
    expect(found.get('story#p1')).toEqual(['Vikram Misri']);
    expect(found.get('story#p2')).toEqual(['Vikram Misri']);
  });

  it('does not give "he said" to the one the article let speak as "she" ("…, she explained")', () => {
    const found = speakersOf(
      'Opening the discussion, Dr Ananya Deshpande, a senior fellow at the centre, spoke first.',
      '"The partnership is the door," she explained.',
      'Asked by a retired diplomat, the former EEAS official disagreed. "Trade and defence are one file," he said.',
    );
    expect(found.get('story#p2')).toEqual(['Ananya Deshpande']);
    expect(found.get('story#p3')?.[1]).toBeUndefined();
  });

  it('takes no pronoun with its verb drawn in for a name ("I\'m told")', () => {
    const found = speakersOf(
      "RAJAN: Fine, I stand corrected. And look at the calendar: I'm told the dialogue is in Brussels.",
    );
    expect(found.get('story#p1')?.[1]).toBeUndefined();
  });
});
