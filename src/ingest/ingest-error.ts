/**
 * Why a page could not become an article. Every failure of `npm run add` is one of these, with a
 * message written for the operator (what is wrong, with which page, what to do instead); the
 * `code` lets tests and scripts tell them apart. Nothing is written when one is thrown.
 *
 * @module
 */
export type IngestErrorCode =
  | 'usage'
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'redirects'
  | 'not-html'
  | 'too-large'
  | 'encoding'
  | 'not-article'
  | 'paywall'
  | 'live-blog'
  | 'missing-metadata'
  | 'invalid-metadata'
  | 'duplicate'
  | 'exists';

export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
