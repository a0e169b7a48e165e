// Converts a story in our data format (a folder with article.json, entities.json, events.json) to
// TimelineJS 3 JSON: a title slide from the article's headline and summary, and one slide per event with
// its start_date (year, month, day, hour, minute as precise as our `when.date`), headline and text in one
// language. Texts are HTML-escaped, so they show literally as on our page.
// Usage: node bench/to-timelinejs.mjs <dataDir> <out.json> [lang]     (lang: ko, en or zh; default en)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function convert(dir, lang = 'en') {
  const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const article = read('article.json');
  const { events } = read('events.json');
  const startDate = (date) => {
    const [, year, month, day, hour, minute] = date.match(/^(\d{4})(?:-(\d\d))?(?:-(\d\d))?(?:T(\d\d):(\d\d))?$/);
    const parts = { year, month, day, hour, minute };
    return Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(Number(v))]));
  };
  return {
    title: {
      unique_id: 'title',
      text: { headline: escape(article.headline[lang]), text: `<p>${escape(article.summary[lang])}</p>` },
    },
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: startDate(e.when.date),
      text: { headline: escape(e.headline[lang]), text: `<p>${escape(e.text[lang])}</p>` },
    })),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, out, lang = 'en'] = process.argv.slice(2);
  if (!dir || !out || !['ko', 'en', 'zh'].includes(lang)) {
    console.error('usage: node bench/to-timelinejs.mjs <dataDir> <out.json> [ko|en|zh]');
    process.exit(2);
  }
  const timeline = convert(resolve(dir), lang);
  writeFileSync(out, JSON.stringify(timeline));
  console.log(`wrote ${timeline.events.length} events (${lang}) to ${out}`);
}
