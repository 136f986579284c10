/**
 * Words removed at index and query time. Negations (no, not, nor, never, without) are kept:
 * "did the deal not include…" must not match the same passages as "did the deal include…".
 * Question words are stop words for matching but read first, to detect the question type.
 *
 * @module
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being
  below between both but by can could couldn't did didn't do does doesn't doing don't down during each
  few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
  herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me
  more most mustn't my myself of off on once only or other ought our ours ourselves out over own same
  shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them
  themselves then there there's these they they'd they'll they're they've this those through to too
  under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
  where's which while who who's whom why why's will with won't would wouldn't you you'd you'll you're
  you've your yours yourself yourselves also just may might must shall us yet whose onto upon via
  near among amid within across along around behind beside besides beyond toward towards else whether
  despite although though unless whereas whilst throughout alongside till versus per every
  it'd it'll that'd that'll there'd there'll who'd who'll what'd what'll`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Prepositions that put a name in a phrase of place, time or company rather than at a side of the
 * verb ("by" is the passive's doer, read by the passive check).
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  'at in on to from with into onto near across through toward towards over under around between during after before via along beyond inside outside'.split(
    ' ',
  ),
);

/**
 * The prepositions that take a prepositional verb's object, a verb of its own in WordNet: "ask for"
 * (request), "look into" (investigate), "rely on", "deal with", "care about". Not those that mostly
 * say where or when ("bring to the camp", "held in Delhi").
 */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'at', 'into', 'on', 'with', 'about']);

/**
 * Particles that make a verb of their own with the verb before them ("show up", "beef up", "carry
 * out", "ask for").
 */
export const VERB_PARTICLES: ReadonlySet<string> = new Set([
  'up',
  'out',
  'off',
  'down',
  'away',
  'back',
  'over',
  ...OBJECT_PREPOSITIONS,
]);

/** The forms of "be": before a participle they make it passive; "what are they used for". */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** The indefinite articles: "how big a deal", "be a framework for". */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** Words that mark a noun after them: "the signing of the deal", "at the meeting", "its work". */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'a an the this that these those its their his her our my'.split(' '),
);

/** Words that stand for the parties the words beside them name: "the EU side", "both sides", "the EU team". */
export const PARTY_WORDS: ReadonlySet<string> = new Set(['side', 'sides', 'team', 'teams']);

/**
 * Words that shape a question but carry no topic ("what did they say about…", "tell me more"), and
 * the article's parts a question points into ("in the paragraph where Brussels explains …").
 * They still help ranking a little, but a corpus lacking them does not make a question unanswerable.
 */
export const LIGHT_WORDS: ReadonlySet<string> = new Set([
  ...PARTY_WORDS,
  ...`say said says tell told mean means meant happen happened happens know known think thought talk talked
  thing things stuff exactly really actually please info information detail details anything something
  kind type like get got make made done give gave go went come came take took use uses used want wanted need needs
  needed explain describe summary summarise summarize news article report reported story anyone someone
  articles reports stories paragraph paragraphs para paras
  one ones much many lot lots way ways part parts number numbers new whole currently now today ever
  happening regarding concerning according involve involved include included includes call called
  describe described characterise characterize characterised characterized role roles play plays played purpose significance importance point matter matters stand stands acronym abbreviation cover covers covered
  take taking place feel felt feeling view views opinion name named title mention mentioned
  kinds types sort sorts hold held holds latest newest recent recently current nowadays update updates
  become becomes became becoming translate translates translated translation translations reporters journalists
  wants knows thinks gives gets goes comes makes takes explains tells feels worth quote quotes quoted
  comment comments commented remark remarks statement statements full exact precise entire going
  aim aims goal goals objective objectives often react reacted reaction reactions respond responded
  response responses list lists listed listing similar require requires required requirement
  requirements supposed plan plans planned planning intend intends intended located situated
  getting gotten making giving given coming using holding calling including involving telling saying
  thinking knowing knew wanting needing explaining describing mentioning`
    .split(/\s+/)
    .filter(Boolean),
]);

/**
 * Words of chat around a question: greetings, thanks, fillers, calling the bot ("hey bot, when
 * was it signed?", "so uh what did she say lol"). In a question, one that no source uses is left
 * out; a question made only of them (or of CHAT_WORDS) gets the help text.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  `hi hello hey hiya howdy yo greetings thanks thank thx ty cheers bot please pls plz sup hola namaste
  ok okay uh um umm hmm lol lmao haha btw fyi tbh imo guys folks everyone anyone
  etc eh ya yeah yep yup nah nope kindly ji na idk iirc afaik kinda sorta omg wait noob n00b mod mods`
    .split(/\s+/)
    .filter(Boolean),
);

/** FILLER_WORDS and the other words a greeting or a call for help is made of ("good morning", "help"). */
export const CHAT_WORDS: ReadonlySet<string> = new Set([
  ...FILLER_WORDS,
  ...`morning afternoon evening good day help nice great cool commands command menu usage start test testing there all`
    .split(/\s+/)
    .filter(Boolean),
]);

/** The lower-case particles inside people's names: "Ursula von der Leyen", "Abu Bakr al Baghdadi". */
export const NAME_PARTICLES: readonly string[] = [
  'von',
  'van',
  'der',
  'den',
  'de',
  'del',
  'da',
  'di',
  'al',
  'bin',
  'ibn',
  'le',
  'la',
];
