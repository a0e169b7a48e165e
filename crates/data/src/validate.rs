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
    Group,
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
            Kind::Group => "group",
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
    /// The size of each of the story's own images, by path.
    images: HashMap<&'a str, (u32, u32)>,
    /// What the author should know of a valid story: what the page leaves out, and why.
    pub notes: Vec<String>,
}

impl Checked<'_> {
    /// The index of a reference that validation has resolved.
    pub fn index(&self, kind: Kind, id: &str) -> Index {
        self.ids[&(kind, id)]
    }

    /// The size of one of the story's own images, which validation has read.
    pub fn image_size(&self, path: &str) -> Option<(u32, u32)> {
        self.images.get(path).copied()
    }
}

/// Whether `id` is an id: 1 to 64 lowercase letters, digits and single hyphens.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

pub use crate::model::is_remote;

/// The origin of an http(s) address: `https://images.example.org` of `https://images.example.org/a.png`.
pub fn origin(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    (host_end > 0).then(|| &url[..url.len() - rest.len() + host_end])
}

/// Whether `text` is an https origin as a CSP names it: `https://`, a lowercase host name, maybe a port.
fn is_https_origin(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("https://") else { return false };
    let (host, port) = rest.split_once(':').unwrap_or((rest, "1"));
    let label = |l: &str| !l.is_empty() && l.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    host.split('.').all(label) && !port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `url` is an http(s) address with no spaces or quotes: safe in `href` and `src`.
fn is_web_address(url: &str) -> bool {
    origin(url).is_some() && !url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>'))
}

/// Validates a parsed story; every problem is reported, not just the first.
pub fn validate(story: &RawStory) -> Result<Checked<'_>, Vec<DataError>> {
    let mut v = Validator {
        ids: HashMap::new(),
        errors: Vec::new(),
        file: "",
        languages: Vec::new(),
        grouped: Default::default(),
        has_article: story.article.has_article(),
        zoned: !story.article.time_zones.is_empty(),
        images: HashMap::new(),
        folder: story.folder.as_deref(),
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
        Some(original) if v.errors.is_empty() => {
            let notes = notes(story);
            Ok(Checked { story, languages: v.languages, original, ids: v.ids, images: v.images, notes })
        }
        _ => Err(v.errors),
    }
}

