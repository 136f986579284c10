import { describe, expect, it } from 'vitest';
import type { Focus, FocusKind } from '../../src/answer/focus.ts';
import { namesMonth, ownersOnly, suppliesFocus } from '../../src/answer/sentence-cues.ts';
import { Collocations, Lexicon } from '../../src/search/lexicon.ts';
import { indexTerms, stemWord } from '../../src/text/analyzer.ts';
import { openWordNet } from '../../src/text/wordnet.ts';

const lexicon = Lexicon.build(
  [
    ...[
      'france',
      'geneva',
      'minister',
      'treaty',
      'areas',
      'km',
      'miles',
      'nautical',
      'years',
      'months',
      'hour',
      'lunch',
      'bodies',
      'water',
      'asian',
    ],
    ...['sister', 'barons', 'visit', 'trusted', 'behalf', 'union', 'members', 'japan', 'korea'],
    ...['ancient', 'civilizations', 'ships', 'deepen'],
    ...['engineer', 'engine', 'steam'],
    ...['information', 'communications', 'technology', 'sector', 'office', 'rounded', 'wars', 'religion'],
    ...['frigate', 'warship', 'successor', 'fleet', 'support', 'carry', 'fuel'],
  ],
  openWordNet(),
);
const focus = (kind: FocusKind, extra: Partial<Focus> = {}): Focus => ({
  kind,
  category: [],
  subject: [],
  ...extra,
});
/** Whether `text` supplies `f` for a question whose words are `question`. */
const supplies = (text: string, f: Focus, question = '') =>
  suppliesFocus({ text, terms: indexTerms(text) }, f, new Set(indexTerms(question)), lexicon);

