import type { RawPage } from './fetch-page.ts';
import { mimeEssence } from './fetch-page.ts';
import { IngestError } from './ingest-error.ts';
import { iconvLibrary, sniffHtmlEncoding } from './libraries.ts';

/**
 * Bytes to text, strictly: the corpus quotes pages word for word, so a page decoded with the wrong
 * character set would put garbled words in users' answers. The encoding comes from `--charset`,
 * else a byte-order mark, the Content-Type header, or the page's `<meta>` (the HTML standard's
 * sniffing, via jsdom's `html-encoding-sniffer`). Labels are resolved by Node's TextDecoder (the
 * WHATWG list); UTF-8 is decoded by it in fatal mode, other encodings by iconv-lite (Node 20's
 * TextDecoder reads windows-1252 as ISO-8859-1), where an invalid byte shows as U+FFFD and is
 * refused. Refused with a clear error, never guessed:
 * an unknown charset label, bytes that are invalid in the declared encoding, a page with no
 * declaration that is not valid UTF-8, a page declared single-byte whose bytes are really UTF-8,
 * and text already garbled at the source (`â€™`, U+FFFD).
 *
 * @module
 */
export interface DecodedPage {
  text: string;
  kind: 'html' | 'text';
  /** The WHATWG name of the encoding used. */
  encoding: string;
  url: string | null;
  origin: string;
}

const GARBLED = /â€[™œ\u009d“”˜–—¦]|Ã[©¨¡¶¼±§ª«®³º]|\uFFFD/;
const utf8 = (fatal: boolean) => new TextDecoder('utf-8', { fatal, ignoreBOM: false });

function knownEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function charsetParameter(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match?.[2] ?? null;
}

function kindOf(raw: RawPage): 'html' | 'text' {
  const type = mimeEssence(raw.contentType);
  if (type === 'text/plain') return 'text';
  if (type !== null) return 'html';
  const start = Buffer.from(raw.bytes.subarray(0, 512))
    .toString('latin1')
    .replace(/^(\xEF\xBB\xBF|\s)+/, '');
  if (start.startsWith('<')) return 'html';
  throw new IngestError(
    'not-html',
    `${raw.origin}: no content type given and the page does not look like HTML`,
  );
}

/** The first offset where `bytes` stop being valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    try {
      // Cut at a lead byte only: a cut inside a sequence would look invalid by itself.
      let at = mid;
      while (at > low && ((bytes[at] ?? 0) & 0xc0) === 0x80) at--;
      utf8(true).decode(bytes.subarray(0, at));
      low = mid;
    } catch {
      high = mid;
    }
  }
  return low;
}

function chooseEncoding(
  raw: RawPage,
  kind: 'html' | 'text',
  override?: string,
): { name: string; declared: boolean } {
  if (override !== undefined) {
    const name = knownEncoding(override);
    if (!name) throw new IngestError('usage', `--charset ${override}: not a known character encoding`);
    return { name, declared: true };
  }
  const header = charsetParameter(raw.contentType);
  if (header !== null && knownEncoding(header) === null) {
    throw new IngestError(
      'encoding',
      `${raw.origin}: the server declares charset "${header}", which is not a known encoding; save the page and add the file with --charset <encoding>`,
    );
  }
  const sniffed =
    kind === 'html'
      ? sniffHtmlEncoding()(raw.bytes, {
          ...(header !== null ? { transportLayerEncodingLabel: header } : {}),
          defaultEncoding: null,
        })
      : null;
  const bom = raw.bytes[0] === 0xef && raw.bytes[1] === 0xbb && raw.bytes[2] === 0xbf ? 'utf-8' : null;
  const name = sniffed ?? (header !== null ? knownEncoding(header) : null) ?? bom;
  if (name === null) return { name: 'utf-8', declared: false };
  const known = knownEncoding(name);
  if (!known || known === 'replacement')
    throw new IngestError('encoding', `${raw.origin}: the page's encoding "${name}" cannot be decoded`);
  return { name: known, declared: true };
}

export function decodePage(raw: RawPage, charset?: string): DecodedPage {
  const kind = kindOf(raw);
  const { name, declared } = chooseEncoding(raw, kind, charset);
  let text: string;
  try {
    const iconv = iconvLibrary();
    if (name === 'utf-8' || !iconv.encodingExists(name))
      text = new TextDecoder(name, { fatal: true }).decode(raw.bytes);
    else {
      text = iconv.decode(raw.bytes, name);
      if (text.includes('\uFFFD')) throw new Error(`a byte has no character in ${name}`);
    }
  } catch (error) {
    const where = name === 'utf-8' ? ` (first bad byte at offset ${firstInvalidUtf8(raw.bytes)})` : '';
    const why = declared
      ? `the page declares ${name} but its bytes are not valid ${name}${where}`
      : `the page declares no character encoding and is not valid UTF-8${where}`;
    throw new IngestError(
      'encoding',
      `${raw.origin}: ${why}; run again with --charset <encoding> (e.g. windows-1252) if you know it`,
      {
        cause: error,
      },
    );
  }
  const multibyte = raw.bytes.some((byte) => byte >= 0x80);
  if (name !== 'utf-8' && charset === undefined && multibyte) {
    try {
      utf8(true).decode(raw.bytes);
      throw new IngestError(
        'encoding',
        `${raw.origin}: the page declares ${name}, but its bytes are UTF-8 text and would be garbled; run again with --charset utf-8 if that is right`,
      );
    } catch (error) {
      if (error instanceof IngestError) throw error;
      // Not valid UTF-8: the declared single-byte encoding stands.
    }
  }
  return { text, kind, encoding: name, url: raw.url, origin: raw.origin };
}

/** Refuses text garbled before it reached us: UTF-8 read as windows-1252 (`â€™`), or U+FFFD. */
export function checkNotGarbled(text: string, origin: string): void {
  const garbled = GARBLED.exec(text);
  if (!garbled) return;
  const near = text.slice(Math.max(0, garbled.index - 30), garbled.index + 10).replace(/\s+/g, ' ');
  throw new IngestError(
    'encoding',
    `${origin}: the text holds garbled characters (“${garbled[0]}” in “…${near}…”): it was mis-encoded before it reached us; find a clean copy of the page`,
  );
}
