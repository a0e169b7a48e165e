// Generates a synthetic story of N events in our data format (article.json, entities.json, events.json),
// valid for our validator, for the scale benchmark.
// Usage: node bench/gen-story.mjs <N> [outDir]     (outDir defaults to bench/out/stories/<N>)
// Check:  cargo run --quiet --bin check-data -- bench/out/stories/<N>
//
// It keeps the real story's entities (people, places, organizations, figures) and paragraphs, so their
// sources stay valid, and adds one paragraph with one source sentence per synthetic event. Events are
// deterministic (seeded by N), in chronological order from 1950 to 2024, at mixed precisions (year, month,
// day, minute) with about a third of them sharing a day with others (clusters and day views), and with
// texts of about the real events' length in ko, en and zh.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '..', 'data');

// mulberry32: a small deterministic generator, so a size always gives the same story.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const TOPICS = [
  ['대기질 개선 협의', 'talks on air quality', '空气质量改善磋商'],
  ['투자 설명회', 'an investment briefing', '投资说明会'],
  ['문화 교류 행사', 'a cultural exchange', '文化交流活动'],
  ['교육 협력 회의', 'a meeting on education', '教育合作会议'],
  ['경제 협력 포럼', 'an economic cooperation forum', '经济合作论坛'],
  ['환경 기술 전시회', 'an environmental technology fair', '环境技术展览会'],
  ['시장 회담', 'talks between the mayors', '市长会谈'],
  ['양해각서 체결', 'the signing of an MOU', '签署谅解备忘录'],
];

export function generate(n) {
  const rnd = random(n * 2654435761);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const some = (list, max) => [...new Set(Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(list)))];
  const article = JSON.parse(readFileSync(join(data, 'article.json'), 'utf8'));
  const entities = JSON.parse(readFileSync(join(data, 'entities.json'), 'utf8'));
  delete article.$schema;
  delete entities.$schema;
  article.id = `synthetic-${n}`;
  article.headline = {
    ko: `합성 타임라인: 사건 ${n}개`,
    en: `Synthetic timeline of ${n} events`,
    zh: `合成时间线：${n}个事件`,
  };
  const ids = (key) => entities[key].map((x) => x.id);
  const [people, places, orgs, figures] = ['people', 'places', 'organizations', 'figures'].map(ids);

  // Days in order: each holds one event (any precision) or a cluster of 2–6 timed events.
  const start = Date.UTC(1950, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  const days = [];
  for (let left = n; left > 0;) {
    const size = rnd() < 0.15 ? Math.min(left, 2 + Math.floor(rnd() * 5)) : 1;
    days.push({ size });
    left -= size;
  }
  const dayMs = 86_400_000;
  // Distinct days, so a day's timed events never come after a later-numbered day's.
  if (days.length > span / dayMs) throw new Error(`${n} events need more days than 1950–2024 has`);
  const picked = new Set();
  while (picked.size < days.length) picked.add(Math.floor(rnd() * (span / dayMs)));
  const stamps = [...picked].sort((a, b) => a - b).map((d) => start + d * dayMs);

  const events = [];
  days.forEach(({ size }, d) => {
    const day = new Date(stamps[d]);
    const ymd = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    const minutes = Array.from({ length: size }, () => 420 + Math.floor(rnd() * 840)).sort((a, b) => a - b);
    for (let k = 0; k < size; k++) {
      const i = events.length + 1;
      const r = rnd();
      let date;
      if (size > 1 || r < 0.4) date = `${ymd}T${pad(Math.floor(minutes[k] / 60))}:${pad(minutes[k] % 60)}`;
      else if (r < 0.75) date = ymd;
      else if (r < 0.9) date = ymd.slice(0, 7);
      else date = ymd.slice(0, 4);
      const s = rnd();
      const status = s < 0.8 ? 'stated' : s < 0.9 ? 'inferred' : 'planned';
      const when = { date, status };
      if (date.includes('T')) when.time_zone = 'beijing';
      if (status === 'inferred') {
        when.basis = {
          ko: `사건 ${i}의 날짜는 앞뒤 문장에서 추정했다.`,
          en: `The date of event ${i} is inferred from the sentences around it.`,
          zh: `事件${i}的日期系根据上下文推断。`,
        };
      }
      const [ko, en, zh] = pick(TOPICS);
      const place = pick(places);
      const sentence = `g${i}-s1`;
      article.paragraphs.push({
        id: `g${i}`,
        sentences: [{ id: sentence, text: {
          ko: `합성 기사 문장 ${i}: 서울과 베이징의 대표단이 ${ko}에 참석해 두 도시의 협력 방안을 논의했다.`,
          en: `Synthetic sentence ${i}: delegations from Seoul and Beijing attended ${en} and discussed how the two cities can work together.`,
          zh: `合成句子${i}：首尔与北京的代表团出席${zh}，讨论两市合作方案。`,
        } }],
      });
      const event = {
        id: `event-${i}`,
        when,
        headline: { ko: `사건 ${i}: ${ko}`, en: `Event ${i}: ${en}`, zh: `事件${i}：${zh}` },
        text: {
          ko: `두 도시의 대표단이 ${ko}에 참석한다. 이 사건은 성능 측정을 위해 만든 합성 자료이며 실제 기사 내용이 아니다.`,
          en: `Delegations from the two cities attend ${en}. This event is synthetic, made to measure performance, and reports nothing real.`,
          zh: `两市代表团出席${zh}。该事件为性能测试而生成的合成数据，并非真实报道内容。`,
        },
        place,
        people: some(people, 2),
        organizations: some(orgs, 3),
        figures: some(figures, 1),
        sources: [sentence],
      };
      events.push(event);
    }
  });
  return { article, entities, events: { events } };
}

export function write(n, outDir) {
  const story = generate(n);
  mkdirSync(outDir, { recursive: true });
  for (const [name, value] of Object.entries(story)) {
    writeFileSync(join(outDir, `${name}.json`), JSON.stringify(value, null, 1) + '\n');
  }
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2]);
  if (!Number.isInteger(n) || n < 1) {
    console.error('usage: node bench/gen-story.mjs <N> [outDir]');
    process.exit(2);
  }
  const out = write(n, resolve(process.argv[3] ?? join(here, 'out', 'stories', String(n))));
  console.log(`wrote a story of ${n} events to ${out}`);
}
