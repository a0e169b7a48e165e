//! Writes a validated story as Rust items: `pub static TEXTS: Texts` and `pub static STORY: Story`.
//!
//! Statics beat parsing JSON in the browser: no parser in the bundle and no work at start-up. Every text
//! is a number in `TEXTS`; the texts themselves are compiled in only where asked (natively), and are the
//! files [`texts_json`] writes for the browser. Strings are written with `{:?}`, which always yields a valid
//! Rust string literal.

use super::raw::*;
use super::validate::{Checked, Kind};
use crate::model::date::{parse_utc_offset, PartialDate};
use crate::model::Lang;
use std::cell::RefCell;

/// A validated story as the build uses it.
pub struct Generated {
    /// The Rust source of its `TEXTS` (each language's texts compiled in if asked) and its `STORY`.
    pub source: String,
    /// Each language's texts as the browser loads them (see [`texts_json`]).
    pub texts: Vec<(Lang, String)>,
}

/// Generates a validated story's Rust source, with its texts compiled in if `built_in`.
pub fn story_source(checked: &Checked, built_in: bool) -> Generated {
    let g = Gen { c: checked, texts: RefCell::new(Vec::new()) };
    let s = checked.story;
    let e = &s.entities;
    let story = format!(
        "Story {{\n  languages: Languages {{ all: &[{}], original: Lang::{:?} }},\n  texts: &TEXTS,\n  article: {},\n  time_zones: &[{}],\n  people: &[{}],\n  places: &[{}],\n  organizations: &[{}],\n  figures: &[{}],\n  events: &[{}],\n}}",
        checked.languages.iter().map(|l| format!("Lang::{l:?}")).collect::<Vec<_>>().join(", "),
        checked.original,
        g.article(&s.article),
        list(&s.article.time_zones, |z| g.time_zone(z)),
        list(&e.people, |p| g.person(p)),
        list(&e.places, |p| g.place(p)),
        list(&e.organizations, |o| g.organization(o)),
        list(&e.figures, |f| g.figure(f)),
        list(&s.events.events, |ev| g.event(ev)),
    );
    let texts = g.texts.into_inner();
    let tables: String = if built_in {
        checked
            .languages
            .iter()
            .map(|&l| {
                format!(
                    "\n    (Lang::{l:?}, &[{}]),",
                    texts.iter().map(|t| format!("{:?}, ", t.0[l.code()])).collect::<String>()
                )
            })
            .collect()
    } else {
        String::new()
    };
    let source = format!(
        "pub static TEXTS: Texts = Texts::new(&[{tables}], {}, {:?});\npub static STORY: Story = {story};\n",
        texts.len(),
        version(checked.languages.iter().flat_map(|l| texts.iter().map(|t| t.0[l.code()].as_str()))),
    );
    let texts = checked
        .languages
        .iter()
        .map(|&l| (l, texts_json(&texts.iter().map(|t| t.0[l.code()].as_str()).collect::<Vec<_>>())))
        .collect();
    Generated { source, texts }
}

/// Each language's texts as the browser loads them: a JSON array in the order of `TEXTS`.
pub fn texts_json(texts: &[&str]) -> String {
    let quoted: Vec<String> = texts.iter().map(|t| serde_json::Value::from(*t).to_string()).collect();
    format!("[{}]", quoted.join(","))
}

