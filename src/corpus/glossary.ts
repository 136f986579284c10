import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { tokenize } from '../text/analyzer.ts';
import { CorpusError } from './load-corpus.ts';
import { parseYaml } from './yaml.ts';

/**
 * The topic glossary (corpus/glossary.yaml): groups of names for the same thing. A question
 * naming one member also looks for the others, at a lower weight than the words it used.
 * A name is kept as the stems of its content words; it matches a text holding all of them.
 *
 * @module
 */
export type Name = readonly string[];

export interface Glossary {
  /** Groups of names, each name as the stems of its content words. */
  groups: ReadonlyArray<ReadonlyArray<Name>>;
  /** Every name with its group, by the name's first stem (for matching at question time). */
  byFirstStem: ReadonlyMap<string, ReadonlyArray<{ name: Name; group: ReadonlyArray<Name> }>>;
  /**
   * The names the articles write out, by the stem of their acronym ("ttc": Trade and Technology
   * Council), found when the index is built (corpus/acronyms.ts). Read only for a question word
   * no source holds, so a written-out name is never merged into one glossary phrase.
   */
  acronyms: ReadonlyMap<string, readonly Name[]>;
  /**
   * The written-out names among `acronyms` of two words or more, by their first stem: what every
   * question is scanned for ("trade and technology council" is a name however it is typed).
   */
  writtenOutByFirstStem: ReadonlyMap<string, readonly Name[]>;
}

/**
 * The mark before an acronym of two letters for a lower-case term ("jv" for the "joint venture"
 * the articles write): read only for a question word typed in capitals ("JV"), and the term is no
 * name a question is scanned for (see `Glossary.writtenOutByFirstStem`): "legal review" is "LR"
 * to no one.
 */
export const SHORT_TERM_ACRONYM = '~';

export function glossaryOf(
  groups: ReadonlyArray<ReadonlyArray<Name>>,
  acronyms: ReadonlyMap<string, readonly Name[]> = new Map(),
): Glossary {
  const byFirstStem = new Map<string, Array<{ name: Name; group: ReadonlyArray<Name> }>>();
  for (const group of groups) {
    for (const name of group) {
      const first = name[0];
      if (first === undefined) continue;
      const list = byFirstStem.get(first) ?? [];
      list.push({ name, group });
      byFirstStem.set(first, list);
    }
  }
  const writtenOutByFirstStem = new Map<string, Name[]>();
  for (const [acronym, names] of acronyms) {
    if (acronym.startsWith(SHORT_TERM_ACRONYM)) continue;
    for (const name of names) {
      const first = name[0];
      if (first === undefined || name.length < 2) continue;
      const list = writtenOutByFirstStem.get(first) ?? [];
      list.push(name);
      writtenOutByFirstStem.set(first, list);
    }
  }
  return { groups, byFirstStem, acronyms, writtenOutByFirstStem };
}

// Built on first use, like the front matter schema: a start from the index snapshot parses no glossary.
const createSchema = () =>
  z.strictObject({
    groups: z.array(
      z.array(z.union([z.string(), z.number()]).transform(String)).min(2, 'a group needs two names or more'),
    ),
  });
let schema: ReturnType<typeof createSchema> | undefined;

export function nameStems(name: string): Name {
  return tokenize(name)
    .filter((token) => !token.stop && !token.part)
    .map((token) => token.stem);
}

export function parseGlossary(file: string, source: string): Glossary {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    throw new CorpusError(`Corpus: ${file}: not valid YAML: ${(error as Error).message}`);
  }
  schema ??= createSchema();
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CorpusError(
      `Corpus: ${file}: field "${issue?.path.join('.') || '(root)'}": ${issue?.message ?? 'invalid'}`,
    );
  }
  const groups = result.data.groups.map((group, index) => {
    const names = group.map(nameStems);
    const empty = names.findIndex((stems) => stems.length === 0);
    if (empty >= 0) {
      throw new CorpusError(
        `Corpus: ${file}: field "groups.${index}.${empty}": "${group[empty]}" has only stop words`,
      );
    }
    return names;
  });
  return glossaryOf(groups);
}

export function loadGlossary(file: string): Glossary {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return glossaryOf([]);
  }
  return parseGlossary(file, source);
}
