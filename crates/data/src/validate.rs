//! Checks what the schema cannot: ids, references between files, dates, blank texts and the order of
//! events. Collects every error; on success, the id → index maps the generated story uses.

use super::raw::*;
use super::{DataError, RawStory};
use crate::model::date::{parse_utc_offset, PartialDate};
use crate::model::{Index, Lang, Status};
use std::cmp::Ordering;
use std::collections::HashMap;

/// The kinds of item that ids name, each with its own namespace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Sentence,
    TimeZone,
    Person,
    Place,
    Organization,
    Figure,
}

impl Kind {
    fn noun(self) -> &'static str {
        match self {
            Kind::Sentence => "sentence",
            Kind::TimeZone => "time zone",
            Kind::Person => "person",
            Kind::Place => "place",
            Kind::Organization => "organization",
            Kind::Figure => "figure",
        }
    }
}

/// A story that passed validation, with its languages and the index of every id.
pub struct Checked<'a> {
    pub story: &'a RawStory,
    /// The story's languages in its order, and its original.
    pub languages: Vec<Lang>,
    pub original: Lang,
    ids: HashMap<(Kind, &'a str), Index>,
}

impl Checked<'_> {
    /// The index of a reference that validation has resolved.
    pub fn index(&self, kind: Kind, id: &str) -> Index {
        self.ids[&(kind, id)]
    }
}

/// Validates a parsed story; every problem is reported, not just the first.
pub fn validate(story: &RawStory) -> Result<Checked<'_>, Vec<DataError>> {
    let mut v = Validator {
        ids: HashMap::new(),
        errors: Vec::new(),
        file: "",
        languages: Vec::new(),
        grouped: Default::default(),
    };
    // Every text is checked against the languages: with none usable, stop at what is wrong with them.
    let original = v.languages(&story.article);
    let language_errors = v.errors.len();
    if v.languages.is_empty() {
        return Err(v.errors);
    }
    v.declare_all(story);
    v.check_article(&story.article);
    v.check_entities(&story.entities);
    v.check_events(&story.events.events);
    // With `languages` itself wrong, texts in a language it misses are that same mistake.
    v.grouped_texts(language_errors > 0);
    match original {
        Some(original) if v.errors.is_empty() => Ok(Checked { story, languages: v.languages, original, ids: v.ids }),
        _ => Err(v.errors),
    }
}

/// The problems with texts that are reported once per file and language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Grouped {
    Missing,
    Foreign,
}

/// How the story's languages are named: by their codes.
fn codes(langs: &[Lang]) -> String {
    langs.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ")
}

