//! Writes a validated story as one Rust expression of type `model::Story`.
//!
//! Statics beat parsing JSON in the browser: no parser in the bundle and no work at start-up.
//! Strings are written with `{:?}`, which always yields a valid Rust string literal.

use super::raw::*;
use super::validate::{Checked, Kind};
use crate::model::date::{parse_utc_offset, PartialDate};

/// The Rust source of the `Story` value for a validated story.
pub fn story_source(checked: &Checked) -> String {
    let g = Gen { c: checked };
    let s = checked.story;
    let e = &s.entities;
    format!(
        "Story {{\n  article: {},\n  time_zones: &[{}],\n  people: &[{}],\n  places: &[{}],\n  organizations: &[{}],\n  figures: &[{}],\n  events: &[{}],\n}}\n",
        g.article(&s.article),
        list(&s.article.time_zones, |z| g.time_zone(z)),
        list(&e.people, |p| g.person(p)),
        list(&e.places, |p| g.place(p)),
        list(&e.organizations, |o| g.organization(o)),
        list(&e.figures, |f| g.figure(f)),
        list(&s.events.events, |ev| g.event(ev)),
    )
}

fn list<T>(items: &[T], item: impl Fn(&T) -> String) -> String {
    items.iter().map(|i| format!("\n    {},", item(i))).collect()
}

fn text(t: &RawText) -> String {
    format!("Text {{ ko: {:?}, en: {:?}, zh: {:?} }}", t.ko, t.en, t.zh)
}

fn option(value: Option<String>) -> String {
    value.map_or("None".into(), |v| format!("Some({v})"))
}

struct Gen<'a, 'b> {
    c: &'a Checked<'b>,
}

impl Gen<'_, '_> {
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
            option(w.basis.as_ref().map(text)),
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
                    text(&sentence.text)
                ));
            }
        }
        format!(
            "Article {{ id: {:?}, outlet: {}, reporter: {}, published: {}, url: {}, headline: {}, headline_from: {}, summary: {}, summary_from: {}, copyright: {}, paragraphs: &[{}], sentences: &[{}] }}",
            a.id,
            text(&a.outlet),
            self.c.index(Kind::Person, &a.reporter),
            self.when(&a.published),
            option(a.url.as_ref().map(|u| format!("{u:?}"))),
            text(&a.headline),
            self.refs(Kind::Sentence, &a.headline_from),
            text(&a.summary),
            self.refs(Kind::Sentence, &a.summary_from),
            text(&a.copyright),
            list(&paragraphs, String::clone),
            list(&sentences, String::clone),
        )
    }

    fn time_zone(&self, z: &RawTimeZone) -> String {
        let offset = parse_utc_offset(&z.utc_offset).expect("validated offset");
        format!("TimeZone {{ id: {:?}, utc_offset_minutes: {offset}, name: {} }}", z.id, text(&z.name))
    }

    fn person(&self, p: &RawPerson) -> String {
        format!(
            "Person {{ id: {:?}, name: {}, role: {}, sources: {} }}",
            p.id,
            text(&p.name),
            text(&p.role),
            self.refs(Kind::Sentence, &p.sources)
        )
    }

    fn place(&self, p: &RawPlace) -> String {
        format!(
            "Place {{ id: {:?}, name: {}, within: {}, sources: {} }}",
            p.id,
            text(&p.name),
            self.opt_ref(Kind::Place, &p.within),
            self.refs(Kind::Sentence, &p.sources)
        )
    }

    fn organization(&self, o: &RawOrganization) -> String {
        let work = list(&o.work, |w| {
            format!(
                "Work {{ kind: WorkKind::{:?}, text: {}, sources: {} }}",
                w.kind,
                text(&w.text),
                self.refs(Kind::Sentence, &w.sources)
            )
        });
        format!(
            "Organization {{ id: {:?}, name: {}, kind: OrgKind::{:?}, parent: {}, side: {}, created: {}, description: {}, members_note: {}, work: &[{work}], sources: {} }}",
            o.id,
            text(&o.name),
            o.kind,
            self.opt_ref(Kind::Organization, &o.parent),
            self.opt_ref(Kind::Organization, &o.side),
            option(o.created.as_ref().map(|w| self.when(w))),
            option(o.description.as_ref().map(text)),
            option(o.members_note.as_ref().map(text)),
            self.refs(Kind::Sentence, &o.sources),
        )
    }

    fn figure(&self, f: &RawFigure) -> String {
        format!(
            "Figure {{ id: {:?}, value: {}, approximate: {}, text: {}, sources: {} }}",
            f.id,
            f.value,
            f.approximate,
            text(&f.text),
            self.refs(Kind::Sentence, &f.sources)
        )
    }

    fn event(&self, e: &RawEvent) -> String {
        format!(
            "Event {{ id: {:?}, when: {}, headline: {}, text: {}, place: {}, people: {}, organizations: {}, figures: {}, sources: {} }}",
            e.id,
            self.when(&e.when),
            text(&e.headline),
            text(&e.text),
            self.opt_ref(Kind::Place, &e.place),
            self.refs(Kind::Person, &e.people),
            self.refs(Kind::Organization, &e.organizations),
            self.refs(Kind::Figure, &e.figures),
            self.refs(Kind::Sentence, &e.sources),
        )
    }
}
