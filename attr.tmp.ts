import { openWordNet } from '/work/main/src/text/wordnet.ts';
const wn = openWordNet();
const hyp = (pos: any, off: number, depth = 0): string[] => {
  if (depth > 8) return [];
  const s = wn.synset(pos, off);
  const out = [s.words[0]];
  for (const p of s.pointers) if (p.symbol === '@') out.push(...hyp(p.pos, p.offset, depth + 1));
  return out;
};
for (const w of process.argv.slice(2)) {
  const e = wn.entries(w, 'a')[0];
  if (!e) { console.log(w, 'no adj'); continue; }
  const s = wn.synset('a', e.offsets[0]);
  const attrs = s.pointers.filter((p) => p.symbol === '=').map((p) => { const t = wn.synset(p.pos, p.offset); return t.words[0] + ' <' + hyp(p.pos, p.offset).slice(1).join('<'); });
  console.log(w, JSON.stringify(attrs));
}
