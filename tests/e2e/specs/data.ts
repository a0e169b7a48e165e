// The story's data as the specs read it: expectations come from the story's files, not from copies in the
// tests. The specs read the first story's frozen copy (tests/fixtures/seoul-beijing, built into
// target/e2e-dist), so they hold whatever story data/ holds.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dataDir = fileURLToPath(new URL('../../fixtures/seoul-beijing/', import.meta.url));
const read = (file: string) => JSON.parse(readFileSync(dataDir + file, 'utf8'));

export type Text = { ko: string; en: string; zh: string };
export type Event = { id: string; headline: Text; text: Text; when: { date: string; status: string }; sources: string[]; organizations?: string[]; people?: string[] };
export const article = read('article.json') as { languages: (keyof Text)[]; original?: keyof Text; headline: Text; summary: Text;
  paragraphs: { sentences: { id: string; text: Text }[] }[] };
/** The language the article was written in: its page is the root. */
export const original = article.original ?? article.languages[0];
export const events = read('events.json').events as Event[];
export type Org = { id: string; name: Text; kind: string; parent?: string; side?: string; created?: { date: string };
  description?: Text; members_note?: Text; work?: { text: Text; sources: string[] }[]; sources: string[] };
export const people = read('entities.json').people as { id: string; name: Text; sources: string[] }[];
export const organizations = read('entities.json').organizations as Org[];
export const ids = events.map((e) => e.id);
export const sentences = article.paragraphs.flatMap((p) => p.sentences);
export const sentence = (id: string) => article.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === id)!;
/** Events on a day with other events: the day view's. */
export const dayIds = events
  .filter((e, _, all) => e.when.date.length >= 10 && all.filter((o) => o.when.date.slice(0, 10) === e.when.date.slice(0, 10)).length > 1)
  .map((e) => e.id);
