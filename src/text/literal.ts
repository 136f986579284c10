/** Text to match as written inside a regular expression: its special characters escaped. */
export const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
