// The story's data as the specs read it: expectations come from data/, not from copies in the tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dataDir = fileURLToPath(new URL('../../../data/', import.meta.url));
const read = (file: string) => JSON.parse(readFileSync(dataDir + file, 'utf8'));

export type Text = { ko: string; en: string; zh: string };
export const article = read('article.json') as { headline: Text; summary: Text };
export const events = read('events.json').events as { id: string; headline: Text; when: { date: string; status: string } }[];
