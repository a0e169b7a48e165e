//! A validated story as a value of the model's own type, [`Story`]: every id resolved to its index, every
//! text numbered in the order met. Natively the value lives for the rest of the run (its slices are
//! leaked, once per story built), which is what `'static` data costs outside the binary.

use super::raw::*;
use super::validate::{is_remote, origin, Checked, Kind};
use crate::model::date::{parse_utc_offset, PartialDate};
use crate::model::*;
use std::cell::RefCell;

/// The story, and its texts in the order of their numbers.
pub struct Resolved {
    pub story: Story,
    pub texts: Vec<RawText>,
}

/// Resolves a validated story.
pub fn resolve(checked: &Checked) -> Resolved {
    // The table the texts point into; its contents are written apart (see `codegen`).
    let table: &'static Texts = Box::leak(Box::new(Texts::new(&[], 0, "")));
    let r = Resolver { c: checked, table, texts: RefCell::new(Vec::new()) };
    let (s, e) = (checked.story, &checked.story.entities);
    let story = Story {
        languages: Languages { all: leak(checked.languages.clone()), original: checked.original },
        texts: table,
        article: r.article(&s.article),
        time_zones: leak(s.article.time_zones.iter().map(|z| r.time_zone(z)).collect()),
        people: leak(e.people.iter().map(|p| r.person(p)).collect()),
        places: leak(e.places.iter().map(|p| r.place(p)).collect()),
        organizations: leak(e.organizations.iter().map(|o| r.organization(o)).collect()),
        figures: leak(e.figures.iter().map(|f| r.figure(f)).collect()),
        events: leak(s.events.events.iter().map(|ev| r.event(ev)).collect()),
        eras: leak(
            s.article
                .eras
                .iter()
                .map(|era| Era { start: date(&era.start), end: date(&era.end), label: r.text(&era.label) })
                .collect(),
        ),
        groups: leak(s.article.groups.iter().map(|g| Group { id: string(&g.id), name: r.text(&g.name) }).collect()),
        media_origins: leak(s.article.media_origins.iter().map(|o| string(o)).collect()),
    };
    Resolved { story, texts: r.texts.into_inner() }
}

fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

fn date(text: &str) -> PartialDate {
    PartialDate::parse(text).expect("a validated date")
}