/// A short digest of the texts (64-bit FNV-1a, in hex), which names the files they are loaded from.
fn version<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for text in texts {
        for byte in text.bytes().chain([0]) {
            hash = (hash ^ byte as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

fn list<T>(items: &[T], item: impl Fn(&T) -> String) -> String {
    items.iter().map(|i| format!("\n    {},", item(i))).collect()
}

fn option(value: Option<String>) -> String {
    value.map_or("None".into(), |v| format!("Some({v})"))
}

struct Gen<'a, 'b> {
    c: &'a Checked<'b>,
    /// Every text met so far, in the order of their numbers.
    texts: RefCell<Vec<RawText>>,
}

impl Gen<'_, '_> {
    /// A text, as its number in `TEXTS`.
    fn text(&self, t: &RawText) -> String {
        let mut texts = self.texts.borrow_mut();
        texts.push(t.clone());
        format!("Text {{ table: &TEXTS, id: {} }}", texts.len() - 1)
    }

    fn refs(&self, kind: Kind, ids: &[String]) -> String {
        let indices: Vec<String> = ids.iter().map(|id| self.c.index(kind, id).to_string()).collect();
        format!("&[{}]", indices.join(", "))
    }

    fn opt_ref(&self, kind: Kind, id: &Option<String>) -> String {
        option(id.as_ref().map(|id| self.c.index(kind, id).to_string()))
    }

    fn when(&self, w: &RawWhen) -> String {
        let PartialDate { year, month, day, time } = PartialDate::parse(&w.date).expect("validated date");
        format!(
            "When {{ date: PartialDate {{ year: {year}, month: {month:?}, day: {day:?}, time: {time:?} }}, time_zone: {}, status: Status::{:?}, basis: {} }}",
            self.opt_ref(Kind::TimeZone, &w.time_zone),
            w.status,
            option(w.basis.as_ref().map(|t| self.text(t))),
        )
    }

    fn article(&self, a: &RawArticle) -> String {
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        for (p, para) in a.paragraphs.iter().enumerate() {
            paragraphs.push(format!(
                "Paragraph {{ id: {:?}, first_sentence: {}, sentence_count: {} }}",
                para.id,
                sentences.len(),
                para.sentences.len()
            ));
            for sentence in &para.sentences {
                sentences.push(format!(
                    "Sentence {{ id: {:?}, paragraph: {p}, text: {} }}",
                    sentence.id,
                    self.text(&sentence.text)
                ));
            }
        }
        format!(
            "Article {{ id: {:?}, outlet: {}, reporter: {}, published: {}, url: {}, headline: {}, headline_from: {}, summary: {}, summary_from: {}, copyright: {}, paragraphs: &[{}], sentences: &[{}] }}",
            a.id,
            self.text(&a.outlet),
            self.c.index(Kind::Person, &a.reporter),
            self.when(&a.published),
            option(a.url.as_ref().map(|u| format!("{u:?}"))),
            self.text(&a.headline),
            self.refs(Kind::Sentence, &a.headline_from),
            self.text(&a.summary),
            self.refs(Kind::Sentence, &a.summary_from),
            self.text(&a.copyright),
            list(&paragraphs, String::clone),
            list(&sentences, String::clone),
        )
    }

    fn time_zone(&self, z: &RawTimeZone) -> String {
        let offset = parse_utc_offset(&z.utc_offset).expect("validated offset");
        format!("TimeZone {{ id: {:?}, utc_offset_minutes: {offset}, name: {} }}", z.id, self.text(&z.name))
    }

    fn person(&self, p: &RawPerson) -> String {
        format!(
            "Person {{ id: {:?}, name: {}, role: {}, sources: {} }}",
            p.id,
            self.text(&p.name),
            self.text(&p.role),
            self.refs(Kind::Sentence, &p.sources)
        )
    }

    fn place(&self, p: &RawPlace) -> String {
        format!(
            "Place {{ id: {:?}, name: {}, within: {}, sources: {} }}",
            p.id,
            self.text(&p.name),
            self.opt_ref(Kind::Place, &p.within),
            self.refs(Kind::Sentence, &p.sources)
        )
    }

    fn organization(&self, o: &RawOrganization) -> String {
        let work = list(&o.work, |w| {
            format!(
                "Work {{ kind: WorkKind::{:?}, text: {}, sources: {} }}",
                w.kind,
                self.text(&w.text),
                self.refs(Kind::Sentence, &w.sources)
            )
        });
        format!(
            "Organization {{ id: {:?}, name: {}, kind: OrgKind::{:?}, parent: {}, side: {}, created: {}, description: {}, members_note: {}, work: &[{work}], sources: {} }}",
            o.id,
            self.text(&o.name),
            o.kind,
            self.opt_ref(Kind::Organization, &o.parent),
            self.opt_ref(Kind::Organization, &o.side),
            option(o.created.as_ref().map(|w| self.when(w))),
            option(o.description.as_ref().map(|t| self.text(t))),
            option(o.members_note.as_ref().map(|t| self.text(t))),
            self.refs(Kind::Sentence, &o.sources),
        )
    }

    fn figure(&self, f: &RawFigure) -> String {
        format!(
            "Figure {{ id: {:?}, value: {}, approximate: {}, text: {}, sources: {} }}",
            f.id,
            f.value,
            f.approximate,
            self.text(&f.text),
            self.refs(Kind::Sentence, &f.sources)
        )
    }

    fn event(&self, e: &RawEvent) -> String {
        format!(
            "Event {{ id: {:?}, when: {}, headline: {}, text: {}, place: {}, people: {}, organizations: {}, figures: {}, sources: {} }}",
            e.id,
            self.when(&e.when),
            self.text(&e.headline),
            self.text(&e.text),
            self.opt_ref(Kind::Place, &e.place),
            self.refs(Kind::Person, &e.people),
            self.refs(Kind::Organization, &e.organizations),
            self.refs(Kind::Figure, &e.figures),
            self.refs(Kind::Sentence, &e.sources),
        )
    }
}