/// What a valid story's page leaves out: the article's parts without an article, the org chart without
/// organizations, images on origins the story does not list (shown as links).
fn notes(story: &RawStory) -> Vec<String> {
    let mut notes = Vec::new();
    if !story.article.has_article() {
        notes.push(
            "the story has no article (no paragraphs in article.json): the page shows no article view, no sources and no citations"
                .to_string(),
        );
    }
    if story.entities.organizations.is_empty() {
        notes.push("the story names no organizations: the page shows no org chart".to_string());
    }
    let mut unlisted: Vec<&str> = story
        .events
        .events
        .iter()
        .filter_map(|e| e.media.as_ref()?.image.as_deref())
        .filter(|url| is_remote(url))
        .filter_map(origin)
        .filter(|o| !story.article.media_origins.iter().any(|listed| listed == o))
        .collect();
    unlisted.sort_unstable();
    unlisted.dedup();
    for origin in unlisted {
        notes.push(if origin.starts_with("https://") {
            format!("images on {origin} are shown as links: list \"{origin}\" in article.json media_origins to show them (the page's CSP then allows it)")
        } else {
            format!("images on {origin} are shown as links: the page shows images from elsewhere only over https")
        });
    }
    notes
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
    /// Whether the story has an article, whose sentences everything then cites.
    has_article: bool,
    /// Whether the story names time zones, which every time then needs.
    zoned: bool,
    /// The story's own images read so far, with their sizes.
    images: HashMap<&'a str, (u32, u32)>,
    /// Where the story's files are.
    folder: Option<&'a std::path::Path>,
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
        self.declare(
            Kind::Group,
            a.groups.iter().enumerate().map(|(i, g)| (g.id.as_str(), format!("$.groups[{i}].id"))).collect(),
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
        if !is_id(id) {
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

    /// The sentences something comes from: at least one when the story has an article (without one there
    /// is nothing to cite).
    fn sources(&mut self, ids: &[String], path: &str) {
        if self.has_article && ids.is_empty() {
            self.error(path, "cite at least one sentence of the article");
        }
        self.references(Kind::Sentence, ids, path);
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

    fn date(&mut self, text: &str, path: &str) -> Option<PartialDate> {
        match PartialDate::parse(text) {
            Ok(date) => Some(date),
            Err(e) => {
                self.error(path, format!("impossible date \"{text}\": {e}"));
                None
            }
        }
    }

    /// A span's end, no earlier than its start.
    fn end(&mut self, start: Option<PartialDate>, end: &str, path: &str) -> Option<PartialDate> {
        let end_date = self.date(end, path)?;
        if start.is_some_and(|start| end_date.compare_known(&start) == Ordering::Less) {
            self.error(path, format!("\"{end}\" is earlier than the start"));
        }
        Some(end_date)
    }

    fn when(&mut self, when: &RawWhen, path: &str) -> Option<PartialDate> {
        let date = self.date(&when.date, &format!("{path}.date"));
        match &when.time_zone {
            Some(zone) => self.reference(Kind::TimeZone, zone, &format!("{path}.time_zone")),
            None if self.zoned && date.is_some_and(|d| d.time.is_some()) => {
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
        for (name, text) in [
            ("outlet", a.outlet.as_ref()),
            ("headline", Some(&a.headline)),
            ("summary", a.summary.as_ref()),
            ("copyright", a.copyright.as_ref()),
        ] {
            if let Some(text) = text {
                self.text(text, &format!("$.{name}"));
            }
        }
        if let Some(reporter) = &a.reporter {
            self.reference(Kind::Person, reporter, "$.reporter");
        }
        if let Some(published) = &a.published {
            self.when(published, "$.published");
        }
        if let Some(url) = &a.url {
            self.web_address(url, "$.url");
        }
        self.sources(&a.headline_from, "$.headline_from");
        if a.summary.is_some() || !a.summary_from.is_empty() {
            self.sources(&a.summary_from, "$.summary_from");
        }
        for (i, era) in a.eras.iter().enumerate() {
            let path = format!("$.eras[{i}]");
            let start = self.date(&era.start, &format!("{path}.start"));
            self.end(start, &era.end, &format!("{path}.end"));
            self.text(&era.label, &format!("{path}.label"));
        }
        for (i, group) in a.groups.iter().enumerate() {
            self.text(&group.name, &format!("$.groups[{i}].name"));
        }
        for (i, listed) in a.media_origins.iter().enumerate() {
            if !is_https_origin(listed) {
                self.error(
                    format!("$.media_origins[{i}]"),
                    format!("\"{listed}\" is not an origin like https://images.example.org (https, no path)"),
                );
            }
        }
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
            self.sources(&person.sources, &format!("{path}.sources"));
        }
        for (i, place) in e.places.iter().enumerate() {
            let path = format!("$.places[{i}]");
            self.text(&place.name, &format!("{path}.name"));
            if let Some(within) = &place.within {
                self.reference(Kind::Place, within, &format!("{path}.within"));
            }
            self.sources(&place.sources, &format!("{path}.sources"));
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
                self.sources(&work.sources, &format!("{path}.work[{w}].sources"));
            }
            self.sources(&org.sources, &format!("{path}.sources"));
        }
        self.no_cycles(
            e.organizations.iter().map(|o| (o.id.as_str(), o.parent.as_deref())).collect(),
            "organizations",
            "parent",
        );
        for (i, figure) in e.figures.iter().enumerate() {
            let path = format!("$.figures[{i}]");
            self.text(&figure.text, &format!("{path}.text"));
            self.sources(&figure.sources, &format!("{path}.sources"));
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

    fn web_address(&mut self, url: &str, path: &str) {
        if !is_web_address(url) {
            self.error(path, format!("\"{url}\" is not an http(s) address"));
        }
    }

    /// An event's media: an image with its alt text (a file of the story's that can be read, or an address
    /// on another origin), a link, or both.
    fn media(&mut self, media: &'a RawMedia, path: &str) {
        if media.image.is_none() && media.link.is_none() {
            self.error(path, "give an `image`, a `link`, or both");
        }
        if let Some(link) = &media.link {
            self.web_address(link, &format!("{path}.link"));
        }
        for (name, text) in [("alt", &media.alt), ("caption", &media.caption), ("credit", &media.credit)] {
            if let Some(text) = text {
                self.text(text, &format!("{path}.{name}"));
            }
        }
        let Some(image) = &media.image else { return };
        if media.alt.is_none() {
            self.error(format!("{path}.alt"), "an image needs its alt text: say what it shows");
        }
        let path = format!("{path}.image");
        if is_remote(image) {
            return self.web_address(image, &path);
        }
        let safe = image.strip_prefix("media/").is_some_and(|name| {
            !name.is_empty()
                && name.split('/').all(|part| {
                    !part.is_empty()
                        && !part.starts_with('.')
                        && part.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                })
        });
        if !safe {
            return self.error(
                path,
                format!("\"{image}\" is neither an https address nor a file in the story's media/ folder (letters, digits, - _ . only)"),
            );
        }
        let Some(folder) = self.folder else {
            return self.error(path, format!("cannot read \"{image}\": the story has no folder"));
        };
        match imagesize::size(folder.join(image)) {
            Ok(size) if size.width > 0 && size.height > 0 => {
                self.images.insert(image, (size.width as u32, size.height as u32));
            }
            Ok(_) => self.error(path, format!("\"{image}\" has no size")),
            Err(imagesize::ImageError::IoError(e)) => self.error(path, format!("cannot read \"{image}\": {e}")),
            Err(_) => self.error(path, format!("\"{image}\" is not a PNG, JPEG, GIF or WebP image")),
        }
    }

    fn check_events(&mut self, events: &'a [RawEvent]) {
        self.file = "events.json";
        let mut previous: Option<(PartialDate, &str)> = None;
        for (i, event) in events.iter().enumerate() {
            let path = format!("$.events[{i}]");
            let date = self.when(&event.when, &format!("{path}.when"));
            if let Some(end) = &event.end {
                self.end(date, end, &format!("{path}.end"));
            }
            if let Some(display) = &event.display_date {
                self.text(display, &format!("{path}.display_date"));
            }
            self.text(&event.headline, &format!("{path}.headline"));
            if let Some(text) = &event.text {
                self.text(text, &format!("{path}.text"));
            }
            if let Some(media) = &event.media {
                self.media(media, &format!("{path}.media"));
            }
            if let Some(group) = &event.group {
                self.reference(Kind::Group, group, &format!("{path}.group"));
            }
            if let Some(place) = &event.place {
                self.reference(Kind::Place, place, &format!("{path}.place"));
            }
            self.references(Kind::Person, &event.people, &format!("{path}.people"));
            self.references(Kind::Organization, &event.organizations, &format!("{path}.organizations"));
            self.references(Kind::Figure, &event.figures, &format!("{path}.figures"));
            self.sources(&event.sources, &format!("{path}.sources"));
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