struct Validator<'a> {
    ids: HashMap<(Kind, &'a str), Index>,
    errors: Vec<DataError>,
    file: &'static str,
    /// The story's languages, once read.
    languages: Vec<Lang>,
    /// Texts in a language the story is not told in, and texts missing one of its languages, by problem,
    /// file and language: the first's path, and how many. Each is one mistake, reported once.
    grouped: std::collections::BTreeMap<(Grouped, &'static str, String), (String, usize)>,
}

impl<'a> Validator<'a> {
    /// Reads `languages` and `original`: each a language the interface speaks, none twice; the original one
    /// of them. The original, if it is usable.
    fn languages(&mut self, a: &RawArticle) -> Option<Lang> {
        self.file = "article.json";
        if a.languages.is_empty() {
            self.error(
                "$.languages",
                format!("name at least one language; the page can be read in: {}", codes(Lang::ALL)),
            );
        }
        for (i, code) in a.languages.iter().enumerate() {
            match Lang::ALL.iter().copied().find(|l| l.code() == code) {
                Some(lang) if self.languages.contains(&lang) => {
                    self.error(format!("$.languages[{i}]"), format!("\"{code}\" is listed twice"))
                }
                Some(lang) => self.languages.push(lang),
                None => {
                    let known =
                        Lang::from_tag(code).map(|l| format!(" (did you mean \"{}\"?)", l.code())).unwrap_or_default();
                    self.error(
                        format!("$.languages[{i}]"),
                        format!(
                            "\"{code}\" is not a language the page can be read in{known}; those are: {}",
                            codes(Lang::ALL)
                        ),
                    )
                }
            }
        }
        match &a.original {
            None => self.languages.first().copied(),
            Some(code) => {
                let found = self.languages.iter().copied().find(|l| l.code() == code);
                // A code in `languages` that is not a language the page speaks is reported once, there.
                if found.is_none() && !a.languages.contains(code) {
                    self.error(
                        "$.original",
                        format!("\"{code}\" is not one of the story's languages ({})", codes(&self.languages)),
                    );
                }
                found
            }
        }
    }

    fn error(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.errors.push(DataError { file: self.file.into(), path: path.into(), reason: reason.into() });
    }

    /// Registers every id first, so references may point forwards and across files.
    fn declare_all(&mut self, story: &'a RawStory) {
        self.file = "article.json";
        let a = &story.article;
        self.id_syntax(&a.id, "$.id");
        let sentences = a.paragraphs.iter().enumerate().flat_map(|(p, para)| {
            para.sentences
                .iter()
                .enumerate()
                .map(move |(s, sentence)| (sentence.id.as_str(), format!("$.paragraphs[{p}].sentences[{s}].id")))
        });
        self.declare(Kind::Sentence, sentences.collect());
        let mut paragraph_ids = HashMap::new();
        for (p, para) in a.paragraphs.iter().enumerate() {
            self.id_syntax(&para.id, &format!("$.paragraphs[{p}].id"));
            if let Some(first) = paragraph_ids.insert(para.id.as_str(), p) {
                self.error(
                    format!("$.paragraphs[{p}].id"),
                    format!("duplicate paragraph id \"{}\" (first at $.paragraphs[{first}])", para.id),
                );
            }
        }
        self.declare(
            Kind::TimeZone,
            a.time_zones.iter().enumerate().map(|(i, z)| (z.id.as_str(), format!("$.time_zones[{i}].id"))).collect(),
        );
        self.file = "entities.json";
        let e = &story.entities;
        self.declare(
            Kind::Person,
            e.people.iter().enumerate().map(|(i, x)| (x.id.as_str(), format!("$.people[{i}].id"))).collect(),
        );
        self.declare(
            Kind::Place,
            e.places.iter().enumerate().map(|(i, x)| (x.id.as_str(), format!("$.places[{i}].id"))).collect(),
        );
        self.declare(
            Kind::Organization,
            e.organizations
                .iter()
                .enumerate()
                .map(|(i, x)| (x.id.as_str(), format!("$.organizations[{i}].id")))
                .collect(),
        );
        self.declare(
            Kind::Figure,
            e.figures.iter().enumerate().map(|(i, x)| (x.id.as_str(), format!("$.figures[{i}].id"))).collect(),
        );
        self.file = "events.json";
        let mut event_ids = HashMap::new();
        for (i, event) in story.events.events.iter().enumerate() {
            self.id_syntax(&event.id, &format!("$.events[{i}].id"));
            if let Some(first) = event_ids.insert(event.id.as_str(), i) {
                self.error(
                    format!("$.events[{i}].id"),
                    format!("duplicate event id \"{}\" (first at $.events[{first}])", event.id),
                );
            }
        }
    }

    fn declare(&mut self, kind: Kind, items: Vec<(&'a str, String)>) {
        if items.len() > Index::MAX as usize {
            self.error("$", format!("more than {} {}s", Index::MAX, kind.noun()));
            return;
        }
        for (index, (id, path)) in items.into_iter().enumerate() {
            self.id_syntax(id, &path);
            if let Some(&first) = self.ids.get(&(kind, id)) {
                self.error(
                    path,
                    format!(
                        "duplicate {} id \"{id}\" (the first is {} number {})",
                        kind.noun(),
                        kind.noun(),
                        first + 1
                    ),
                );
            } else {
                self.ids.insert((kind, id), index as Index);
            }
        }
    }

    fn id_syntax(&mut self, id: &str, path: &str) {
        let ok = !id.is_empty()
            && id.len() <= 64
            && id
                .split('-')
                .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
        if !ok {
            self.error(path, format!("invalid id \"{id}\": use 1 to 64 lowercase letters, digits and single hyphens (e.g. \"team-environment\")"));
        }
    }

    fn reference(&mut self, kind: Kind, id: &str, path: &str) {
        if !self.ids.contains_key(&(kind, id)) {
            self.error(path, format!("unknown {} \"{id}\"", kind.noun()));
        }
    }

    fn references(&mut self, kind: Kind, ids: &[String], path: &str) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(kind, id, &format!("{path}[{i}]"));
            if ids[..i].contains(id) {
                self.error(format!("{path}[{i}]"), format!("\"{id}\" is listed twice"));
            }
        }
    }

    /// One error for each language, in each file, that texts lack or that texts are in but the story is not
    /// (unless told to skip the latter).
    fn grouped_texts(&mut self, skip_foreign: bool) {
        for ((problem, file, code), (path, count)) in std::mem::take(&mut self.grouped) {
            if skip_foreign && problem == Grouped::Foreign {
                continue;
            }
            let others = match count {
                1 => String::new(),
                2 => " (and 1 other text)".into(),
                n => format!(" (and {} other texts)", n - 1),
            };
            let languages = codes(&self.languages);
            let reason = match problem {
                Grouped::Missing => format!("missing the text in \"{code}\"{others} (the story's languages: {languages})"),
                Grouped::Foreign => format!(
                    "\"{code}\" is not one of the story's languages ({languages}){others}: add it to `languages` in article.json or remove these texts"
                ),
            };
            self.errors.push(DataError { file: file.into(), path, reason });
        }
    }

    /// A text has each of the story's languages, non-blank, and no other.
    fn text(&mut self, text: &RawText, path: &str) {
        for i in 0..self.languages.len() {
            let lang = self.languages[i];
            match text.0.get(lang.code()) {
                None => self.group(Grouped::Missing, lang.code(), path.into()),
                Some(value) if value.trim().is_empty() => {
                    self.error(format!("{path}.{}", lang.code()), "the text is blank")
                }
                Some(_) => {}
            }
        }
        for code in text.0.keys() {
            if !self.languages.iter().any(|l| l.code() == code) {
                self.group(Grouped::Foreign, code, format!("{path}.{code}"));
            }
        }
    }

    fn group(&mut self, problem: Grouped, code: &str, path: String) {
        self.grouped.entry((problem, self.file, code.to_string())).or_insert((path, 0)).1 += 1;
    }

    fn when(&mut self, when: &RawWhen, path: &str) -> Option<PartialDate> {
        let date = match PartialDate::parse(&when.date) {
            Ok(date) => Some(date),
            Err(e) => {
                self.error(format!("{path}.date"), format!("impossible date \"{}\": {e}", when.date));
                None
            }
        };
        match &when.time_zone {
            Some(zone) => self.reference(Kind::TimeZone, zone, &format!("{path}.time_zone")),
            None if date.is_some_and(|d| d.time.is_some()) => {
                self.error(format!("{path}.time_zone"), format!("the time in \"{}\" has no time zone", when.date))
            }
            None => {}
        }
        match (&when.basis, when.status) {
            (Some(basis), _) => self.text(basis, &format!("{path}.basis")),
            (None, Status::Inferred) => self
                .error(format!("{path}.basis"), "an inferred date needs a basis: say how it follows from the article"),
            (None, _) => {}
        }
        date
    }

    fn check_article(&mut self, a: &RawArticle) {
        self.file = "article.json";
        for (name, text) in
            [("outlet", &a.outlet), ("headline", &a.headline), ("summary", &a.summary), ("copyright", &a.copyright)]
        {
            self.text(text, &format!("$.{name}"));
        }
        self.reference(Kind::Person, &a.reporter, "$.reporter");
        self.when(&a.published, "$.published");
        if let Some(url) = &a.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) || url.chars().any(char::is_whitespace) {
                self.error("$.url", format!("\"{url}\" is not an http(s) address"));
            }
        }
        self.references(Kind::Sentence, &a.headline_from, "$.headline_from");
        self.references(Kind::Sentence, &a.summary_from, "$.summary_from");
        for (i, zone) in a.time_zones.iter().enumerate() {
            if parse_utc_offset(&zone.utc_offset).is_none() {
                self.error(
                    format!("$.time_zones[{i}].utc_offset"),
                    format!("\"{}\" is not a UTC offset like +08:00", zone.utc_offset),
                );
            }
            self.text(&zone.name, &format!("$.time_zones[{i}].name"));
        }
        for (p, para) in a.paragraphs.iter().enumerate() {
            for (s, sentence) in para.sentences.iter().enumerate() {
                self.text(&sentence.text, &format!("$.paragraphs[{p}].sentences[{s}].text"));
            }
        }
    }

    fn check_entities(&mut self, e: &RawEntities) {
        self.file = "entities.json";
        for (i, person) in e.people.iter().enumerate() {
            let path = format!("$.people[{i}]");
            self.text(&person.name, &format!("{path}.name"));
            self.text(&person.role, &format!("{path}.role"));
            self.references(Kind::Sentence, &person.sources, &format!("{path}.sources"));
        }
        for (i, place) in e.places.iter().enumerate() {
            let path = format!("$.places[{i}]");
            self.text(&place.name, &format!("{path}.name"));
            if let Some(within) = &place.within {
                self.reference(Kind::Place, within, &format!("{path}.within"));
            }
            self.references(Kind::Sentence, &place.sources, &format!("{path}.sources"));
        }
        self.no_cycles(e.places.iter().map(|p| (p.id.as_str(), p.within.as_deref())).collect(), "places", "within");
        for (i, org) in e.organizations.iter().enumerate() {
            let path = format!("$.organizations[{i}]");
            self.text(&org.name, &format!("{path}.name"));
            for (field, target) in [("parent", &org.parent), ("side", &org.side)] {
                if let Some(target) = target {
                    self.reference(Kind::Organization, target, &format!("{path}.{field}"));
                }
            }
            if let Some(created) = &org.created {
                self.when(created, &format!("{path}.created"));
            }
            for (field, text) in [("description", &org.description), ("members_note", &org.members_note)] {
                if let Some(text) = text {
                    self.text(text, &format!("{path}.{field}"));
                }
            }
            for (w, work) in org.work.iter().enumerate() {
                self.text(&work.text, &format!("{path}.work[{w}].text"));
                self.references(Kind::Sentence, &work.sources, &format!("{path}.work[{w}].sources"));
            }
            self.references(Kind::Sentence, &org.sources, &format!("{path}.sources"));
        }
        self.no_cycles(
            e.organizations.iter().map(|o| (o.id.as_str(), o.parent.as_deref())).collect(),
            "organizations",
            "parent",
        );
        for (i, figure) in e.figures.iter().enumerate() {
            let path = format!("$.figures[{i}]");
            self.text(&figure.text, &format!("{path}.text"));
            self.references(Kind::Sentence, &figure.sources, &format!("{path}.sources"));
        }
    }

    /// Reports an item whose chain of `field` links comes back to itself.
    fn no_cycles(&mut self, links: Vec<(&str, Option<&str>)>, list: &str, field: &str) {
        let up: HashMap<&str, &str> = links.iter().filter_map(|(id, target)| Some((*id, (*target)?))).collect();
        for (i, (id, _)) in links.iter().enumerate() {
            let mut current = *id;
            for _ in 0..links.len() {
                match up.get(current) {
                    Some(&next) if next == *id => {
                        self.error(
                            format!("$.{list}[{i}].{field}"),
                            format!("\"{id}\" is its own {field} through a cycle"),
                        );
                        break;
                    }
                    Some(&next) => current = next,
                    None => break,
                }
            }
        }
    }

    fn check_events(&mut self, events: &[RawEvent]) {
        self.file = "events.json";
        let mut previous: Option<(PartialDate, &str)> = None;
        for (i, event) in events.iter().enumerate() {
            let path = format!("$.events[{i}]");
            let date = self.when(&event.when, &format!("{path}.when"));
            self.text(&event.headline, &format!("{path}.headline"));
            self.text(&event.text, &format!("{path}.text"));
            if let Some(place) = &event.place {
                self.reference(Kind::Place, place, &format!("{path}.place"));
            }
            self.references(Kind::Person, &event.people, &format!("{path}.people"));
            self.references(Kind::Organization, &event.organizations, &format!("{path}.organizations"));
            self.references(Kind::Figure, &event.figures, &format!("{path}.figures"));
            self.references(Kind::Sentence, &event.sources, &format!("{path}.sources"));
            if let (Some(date), Some((before, before_id))) = (date, previous) {
                if date.compare_known(&before) == Ordering::Less {
                    self.error(
                        format!("{path}.when.date"),
                        format!("\"{}\" is earlier than the event before it (\"{before_id}\"): list events in chronological order", event.when.date),
                    );
                }
            }
            if let Some(date) = date {
                previous = Some((date, &event.id));
            }
        }
    }
}
