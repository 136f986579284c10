import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, createServer as createTcpServer } from 'node:net';

/**
 * A local web server on 127.0.0.1 serving the test pages (test/fixtures/pages) and pages that go
 * wrong the ways real sites do: redirect chains and loops, a PDF, a page too big (with and without
 * Content-Length), bad character encodings, a hang, a dropped connection, a 404.
 */
export const PAGES_DIR = new URL('../fixtures/pages/', import.meta.url);
export const fixture = (name: string): Buffer => readFileSync(new URL(name, PAGES_DIR));

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const html = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head>${head}<title>T</title></head><body><article>${body}</article></body></html>`;

/** Enough paragraphs for a page to count as an article (`extract-article.ts` wants 80 words). */
export const ARTICLE_BODY = [
  'Officials from India and the European Union met in Brussels on Monday to review progress under the security and defence partnership signed in January.',
  'The meeting covered maritime security, cyber defence and the protection of undersea cables, according to a statement released after the talks ended.',
  'Both delegations agreed to meet again before the end of the year and to draw up a joint work plan for the next two years.',
  "Officials said the partnership would also cover joint exercises and the exchange of liaison officers between the two sides' military staffs.",
]
  .map((p) => `<p>${p}</p>`)
  .join('');

export interface PageServer {
  url(path: string): string;
  /** Paths requested, in order (to check redirects were followed and limits hit early). */
  requests: string[];
  close(): Promise<void>;
}

export async function startPageServer(extra: Record<string, Handler> = {}): Promise<PageServer> {
  const requests: string[] = [];
  const send =
    (type: string, body: Buffer | string, status = 200): Handler =>
    (_req, res) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
  const routes: Record<string, Handler> = {
    '/redirect/1': (_req, res) => {
      res.writeHead(301, { location: '/redirect/2' });
      res.end();
    },
    '/redirect/2': (_req, res) => {
      res.writeHead(302, { location: '/pages/jsonld-article.html' });
      res.end();
    },
    '/loop': (_req, res) => {
      res.writeHead(302, { location: '/loop' });
      res.end();
    },
    '/to-ftp': (_req, res) => {
      res.writeHead(302, { location: 'ftp://127.0.0.1/file' });
      res.end();
    },
    '/report.pdf': send('application/pdf', Buffer.from('%PDF-1.7\n%…')),
    '/missing': send('text/html', html('<p>Not found</p>'), 404),
    '/huge-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.end();
    },
    '/huge-streamed': (_req, res) => {
      // No Content-Length: the limit must be enforced while reading. Stops by itself after 8 MB.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const push = () => {
        while (sent < 128) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      res.on('close', () => {
        sent = 128;
      });
      push();
    },
    '/hang': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<!doctype html><html><body><p>');
      // Never ends; the client's timeout must.
    },
    '/drop': (req) => {
      req.socket.destroy();
    },
    // Bytes written through 'latin1', so "\x93" is the single byte 0x93 (a curly quote in windows-1252).
    '/latin1-declared': send(
      'text/html',
      Buffer.from(
        html(
          `${ARTICLE_BODY}<p>The minister said: \x93Caf\xe9 diplomacy\x94.</p>`,
          '<meta charset="windows-1252">',
        ),
        'latin1',
      ),
    ),
    '/latin1-undeclared': send(
      'text/html',
      Buffer.from(html(`${ARTICLE_BODY}<p>Caf\xe9 talks.</p>`), 'latin1'),
    ),
    '/bogus-charset': send('text/html; charset=klingon-8', html(ARTICLE_BODY)),
    '/utf8-invalid': send(
      'text/html; charset=utf-8',
      Buffer.from(html(`${ARTICLE_BODY}<p>Bad \xc3\x28 byte.</p>`), 'latin1'),
    ),
    '/utf8-labelled-latin1': send(
      'text/html; charset=iso-8859-1',
      Buffer.from(html(`${ARTICLE_BODY}<p>Café talks.</p>`)),
    ),
    '/mojibake': send(
      'text/html; charset=utf-8',
      html(`${ARTICLE_BODY}<p>The minister’s talks â€™ went well.</p>`),
    ),
    '/no-type': (_req, res) => {
      res.writeHead(200, {});
      res.end(Buffer.from([0x00, 0x01, 0x02, 0x03]));
    },
    '/plain.txt': send('text/plain; charset=utf-8', fixture('plain-article.txt')),
    ...extra,
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const route = routes[path];
    if (route) return route(req, res);
    if (path.startsWith('/pages/')) {
      try {
        return send('text/html; charset=utf-8', fixture(path.slice('/pages/'.length)))(req, res);
      } catch {
        // falls through to 404
      }
    }
    send('text/plain', 'not found', 404)(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (taken, then released). */
export async function closedPort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