fn string(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

struct Resolver<'a, 'b> {
    c: &'a Checked<'b>,
    table: &'static Texts,
    /// Every text met so far, in the order of their numbers.
    texts: RefCell<Vec<RawText>>,
}

impl Resolver<'_, '_> {
    fn text(&self, t: &RawText) -> Text {
        let mut texts = self.texts.borrow_mut();
        texts.push(t.clone());
        Text { table: self.table, id: texts.len() as u32 - 1 }
    }

    fn refs(&self, kind: Kind, ids: &[String]) -> &'static [Index] {
        leak(ids.iter().map(|id| self.c.index(kind, id)).collect())
    }

    fn opt_ref(&self, kind: Kind, id: &Option<String>) -> Option<Index> {
        id.as_ref().map(|id| self.c.index(kind, id))
    }

    fn when(&self, w: &RawWhen) -> When {
        When {
            date: date(&w.date),
            time_zone: self.opt_ref(Kind::TimeZone, &w.time_zone),
            status: w.status,
            basis: w.basis.as_ref().map(|t| self.text(t)),
        }
    }

    fn article(&self, a: &RawArticle) -> Article {
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        for (p, para) in a.paragraphs.iter().enumerate() {
            let first_sentence = sentences.len() as Index;
            paragraphs.push(Paragraph {
                id: string(&para.id),
                first_sentence,
                sentence_count: para.sentences.len() as Index,
            });
            for sentence in &para.sentences {
                sentences.push(Sentence {
                    id: string(&sentence.id),
                    paragraph: p as Index,
                    text: self.text(&sentence.text),
                });
            }
        }
        Article {
            id: string(&a.id),
            outlet: a.outlet.as_ref().map(|t| self.text(t)),
            reporter: self.opt_ref(Kind::Person, &a.reporter),
            published: a.published.as_ref().map(|w| self.when(w)),
            url: a.url.as_deref().map(string),
            headline: self.text(&a.headline),
            headline_from: self.refs(Kind::Sentence, &a.headline_from),
            summary: a.summary.as_ref().map(|t| self.text(t)),
            summary_from: self.refs(Kind::Sentence, &a.summary_from),
            copyright: a.copyright.as_ref().map(|t| self.text(t)),
            paragraphs: leak(paragraphs),
            sentences: leak(sentences),
        }
    }

    /// An image on an origin the story does not list is not fetched: it becomes the media's link.
    fn media(&self, m: &RawMedia) -> Media {
        let listed = |url: &str| {
            !is_remote(url) || origin(url).is_some_and(|o| self.c.story.article.media_origins.iter().any(|l| l == o))
        };
        let (image, link) = match m.image.as_deref() {
            Some(url) if listed(url) => {
                let size = self.c.image_size(url).or(m.width.zip(m.height));
                (Some(Image { src: string(url), size }), m.link.as_deref())
            }
            Some(url) => (None, m.link.as_deref().or(Some(url))),
            None => (None, m.link.as_deref()),
        };
        let text = |t: &Option<RawText>| t.as_ref().map(|t| self.text(t));
        Media {
            image,
            link: link.map(string),
            alt: if image.is_some() { text(&m.alt) } else { None },
            caption: text(&m.caption),
            credit: text(&m.credit),
        }
    }

    fn time_zone(&self, z: &RawTimeZone) -> TimeZone {
        TimeZone {
            id: string(&z.id),
            utc_offset_minutes: parse_utc_offset(&z.utc_offset).expect("a validated offset"),
            name: self.text(&z.name),
        }
    }

    fn person(&self, p: &RawPerson) -> Person {
        Person {
            id: string(&p.id),
            name: self.text(&p.name),
            role: self.text(&p.role),
            sources: self.refs(Kind::Sentence, &p.sources),
        }
    }

    fn place(&self, p: &RawPlace) -> Place {
        Place {
            id: string(&p.id),
            name: self.text(&p.name),
            within: self.opt_ref(Kind::Place, &p.within),
            sources: self.refs(Kind::Sentence, &p.sources),
        }
    }

    fn organization(&self, o: &RawOrganization) -> Organization {
        let work = o
            .work
            .iter()
            .map(|w| Work { kind: w.kind, text: self.text(&w.text), sources: self.refs(Kind::Sentence, &w.sources) })
            .collect();
        Organization {
            id: string(&o.id),
            name: self.text(&o.name),
            kind: o.kind,
            parent: self.opt_ref(Kind::Organization, &o.parent),
            side: self.opt_ref(Kind::Organization, &o.side),
            created: o.created.as_ref().map(|w| self.when(w)),
            description: o.description.as_ref().map(|t| self.text(t)),
            members_note: o.members_note.as_ref().map(|t| self.text(t)),
            work: leak(work),
            sources: self.refs(Kind::Sentence, &o.sources),
        }
    }

    fn figure(&self, f: &RawFigure) -> Figure {
        Figure {
            id: string(&f.id),
            value: f.value,
            approximate: f.approximate,
            text: self.text(&f.text),
            sources: self.refs(Kind::Sentence, &f.sources),
        }
    }

    fn event(&self, e: &RawEvent) -> Event {
        Event {
            id: string(&e.id),
            when: self.when(&e.when),
            end: e.end.as_deref().map(date),
            display_date: e.display_date.as_ref().map(|t| self.text(t)),
            headline: self.text(&e.headline),
            text: e.text.as_ref().map(|t| self.text(t)),
            media: e.media.as_ref().map(|m| self.media(m)),
            group: self.opt_ref(Kind::Group, &e.group),
            place: self.opt_ref(Kind::Place, &e.place),
            people: self.refs(Kind::Person, &e.people),
            organizations: self.refs(Kind::Organization, &e.organizations),
            figures: self.refs(Kind::Figure, &e.figures),
            sources: self.refs(Kind::Sentence, &e.sources),
        }
    }
}
