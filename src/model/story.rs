//! A story as the page uses it: the article, its entities and its events, all `'static`.
//!
//! `build.rs` generates one `Story` value from `data/`, after validation, so every reference here is a
//! checked index into a sibling slice and every text has all three languages.

use super::date::PartialDate;
use super::lang::Lang;

/// An index into one of the story's slices (`sentences`, `organizations`, …), checked at build time.
pub type Index = u16;

/// One text in each language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub ko: &'static str,
    pub en: &'static str,
    pub zh: &'static str,
}

impl Text {
    /// This text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ko => self.ko,
            Lang::En => self.en,
            Lang::Zh => self.zh,
        }
    }
}

/// How the article supports something: it says so, we inferred it from what it says, or it is a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Deserialize, schemars::JsonSchema),
    serde(rename_all = "snake_case")
)]
pub enum Status {
    Stated,
    Inferred,
    Planned,
}

/// What kind of body an organization is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Deserialize, schemars::JsonSchema),
    serde(rename_all = "snake_case")
)]
pub enum OrgKind {
    Committee,
    Team,
    Government,
    Department,
    Body,
}

/// What a piece of an organization's work is: done together so far, newly proposed, or its remit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Deserialize, schemars::JsonSchema),
    serde(rename_all = "snake_case")
)]
pub enum WorkKind {
    Past,
    Proposed,
    Remit,
}

/// When something happened, how sure the article is, and (for inferences) why.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct When {
    pub date: PartialDate,
    pub time_zone: Option<Index>,
    pub status: Status,
    pub basis: Option<Text>,
}

/// A named time zone with a fixed offset (the story's dates need no daylight-saving rules).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeZone {
    pub id: &'static str,
    pub utc_offset_minutes: i16,
    pub name: Text,
}

/// One sentence of the article, in the original and in translation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sentence {
    pub id: &'static str,
    pub paragraph: Index,
    pub text: Text,
}

/// A paragraph: a run of consecutive sentences.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Paragraph {
    pub id: &'static str,
    pub first_sentence: Index,
    pub sentence_count: Index,
}

/// The article itself and how it is credited.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Article {
    pub id: &'static str,
    pub outlet: Text,
    pub reporter: Index,
    pub published: When,
    pub url: Option<&'static str>,
    pub headline: Text,
    pub headline_from: &'static [Index],
    pub summary: Text,
    pub summary_from: &'static [Index],
    pub copyright: Text,
    pub paragraphs: &'static [Paragraph],
    pub sentences: &'static [Sentence],
}

/// A person the article names.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Person {
    pub id: &'static str,
    pub name: Text,
    pub role: Text,
    pub sources: &'static [Index],
}

/// A place the article names; `within` is the larger place it lies in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    pub id: &'static str,
    pub name: Text,
    pub within: Option<Index>,
    pub sources: &'static [Index],
}

/// A piece of an organization's work, with the sentences it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Work {
    pub kind: WorkKind,
    pub text: Text,
    pub sources: &'static [Index],
}

/// An organization; `parent` places it in the chart, `side` names the party (a city, say) it belongs to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Organization {
    pub id: &'static str,
    pub name: Text,
    pub kind: OrgKind,
    pub parent: Option<Index>,
    pub side: Option<Index>,
    pub created: Option<When>,
    pub description: Option<Text>,
    pub members_note: Option<Text>,
    pub work: &'static [Work],
    pub sources: &'static [Index],
}

/// A number the article gives, with what it counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub id: &'static str,
    pub value: u32,
    pub approximate: bool,
    pub text: Text,
    pub sources: &'static [Index],
}

/// Something that happened (or is planned), with everything involved and the sentences it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Event {
    pub id: &'static str,
    pub when: When,
    pub headline: Text,
    pub text: Text,
    pub place: Option<Index>,
    pub people: &'static [Index],
    pub organizations: &'static [Index],
    pub figures: &'static [Index],
    pub sources: &'static [Index],
}

/// Everything the page shows, generated from `data/` at build time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Story {
    pub article: Article,
    pub time_zones: &'static [TimeZone],
    pub people: &'static [Person],
    pub places: &'static [Place],
    pub organizations: &'static [Organization],
    pub figures: &'static [Figure],
    pub events: &'static [Event],
}

impl Story {
    /// The event with this id.
    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|event| event.id == id)
    }

    /// The organization with this id.
    pub fn organization_index(&self, id: &str) -> Option<usize> {
        self.organizations.iter().position(|org| org.id == id)
    }

    /// The sentence of the article with this id.
    pub fn sentence_index(&self, id: &str) -> Option<usize> {
        self.article.sentences.iter().position(|s| s.id == id)
    }

    /// The time zone an event's time is given in.
    pub fn time_zone(&self, when: &When) -> Option<&'static TimeZone> {
        when.time_zone.map(|i| &self.time_zones[i as usize])
    }
}
