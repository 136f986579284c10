/**
 * Irregular English forms that a suffix stemmer cannot join to their base ("met" → "meet",
 * "said" → "say") and chat shorthand ("r" → "are", "abt" → "about"; a negation typed without its
 * apostrophe, "didnt", is "not", as "didn't" is). General language data, not
 * topic vocabulary (that lives in corpus/glossary.yaml).
 *
 * @module
 */
const PAIRS = `met:meet said:say says:say told:tell won:win led:lead made:make took:take taken:take held:hold
became:become bought:buy spoke:speak spoken:speak thought:think went:go gone:go came:come gave:give
given:give brought:bring began:begin begun:begin sought:seek chose:choose chosen:choose drew:draw
drawn:draw grew:grow grown:grow knew:know known:know saw:see seen:see sent:send spent:spend
stood:stand struck:strike wrote:write written:write fought:fight found:find left:leave lost:lose
paid:pay put:put ran:run sold:sell shown:show taught:teach understood:understand wore:wear built:build
felt:feel kept:keep meant:mean heard:hear rose:rise risen:rise fell:fall fallen:fall broke:break
broken:break men:man women:woman children:child countries:country fora:forum jan:january feb:february mar:march apr:april jun:june
jul:july aug:august sep:september sept:september oct:october nov:november dec:december
r:are u:you ur:your w:with gonna:going wanna:want abt:about wat:what wht:what pls:please plz:please coz:because cuz:because bc:because
govt:government govts:governments rn:now op:operation ops:operations thru:through tho:though ppl:people
yr:year yrs:years shud:should wud:would cud:could b4:before max:maximum
isnt:not arent:not wasnt:not werent:not dont:not doesnt:not didnt:not couldnt:not
wouldnt:not shouldnt:not hasnt:not havent:not hadnt:not theres:there thats:that heres:here
theyre:they youre:you shes:she hes:he fwd:forward vs:versus`;

export const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(
  PAIRS.split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Irregular forms that are verbs of their own in WordNet, with another meaning: "found" (to set
 * up, not only "find"), "saw", "felt", "fell", "mar". A passage keeps both readings, so "when was
 * the colony founded" finds "arrived in 1555 to found France Antarctique". (test/text/analyzer.test.ts
 * checks this list against WordNet.)
 */
export const VERBS_OF_THEIR_OWN: ReadonlySet<string> = new Set(['found', 'saw', 'felt', 'fell', 'mar']);
