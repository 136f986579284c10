import { createRequire } from 'node:module';

/**
 * The HTML libraries, loaded on first use: they serve `npm run add` only, and every other entry
 * point imports src/index.ts, which must stay quick to load. Required at run time, never imported,
 * so the one-shot `ask` bundle (scripts/build.mjs) does not contain them.
 *
 * - `@mozilla/readability`: Firefox Reader View's extractor, the reference for "the article body".
 * - `linkedom`: the DOM it runs on. The same extraction as jsdom on every test page, about 6×
 *   faster, a third of the install, and no Node 20.19 floor (README, "How to add an article").
 * - `html-encoding-sniffer`: jsdom's implementation of the HTML standard's charset sniffing (BOM,
 *   then the `<meta>` prescan of the first 1024 bytes).
 * - `iconv-lite`: legacy encodings. Node 20's TextDecoder decodes windows-1252 as ISO-8859-1
 *   (0x93 becomes a control character instead of “), so it is used for UTF-8 only.
 *
 * The core compiles without the DOM type library, so the little of the DOM used here is typed below.
 *
 * @module
 */
export interface DomElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
  closest(selector: string): DomElement | null;
  contains(other: DomElement): boolean;
  replaceWith(...nodes: string[]): void;
}

export interface DomDocument {
  documentElement: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
}

export interface ReadabilityResult {
  title?: string | null;
  content?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

interface ReadabilityModule {
  Readability: new (
    document: DomDocument,
    options?: { charThreshold?: number },
  ) => {
    parse(): ReadabilityResult | null;
  };
  isProbablyReaderable(document: DomDocument): boolean;
}

interface Iconv {
  decode(bytes: Uint8Array, encoding: string): string;
  encodingExists(encoding: string): boolean;
}

type Sniffer = (
  bytes: Uint8Array,
  options: { transportLayerEncodingLabel?: string; defaultEncoding: string | null },
) => string | null;

const load = createRequire(import.meta.url);
let readability: ReadabilityModule | undefined;
let linkedom: { parseHTML(html: string): { document: DomDocument } } | undefined;
let sniffer: Sniffer | undefined;
let iconv: Iconv | undefined;

/** Parses HTML into a DOM document (linkedom). */
export function parseDocument(html: string): DomDocument {
  linkedom ??= load('linkedom') as typeof linkedom & object;
  return linkedom.parseHTML(html).document;
}

/** Firefox Reader View's extractor. It changes the document it is given. */
export const readabilityLibrary = (): ReadabilityModule =>
  (readability ??= load('@mozilla/readability') as ReadabilityModule);

/** The encoding a page declares (BOM, transport label, `<meta>`), or `defaultEncoding`. */
export const sniffHtmlEncoding = (): Sniffer => (sniffer ??= load('html-encoding-sniffer') as Sniffer);

/** iconv-lite, for every encoding but UTF-8. */
export const iconvLibrary = (): Iconv => (iconv ??= load('iconv-lite') as Iconv);