describe('suppliesFocus', () => {
  it('counts a kind past a second count of it ("12 PhD and 22 master\'s students")', () => {
    const students = focus('number', { amount: true, category: ['student'] });
    expect(supplies("Students: 12 PhD and 22 master's students", students, 'how many phd students')).toBe(
      true,
    );
    expect(supplies('Budget: 12 PhD grants and 22 laptops', students, 'how many phd students')).toBe(false);
  });

  it('reads every number written in words, whole ("eighteen", not "eight" and "een")', () => {
    expect(supplies('Any negotiation would take "at least eighteen months".', focus('measure'))).toBe(true);
    expect(supplies('Some seventy ships took part.', focus('number', { amount: true }))).toBe(true);
  });

  it('reads "may", "march" and "august" as months only with their capital', () => {
    expect(supplies('A citizen may not be able to bring claims against the state.', focus('date'))).toBe(
      false,
    );
    expect(supplies('The troops march north at first light.', focus('date'))).toBe(false);
    expect(supplies('The first round was held in May.', focus('date'))).toBe(true);
    expect(supplies('The Compass was adopted in March.', focus('date', { unit: 'date' }))).toBe(true);
    // Nor does "march" the verb name the month of what a sentence dates.
    expect(namesMonth('The troops march north in 2022.')).toBe(false);
    expect(namesMonth('The troops marched north in March 2022.')).toBe(true);
  });

  it('reads a month shortened as wire copy writes it ("Oct. 6", "Sept 1") as a date, not as an amount', () => {
    expect(supplies('The frigates exercised on Oct. 6 and 7, the navy said.', focus('date'))).toBe(true);
    expect(supplies('He started at the centre on Sept 1.', focus('date'))).toBe(true);
    // "Jan" before a surname is a given name, no month.
    expect(supplies('Jan Verhoeven led the delegation.', focus('date'))).toBe(false);
    // "how much": the day of the month is no amount.
    expect(
      supplies(
        'NEW DELHI, Oct 9 (MPA) - Warships held an exercise.',
        focus('number', { amount: true, mass: true }),
      ),
    ).toBe(false);
    // Nor is the first day of a range of days ("6–8 May", "from 1 to 3 November").
    const range = focus('number', { amount: true, mass: true });
    expect(supplies('- 6–8 May 2026: Warships hold a three-day exercise.', range)).toBe(false);
    expect(supplies('It took place from 1 to 3 November in the Gulf of Aden.', range)).toBe(false);
    expect(supplies('The exercise cost 6 million euros in May.', range)).toBe(true);
  });

  it('sees another name said beside the term asked about, after it or before it', () => {
    const alias = (words: string) => focus('name', { alias: true, subject: indexTerms(words) });
    const compression = alias('excessive compression');
    expect(supplies('The exhaust is choked, giving excessive compression ("kick back").', compression)).toBe(
      true,
    );
    expect(supplies('Kick back (excessive compression) follows.', compression)).toBe(true);
    expect(supplies('Excessive compression, also known as kick back, follows.', compression)).toBe(true);
    expect(supplies('Excessive compression is sometimes called kick back.', compression)).toBe(true);
    // The term alone, or another term with a bracket, names nothing else.
    expect(supplies('Excessive compression chokes the cylinder.', compression)).toBe(false);
    expect(supplies('It gives excessive shortening (of the event).', compression)).toBe(false);
  });

  it('sees a name for "what is the name of X", one that may hold the kind asked for', () => {
    const asked = 'what is the name of the longest bridge in Germany';
    expect(
      supplies(
        'Between Emmerich and Cleves the Emmerich Rhine Bridge crosses the river.',
        focus('name'),
        asked,
      ),
    ).toBe(true);
    // A sentence's first word joined to a name by "the" is no part of it: only "Republic Day" here.
    expect(
      supplies(
        'Appreciating the Republic Day celebrations, she thanked them.',
        focus('name'),
        'what was the name of the republic day parade',
      ),
    ).toBe(false);
  });

  it('sees the name of the people asked for beside the word for them, not across a preposition', () => {
    const officer = focus('name', { namesOf: stemWord('officer') });
    const q = 'what is the name of the liaison officer';
    expect(supplies('The liaison officer, Commander Arun Rao, arrived on Monday.', officer, q)).toBe(true);
    // The names after "at" and "to" are of a centre and a headquarters, not of the officer.
    expect(supplies('The EU will post a liaison officer at the Information Fusion Centre.', officer, q)).toBe(
      false,
    );
    expect(supplies('India will post a liaison officer to Atalanta headquarters.', officer, q)).toBe(false);
  });

  it('sees a date for when-questions, years and centuries included', () => {
    expect(supplies('The treaty was signed on 4 March 2021.', focus('date'))).toBe(true);
    expect(supplies('Talks resumed on Tuesday.', focus('date'))).toBe(true);
    expect(supplies('The duchy began in 911 as a fiefdom.', focus('date'))).toBe(true);
    expect(supplies('It was settled in the 10th century.', focus('date'))).toBe(true);
    // A decade of three digits too ("the 880s"), not a count ("the 300 ships").
    expect(supplies('Earlier settlers had begun arriving in the 880s.', focus('date'))).toBe(true);
    expect(supplies('He led the 300 ships to Albania.', focus('date'))).toBe(false);
    expect(supplies('The treaty was signed in Geneva.', focus('date'))).toBe(false);
    // A time told by an event: "at the end of World War I", "after the start of the war".
    expect(supplies('At the end of World War I, the Rhineland was occupied.', focus('date'))).toBe(true);
    expect(supplies('The fleet sailed after the outbreak of the war.', focus('date'))).toBe(true);
    expect(supplies('The end of the road is near Basel.', focus('date'))).toBe(false);
    expect(supplies('It was accompanied by the start of talks.', focus('date'))).toBe(false);
  });

  it('sees a time counted from another for when-questions ("in the fifth year", "within two years")', () => {
    expect(supplies('Cuts to tariffs will only begin in the fifth year.', focus('date'))).toBe(true);
    expect(supplies('The duty falls to zero within two years.', focus('date'))).toBe(true);
    expect(supplies('The fifth clause covers wine.', focus('date'))).toBe(false);
  });

  it('sees a number the question does not already hold', () => {
    expect(supplies('The fleet sailed with 40 ships.', focus('number'), 'how many ships')).toBe(true);
    expect(supplies('The three service chiefs attended.', focus('number'))).toBe(true);
    expect(supplies('The fleet sailed with 40 ships.', focus('number'), 'did 40 ships sail')).toBe(false);
    expect(supplies('The fleet sailed.', focus('number'))).toBe(false);
  });

  it('takes a rank for "what number" but not for an amount ("how much")', () => {
    const rank = 'India becomes the third Asian country to have such a deal.';
    expect(supplies(rank, focus('number'), 'what number asian country is india')).toBe(true);
    expect(supplies(rank, focus('number', { amount: true }), 'how much is the deal worth')).toBe(false);
    expect(supplies('The deal is worth three billion euros.', focus('number', { amount: true }))).toBe(true);
    // Nor a day of a month, a year or a number inside a describing word.
    const summit = 'The 16th summit on 27 January 2026 produced a five-year agenda.';
    expect(supplies(summit, focus('number', { amount: true }), 'how much will the office cost')).toBe(false);
    expect(supplies(summit, focus('number'), 'what number was the summit')).toBe(true);
    // A rank of the thing counted says how many there are at least.
    const countries = focus('number', { category: indexTerms('countries'), amount: true });
    expect(supplies(rank, countries, 'how many asian countries have such a deal')).toBe(true);
  });

  it('reads every number of "three or four stages" as counting the stages', () => {
    const stages = focus('number', { category: indexTerms('stages') });
    expect(supplies('Such engines use either three or four expansion stages.', stages)).toBe(true);
    expect(supplies('Such engines use three cylinders and four wheels in two stages.', stages)).toBe(true);
    expect(supplies('Such engines use three or four expansion valves.', stages)).toBe(false);
  });

  it('counts a kind past the names of where its members are from, not past a kind counted with it', () => {
    const companies = focus('number', { category: indexTerms('companies') });
    expect(supplies('More than 60 Indian and European defence companies met in Delhi.', companies)).toBe(
      true,
    );
    const huguenots = focus('number', { category: indexTerms('Huguenots') });
    expect(
      supplies('An estimated 50,000 Protestant Walloons and Huguenots fled to England.', huguenots),
    ).toBe(false);
  });

  it('takes a country as the party a who-question asks for with "with", not as a person', () => {
    const text = 'India is the third country to have such a deal with the EU after Japan and South Korea.';
    const q = 'who has the EU signed such deals with';
    expect(supplies(text, focus('person'), q)).toBe(false);
    expect(supplies(text, focus('person', { party: true }), q)).toBe(true);
  });

  it('sees a frequency for how-often questions, not any number', () => {
    const often = focus('number', { frequency: true });
    expect(supplies('They will hold a dialogue every year.', often, 'how often')).toBe(true);
    expect(supplies('The council meets twice a month.', often, 'how often')).toBe(true);
    expect(supplies('They held the first dialogue on 4 November.', often, 'how often')).toBe(false);
    expect(supplies('The staffs will meet every two years.', often, 'how often')).toBe(true);
    expect(supplies('The group meets three times a year.', often, 'how often')).toBe(true);
    // A word between "a" and the unit says when, not how often.
    expect(supplies('He wanted things an officer can use on a bad day.', often, 'how often')).toBe(false);
  });

  it('sees what a thing is for by "to" and a verb', () => {
    const purpose = focus('reason', { purpose: true });
    const q = 'what are the partnerships for';
    expect(supplies('They serve as a new framework to deepen bilateral relations.', purpose, q)).toBe(true);
    expect(supplies('They are signed by the High Representative.', purpose, q)).toBe(false);
    expect(supplies('The minister travelled to Brussels.', purpose, q)).toBe(false);
  });

  it('takes only an amount of money for "how much" asked by a word defined by money', () => {
    const money = focus('number', { amount: true, mass: true, money: true });
    expect(supplies('Trikand, with a crew of about 260, arrived in Naples.', money)).toBe(false);
    expect(supplies('The EU paid about 85,000 euros for their travel.', money)).toBe(true);
    expect(supplies('The order is worth Rs 310 crore.', money)).toBe(true);
    expect(supplies('It won an order worth €92 million.', money)).toBe(true);
    // Without money asked, a count answers "how much".
    expect(
      supplies(
        'Trikand, with a crew of about 260, arrived in Naples.',
        focus('number', { amount: true, mass: true }),
      ),
    ).toBe(true);
  });

  it('takes a count of things in words for "how many" but not for "how much"', () => {
    const count = 'It will bring the two ancient civilizations closer.';
    const much = focus('number', { amount: true, mass: true });
    expect(supplies(count, focus('number', { amount: true }), 'how many civilizations')).toBe(true);
    expect(supplies(count, much, 'how much is the deal worth')).toBe(false);
    // A fraction, a scale or figures are quantities.
    expect(supplies('The Waal takes two thirds of the flow.', much, 'how much of the flow')).toBe(true);
    expect(supplies('The EU promised two billion euros.', much, 'how much money')).toBe(true);
    expect(supplies('The sea was 120 m lower.', much, 'how much lower was the sea')).toBe(true);
  });

  it('sees a number with its unit of measurement for how-long questions, by WordNet', () => {
    expect(supplies('The river is about 1,230 km (760 mi) long.', focus('measure'))).toBe(true);
    expect(supplies('It was under their rule for the following 380 years.', focus('measure'))).toBe(true);
    expect(supplies('The review will take five to six months.', focus('measure'))).toBe(true);
    // A word saying what kind of unit may stand between the number and the unit.
    expect(supplies('It began about 280 nautical miles south-west of Mumbai.', focus('measure'))).toBe(true);
    // A count and a year are numbers, but no measure of length or time.
    expect(supplies('The lake consists of three bodies of water.', focus('measure'))).toBe(false);
    expect(supplies('Alsace was sold to Burgundy in 1469.', focus('measure'))).toBe(false);
    // One unit said with the article, after a word of extent: a duration or a length.
    expect(supplies('Visas are eased for students coming for up to a year.', focus('measure'))).toBe(true);
    expect(supplies('The talks ran for about an hour.', focus('measure'))).toBe(true);
    expect(supplies('Most expect the talks to take at least a year.', focus('measure'))).toBe(true);
    // Not a unit set in time ("a year earlier"), nor an article before another noun.
    expect(supplies('A year earlier, von der Leyen had welcomed the idea.', focus('measure'))).toBe(false);
    expect(supplies('They met for a working lunch.', focus('measure'))).toBe(false);
  });

  it('takes for "who did X" a sentence naming the doer of X, where it says X', () => {
    const signs = focus('person', { doers: [stemWord('signs')] });
    expect(supplies("Partnerships are signed by the EU's High Representative.", signs)).toBe(true);
    expect(supplies('High Representative Kaja Kallas on Tuesday signed it.', signs)).toBe(true);
    // The verb with no one named as its doer, though the sentence names others; a noun of its stem.
    expect(supplies('India and the EU held talks since the two sides signed a partnership.', signs)).toBe(
      false,
    );
    const states = focus('person', { doers: [stemWord('stated')] });
    expect(supplies('Holland fell to the First French Empire and its client states.', states)).toBe(false);
    // A sentence without the verb is read as before: any new name answers "who".
    expect(supplies('India and the EU held talks in Brussels.', signs, 'EU')).toBe(true);
  });

  it('takes the years something ran for "how long was …" questions ("from 2011 to 2015")', () => {
    const spanned = focus('measure', { spanned: true });
    for (const text of [
      'He served as ambassador from 2011 to 2015.',
      'The siege lasted from May 1191 until 1192.',
      'James Watt developed (1763–1775) an improved version.',
    ])
      expect(supplies(text, spanned), text).toBe(true);
    // One year says when, not how long; nor does a span for a question not asked that way.
    expect(supplies('He became ambassador in 2011.', spanned)).toBe(false);
    expect(supplies('He served as ambassador from 2011 to 2015.', focus('measure'))).toBe(false);
  });

  it('takes the place something reached for how-far questions ("as far as Abernethy")', () => {
    const far = focus('measure', { reach: true });
    expect(supplies('William invaded Scotland, riding as far as Abernethy.', far)).toBe(true);
    // Only for "how far": "how long" wants a length.
    expect(supplies('William invaded Scotland, riding as far as Abernethy.', focus('measure'))).toBe(false);
    expect(supplies('William rode far into Scotland.', far)).toBe(false);
  });

  it('counts people by any plural WordNet first knows as a kind of person ("28 members")', () => {
    const people = focus('number', { category: indexTerms('people') });
    const q = 'how many people were in the delegation';
    expect(supplies('The delegation has 28 members and two advisers.', people, q)).toBe(true);
    // Not things, nor a word after the number that is no plural of a person ("two ancient civilizations").
    expect(supplies('The delegation came on 3 ships.', people, q)).toBe(false);
    expect(supplies('It will bring the two ancient civilizations closer.', people, q)).toBe(false);
    // Only for people: "how many ships" is not answered by members.
    const ships = focus('number', { category: indexTerms('ships') });
    expect(supplies('The delegation has 28 members.', ships, 'how many ships')).toBe(false);
  });

  it('sees a number counting the kind asked for for how-many questions', () => {
    const chiefs = focus('number', { category: indexTerms('chiefs') });
    const q = 'how many service chiefs attended';
    expect(supplies('The three service Chiefs met the delegation.', chiefs, q)).toBe(true);
    // A number of something else is no count of chiefs.
    expect(supplies('The chiefs met 40 delegates in 2026.', chiefs, q)).toBe(false);
    // A hyphenated kind, read joined as the question's word is.
    const bearers = focus('number', { category: [stemWord('flagbearers')] });
    expect(
      supplies('Behind him came four flag-bearers in two vehicles.', bearers, 'how many flag-bearers'),
    ).toBe(true);
    // … or by its last part, what it is a kind of ("how many flag bearers": the head is "bearers").
    const heads = focus('number', { category: indexTerms('bearers') });
    expect(
      supplies('Behind him came four flag-bearers in two vehicles.', heads, 'how many flag bearers'),
    ).toBe(true);
    const flags = focus('number', { category: indexTerms('flags') });
    expect(supplies('Behind him came four flag-bearers in two vehicles.', flags, 'how many flags')).toBe(
      false,
    );
    // The kind in quotation marks after its number.
    const towns = focus('number', { category: indexTerms('villes') });
    expect(supplies('It was among the 66 "villes de sûreté" of the Edict.', towns, 'how many villes')).toBe(
      true,
    );
  });

  it('sees an amount beside a noun saying how many of the kind ("Huguenot numbers", "the number of …")', () => {
    const huguenots = focus('number', { category: indexTerms('huguenots') });
    const q = 'how many huguenots were there at their peak';
    expect(supplies('Huguenot numbers peaked near an estimated two million by 1562.', huguenots, q)).toBe(
      true,
    );
    expect(supplies('The number of Huguenots reached 50,000.', huguenots, q)).toBe(true);
    // A year beside it is no amount, nor a number of something else.
    expect(supplies('Huguenot numbers peaked by 1562.', huguenots, q)).toBe(false);
    expect(supplies('The number of ships reached 300.', huguenots, q)).toBe(false);
  });

  it('sees a list for what-does-it-cover questions, of things the question does not name', () => {
    const q = 'what does the treaty cover';
    expect(supplies('It covers trade, fishing and shipping.', focus('list'), q)).toBe(true);
    expect(supplies('It covers areas such as cyber security.', focus('list'), q)).toBe(true);
    expect(supplies('The treaty was signed in Geneva.', focus('list'), q)).toBe(false);
  });

  it('sees a gloss for "what does X mean", not a sentence saying what X does', () => {
    const meaning = focus('definition', { subject: indexTerms('Aspides'), gloss: true });
    expect(supplies('Aspides, whose name is Greek for "shield", was launched in 2024.', meaning)).toBe(true);
    expect(supplies('Her castle was named Aspides, meaning "shields".', meaning)).toBe(true);
    expect(supplies('Aspides is an EU naval operation in the Red Sea.', meaning)).toBe(false);
    // A plain "what is X" takes the description.
    const what = focus('definition', { subject: indexTerms('Aspides') });
    expect(supplies('Aspides is an EU naval operation in the Red Sea.', what)).toBe(true);
  });

  it('sees what an acronym stands for in the name the text writes beside it in brackets', () => {
    const epf = focus('definition', { subject: indexTerms('EPF'), gloss: true });
    expect(supplies('The main tool is the European Peace Facility (EPF), an off-budget fund.', epf)).toBe(
      true,
    );
    expect(supplies('Partners may draw on EPF (European Peace Facility) funds.', epf)).toBe(true);
    // A sentence that only uses it, or writes out another, does not.
    expect(supplies('India is not an EPF recipient.', epf)).toBe(false);
    expect(supplies('Projects run under Permanent Structured Cooperation (PESCO).', epf)).toBe(false);
  });

  it('sees no description of X in the comma closing a phrase that opens the sentence', () => {
    const what = focus('definition', { subject: indexTerms('Strategic Compass') });
    expect(supplies('Through the Strategic Compass, the EU committed to engaging its partners.', what)).toBe(
      false,
    );
    expect(
      supplies("They are a cornerstone of the EU's Strategic Compass, a plan for its defence.", what),
    ).toBe(true);
  });

  it('sees a place or a dateline for where-questions', () => {
    expect(supplies('The treaty was signed in Geneva.', focus('place'))).toBe(true);
    expect(supplies('They met here in the national capital.', focus('place'))).toBe(true);
    expect(supplies('Oslo [Norway], May 2 (AP): Talks began.', focus('place'))).toBe(true);
    expect(supplies('The treaty was signed on Monday.', focus('place'))).toBe(false);
    // A month after "in" is a time; "according to" names a source.
    expect(supplies('The Compass was adopted in March 2022.', focus('place'))).toBe(false);
    expect(supplies('According to the European Union, it is a cornerstone.', focus('place'))).toBe(false);
    expect(supplies('The delegation flew to Brussels.', focus('place'))).toBe(true);
    // Words WordNet files under places, said without where: no place ("behalf" is a place, "Union" a country).
    expect(supplies('The Union signed it on behalf of its members.', focus('place'))).toBe(false);
  });

  it('wants a person other than the ones the question names', () => {
    expect(supplies('The accord was drafted by Maria Lopez.', focus('person'))).toBe(true);
    expect(supplies('The accord was drafted by officials.', focus('person'))).toBe(false);
    expect(supplies('Maria Lopez met Ravi Shah in Geneva.', focus('person'), 'who met Maria Lopez')).toBe(
      true,
    );
    expect(supplies('Then Maria Lopez spoke.', focus('person'), 'who met Maria Lopez')).toBe(false);
    // Neither the person asked about under a title, nor a place, is someone else.
    expect(supplies('Trade Minister Maria Lopez spoke.', focus('person'), 'who met Maria Lopez')).toBe(false);
    expect(
      supplies('Maria Lopez met the delegation in Geneva.', focus('person'), 'who met Maria Lopez'),
    ).toBe(false);
    // A quote's capitalised first word is no name.
    expect(supplies('"The signing is a milestone," she said.', focus('person'), 'who signed it')).toBe(false);
    // Nor a word of a people or a place alone.
    expect(supplies('It is the third Asian country to sign.', focus('person'), 'who signed it')).toBe(false);
  });

  it('sees a thing of the kind asked for, by WordNet', () => {
    const country = focus('category', { category: indexTerms('country') });
    expect(supplies('Normandy is a region in France.', country, 'what country is normandy in')).toBe(true);
    expect(supplies('Normandy is a region.', country, 'what country is normandy in')).toBe(false);
  });

  it('sees a named thing of several words as of its kind ("Staten Island" is a borough)', () => {
    const wordnet = openWordNet();
    const text = 'A small group settled on the south shore of Staten Island.';
    const compounds = new Collocations(wordnet, 'n');
    compounds.add({ terms: indexTerms(text) });
    const words = indexTerms(text);
    const withCompounds = Lexicon.build(words, wordnet, [], new Map(), [], compounds.written());
    const borough = focus('category', { category: indexTerms('borough') });
    const asked = new Set(indexTerms('in what borough did the group settle'));
    const sentence = { text, terms: indexTerms(text) };
    expect(suppliesFocus(sentence, borough, asked, withCompounds)).toBe(true);
    expect(suppliesFocus(sentence, borough, asked, Lexicon.build(words, wordnet))).toBe(false);
    // Asked for by its own words, it names nothing new.
    const named = new Set(indexTerms('what borough is staten island'));
    expect(suppliesFocus(sentence, borough, named, withCompounds)).toBe(false);
  });

  it('sees the kind named with what it is of ("a tradition of singing")', () => {
    const tradition = focus('category', { category: indexTerms('tradition') });
    const q = 'what tradition were the monks known for';
    expect(supplies('At Saint Evroul, a tradition of singing had developed.', tradition, q)).toBe(true);
    expect(
      supplies(
        'The island of Mainau lies in the lake.',
        focus('category', { category: indexTerms('island') }),
      ),
    ).toBe(true);
    // The kind of a word the question holds names nothing new.
    expect(supplies('Several monks kept the tradition of the monks.', tradition, q)).toBe(false);
  });

  it('sees a name beside a word of a narrower kind after a determiner or a name ("the Navy frigate ITS …")', () => {
    const warship = focus('category', { category: indexTerms('warship') });
    // "frigate" among the question's words, as its concept's narrower form ("warship": frigate).
    const q = 'which warship (frigate) did ins trikand exercise with';
    expect(
      supplies('Trikand exercised with the Italian Navy frigate ITS Federico Martinengo.', warship, q),
    ).toBe(true);
    // The ship asked about is no answer, nor is a sentence's capitalised determiner a name.
    expect(supplies('The frigate INS Trikand sailed out of Naples.', warship, q)).toBe(false);
    const successor = focus('category', { category: indexTerms('successor') });
    expect(supplies('His successor was crowned at Reims.', successor, 'which successor to henry')).toBe(
      false,
    );
    expect(supplies('His successor Louis XIII was crowned.', successor, 'which successor to henry')).toBe(
      true,
    );
  });

  it('sees a percentage for a kind WordNet names with "percentage" ("what share of …")', () => {
    const share = focus('category', { category: indexTerms('share'), proportion: true });
    expect(supplies('KAEL would hold 51 per cent of the joint venture.', share)).toBe(true);
    expect(supplies('KAEL would hold most of the joint venture.', share)).toBe(false);
  });

  it('sees a list under the kind named ("areas such as …")', () => {
    const areas = focus('category', { category: indexTerms('areas') });
    expect(supplies('It covers areas such as trade, energy and defence.', areas)).toBe(true);
    expect(supplies('It covers many areas.', areas)).toBe(false);
  });

  it('for "what is X" wants a sentence that says what X is', () => {
    const subject = focus('definition', { subject: indexTerms('Strategic Compass') });
    expect(supplies('The Strategic Compass is a plan for security and defence.', subject)).toBe(true);
    expect(
      supplies(
        'Trade Commissioner Maria Lopez spoke.',
        focus('definition', { subject: indexTerms('Maria Lopez') }),
      ),
    ).toBe(true);
    expect(supplies('They discussed the Strategic Compass.', subject)).toBe(false);
    // "The adoption of X is a …" says what the adoption is, not what X is.
    expect(supplies('The adoption of the Strategic Compass is a milestone.', subject)).toBe(false);
  });

  it('for "what is X" takes a sentence that opens with X doing something, in the present', () => {
    const ships = focus('definition', { subject: indexTerms('fleet support ship') });
    expect(supplies('Fleet support ships carry fuel and food to warships at sea.', ships)).toBe(true);
    // X not the subject, or no verb agreeing with it after it.
    expect(supplies('The navy wants two fleet support ships.', ships)).toBe(false);
    expect(supplies('Fleet support ships in the Indian Navy are old.', ships)).toBe(false);
  });

  it('sees a name the question does not hold, or a term given a name, for "what is X called"', () => {
    const question = 'What was the name of their castle?';
    expect(supplies('They gave their castle a name: Afranji.', focus('name'), question)).toBe(true);
    expect(supplies('The lake is known as the upper lake.', focus('name'), question)).toBe(true);
    expect(supplies('Their castle was large and old.', focus('name'), question)).toBe(false);
  });

  it('sees a thing of the kind asked for by a word of its own for what-kind-of questions', () => {
    const sort = focus('category', { category: indexTerms('arches'), sort: true });
    const q = 'what kind of arches does Norman architecture have';
    expect(supplies('Their style was characterised by rounded arches.', sort, q)).toBe(true);
    expect(supplies('Norman architecture has arches.', sort, q)).toBe(false);
  });

  it('sees the kind asked for right after a word of its own for which-questions ("the technology sector")', () => {
    const sector = focus('category', { category: indexTerms('sector') });
    const q = 'Which sector will the office start with?';
    expect(
      supplies('It will begin with the information and communications technology sector.', sector, q),
    ).toBe(true);
    // The kind alone, or after a word the question holds, or after "of", tells no sector.
    expect(supplies('The office will start with one sector.', sector, q)).toBe(false);
    expect(supplies('The office sector will start first.', sector, q)).toBe(false);
    // A describing word tells what kind, which "what kind of" asks, not which one.
    const arches = focus('category', { category: indexTerms('arches') });
    expect(supplies('Their style was characterised by rounded arches.', arches, 'which arches')).toBe(false);
    const religion = focus('category', { category: indexTerms('religion') });
    expect(
      supplies(
        'The French Wars of Religion destroyed much of it.',
        religion,
        'What religion were the Normans',
      ),
    ).toBe(false);
  });

  it('reads no name into the first word of a quotation opening mid-sentence', () => {
    const quote = 'Speaking during the meeting, Singh said, "The signing of the partnership is a milestone."';
    expect(supplies(quote, focus('person'), 'who did singh meet')).toBe(false);
    expect(supplies('Singh said, "Then Maria Lopez arrived."', focus('person'), 'who did singh meet')).toBe(
      true,
    );
  });

  it('sees the words of the person asked about for what-did-X-say questions', () => {
    const said = (speaker?: string) =>
      suppliesFocus(
        { text: '"It is a milestone," she added.', terms: indexTerms('It is a milestone'), speaker },
        focus('speech'),
        new Set(indexTerms('what did Kallas say')),
        lexicon,
      );
    expect(said('Kaja Kallas')).toBe(true);
    expect(said('Rajnath Singh')).toBe(false);
    expect(said(undefined)).toBe(false);
  });

  it("sees a person's words by a name of theirs, not by another name the question holds", () => {
    const asked = new Set(indexTerms('what did Kulkarni say about the India EU partnership'));
    const kulkarni = focus('speech', {
      speaker: { stems: ['kulkarni'], person: true, forms: ['kulkarni', 'tejaswini'] },
    });
    const said = (speaker: string) =>
      suppliesFocus(
        {
          text: 'Partnerships are a cornerstone.',
          terms: indexTerms('Partnerships are a cornerstone'),
          speaker,
        },
        kulkarni,
        asked,
        lexicon,
      );
    expect(said('Tejaswini Kulkarni')).toBe(true);
    // "According to the EU, …": the EU speaks, whom the question names as a topic, not a speaker.
    expect(said('EU')).toBe(false);
  });

  it('sees the person describing the thing asked about for how-did-X-describe-Y questions', () => {
    const describing = focus('speech', { subject: indexTerms('signing') });
    const said = (text: string) =>
      suppliesFocus(
        { text, terms: indexTerms(text), speaker: 'Kaja Kallas' },
        describing,
        new Set(indexTerms('how did Kallas describe the signing')),
        lexicon,
      );
    expect(said('The signing of the partnership is a milestone.')).toBe(true);
    // Her words, but no description of the signing.
    expect(said('The partnership will be signed on Tuesday.')).toBe(false);
  });

  it('sees what befell the thing a what-happened-to question names', () => {
    const flow = focus('event', { subject: indexTerms('rate of flow') });
    const q = 'what happened to the rate of flow during the straightening program';
    expect(supplies('The rate of flow was increased and the water level fell.', flow, q)).toBe(true);
    // The setting alone tells nothing of the rate of flow.
    expect(supplies('The region was changed by a straightening program.', flow, q)).toBe(false);
  });

  it('gives no cue when the question asks for nothing in particular', () => {
    expect(supplies('The treaty was signed on 4 March 2021 in Geneva.', focus('none'))).toBe(false);
  });
});

describe('ownersOnly', () => {
  const owners = (text: string) => [...ownersOnly(text, lexicon)];

  it("finds a name written only as a person's owner", () => {
    expect(owners("King Malcolm married Edgar's sister Margaret.")).toEqual(indexTerms('Edgar'));
    // Up to four words between the owner and the person.
    expect(owners('The Marches came under the dominance of William’s most trusted barons.')).toEqual(
      indexTerms('William'),
    );
  });

  it('leaves an owner of a thing, or a name also written on its own, alone', () => {
    // A visit is no person: the sentence still speaks of Kallas.
    expect(owners("Kallas's visit ended on Tuesday.")).toEqual([]);
    expect(owners("Edgar's sister married Malcolm, and Edgar fled.")).toEqual([]);
    // An engine is no person, though Porter gives it the stem of "engineer", a corpus word.
    expect(owners("The efficiency of Energiprojekt's steam engine reaches 27%.")).toEqual([]);
  });
});
