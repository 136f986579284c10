import * as z from 'zod';
import { canonicalPinId } from './pin-keys.ts';

/**
 * zod schemas for everything a moderator sends: pin text, source, the chat message a pin came
 * from, and pin ids. Every failure carries a message written for the moderator (what is wrong,
 * the limit, the offending value), because adapters show it as is.
 *
 * @module
 */

export const MAX_PIN_LENGTH = 1000;

const passageIdPattern = /^[^\s#]+#p[1-9]\d*$/;

/** Long bad values are cut in messages so the reply stays readable. */
const shown = (value: string) => `“${value.length > 80 ? `${value.slice(0, 77)}…` : value}”`;

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
};

/** Counts characters as people do (code points), not UTF-16 units. */
const characters = (text: string) => [...text].length;

export const pinTextSchema = z
  .string({ error: 'Pin text must be a string.' })
  .trim()
  .check((ctx) => {
    const length = characters(ctx.value);
    if (length === 0) ctx.issues.push({ code: 'custom', input: ctx.value, message: 'Pin text is empty.' });
    if (length > MAX_PIN_LENGTH) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `Pin text is ${length} characters long; the limit is ${MAX_PIN_LENGTH}.`,
      });
    }
  });

export const actorSchema = z.object({
  platform: z.enum(['discord', 'slack', 'local']),
  userId: z.string().trim().min(1),
  displayName: z.string().trim().min(1),
});

export function createSourceSchema(isKnownPassage: (id: string) => boolean) {
  return z
    .string({ error: 'Source must be a string.' })
    .trim()
    .check((ctx) => {
      const source = ctx.value;
      if (source === '') {
        ctx.issues.push({
          code: 'custom',
          input: source,
          message: 'Source is empty; leave it out or give a URL.',
        });
      } else if (passageIdPattern.test(source)) {
        if (!isKnownPassage(source)) {
          ctx.issues.push({
            code: 'custom',
            input: source,
            message: `Source ${shown(source)} is not a known passage id.`,
          });
        }
      } else if (!isHttpUrl(source)) {
        ctx.issues.push({
          code: 'custom',
          input: source,
          message: `Source ${shown(source)} is neither an http(s) URL nor a known passage id (like <article-id>#p4).`,
        });
      }
    });
}

const messageSchema = z.object({
  link: z
    .string()
    .trim()
    .refine(isHttpUrl, {
      error: (issue) => `Message link ${shown(String(issue.input))} is not an http(s) URL.`,
    }),
  author: actorSchema,
});

export function createPinRequestSchema(isKnownPassage: (id: string) => boolean) {
  return z.object({
    text: pinTextSchema,
    source: createSourceSchema(isKnownPassage)
      .nullish()
      .transform((value) => value ?? null),
    message: messageSchema.nullish().transform((value) => value ?? null),
  });
}

/** A pin id in any case (`p12`), read as its canonical form (`P12`). */
export const pinIdSchema = z.string({ error: 'A pin id must be a string.' }).transform((id, ctx) => {
  const canonical = canonicalPinId(id);
  if (canonical === undefined) {
    ctx.issues.push({
      code: 'custom',
      input: id,
      message: `${shown(id.trim())} is not a pin id (pin ids look like P12).`,
    });
    return z.NEVER;
  }
  return canonical;
});

/** The moderator-facing text of a failed parse: every issue's message, in order. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join(' ');
}
