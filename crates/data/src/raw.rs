//! The data files' shapes, as authors write them: `article.json`, `entities.json`, `events.json`.
//!
//! These types are the single source of the JSON Schema in `data/schema/` (derived with schemars) and of
//! deserialization. References between items are ids (strings); `validate` resolves them to indices.

use crate::model::{OrgKind, Status, WorkKind};
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A text in each of the story's languages, keyed by language code: `{"ko": "…", "en": "…"}`. Every
/// language of the story (`article.json` `languages`) is required, non-blank, and no other.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct RawText(pub BTreeMap<String, String>);

/// When something happened and how the article supports it.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawWhen {
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (local time), as precise as the article is.
    pub date: String,
    /// Id of an entry in `article.json` `time_zones`; required when `date` has a time.
    pub time_zone: Option<String>,
    /// `stated` (the article says it), `inferred` (derived from what it says: give `basis`), `planned`.
    pub status: Status,
    /// Why an inferred date or event follows from the article.
    pub basis: Option<RawText>,
}

/// A time zone with a fixed offset from UTC.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTimeZone {
    pub id: String,
    /// `+08:00`, `-03:30`…
    pub utc_offset: String,
    /// How readers call it, e.g. "Beijing time".
    pub name: RawText,
}

/// One sentence of the article: the original and its translations.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSentence {
    /// Stable id, cited by events and entities, e.g. `p3-s1`.
    pub id: String,
    pub text: RawText,
}

/// A paragraph of the article.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawParagraph {
    pub id: String,
    #[schemars(length(min = 1))]
    pub sentences: Vec<RawSentence>,
}

/// `article.json`: the article, its credit and its text.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawArticle {
    /// For editors: the path of this file's schema.
    #[serde(rename = "$schema")]
    pub schema: Option<String>,
    /// The story's id (lowercase letters, digits and hyphens).
    pub id: String,
    /// The languages the story is told in, by code (`ko`, `en`, `zh`, `ja`), in the order the page offers
    /// them. Every text is required in each.
    #[schemars(length(min = 1))]
    pub languages: Vec<String>,
    /// The language the article was written in; the first of `languages` if not given.
    pub original: Option<String>,
    /// The publication.
    pub outlet: RawText,
    /// Id of the reporter in `entities.json` `people`.
    pub reporter: String,
    /// When the article appeared.
    pub published: RawWhen,
    /// The original's address, where known (http or https only).
    pub url: Option<String>,
    /// The headline as printed; where the source text has none, one written from `headline_from`.
    pub headline: RawText,
    /// Ids of the sentences the headline condenses.
    #[schemars(length(min = 1))]
    pub headline_from: Vec<String>,
    /// A one-sentence summary for the title screen.
    pub summary: RawText,
    /// Ids of the sentences the summary condenses.
    #[schemars(length(min = 1))]
    pub summary_from: Vec<String>,
    /// The copyright notice as printed.
    pub copyright: RawText,
    /// Time zones that dates refer to.
    pub time_zones: Vec<RawTimeZone>,
    /// The body, paragraph by paragraph.
    #[schemars(length(min = 1))]
    pub paragraphs: Vec<RawParagraph>,
}

/// A person the article names.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPerson {
    pub id: String,
    pub name: RawText,
    /// Their office or role, as the article gives it.
    pub role: RawText,
    /// Sentence ids.
    #[schemars(length(min = 1))]
    pub sources: Vec<String>,
}

/// A place the article names.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPlace {
    pub id: String,
    pub name: RawText,
    /// Id of the larger place this one lies in.
    pub within: Option<String>,
    /// Sentence ids.
    #[schemars(length(min = 1))]
    pub sources: Vec<String>,
}

/// A piece of an organization's work.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawWork {
    /// `past` (done together so far), `proposed` (newly proposed) or `remit` (what it is there to do).
    pub kind: WorkKind,
    pub text: RawText,
    /// Sentence ids.
    #[schemars(length(min = 1))]
    pub sources: Vec<String>,
}

/// An organization the article names.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawOrganization {
    pub id: String,
    pub name: RawText,
    pub kind: OrgKind,
    /// Id of the organization it is part of, in the chart.
    pub parent: Option<String>,
    /// Id of the organization (a city government, say) whose side it is on.
    pub side: Option<String>,
    /// When it was set up, if the article says.
    pub created: Option<RawWhen>,
    pub description: Option<RawText>,
    /// What the article says of its members when it names none.
    pub members_note: Option<RawText>,
    #[serde(default)]
    pub work: Vec<RawWork>,
    /// Sentence ids.
    #[schemars(length(min = 1))]
    pub sources: Vec<String>,
}

/// A number the article gives.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub id: String,
    pub value: u32,
    /// True where the article says "about" or "more than" (여, 약…).
    pub approximate: bool,
    /// The figure in words, e.g. "about 50 Chinese investors".
    pub text: RawText,
    /// Sentence ids.
    #[schemars(length(min = 1))]
    pub sources: Vec<String>,
}

/// `entities.json`: who and what the article names.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEntities {
    /// For editors: the path of this file's schema.
    #[serde(rename = "$schema")]
    pub schema: Option<String>,
    pub people: Vec<RawPerson>,
    pub places: Vec<RawPlace>,
    pub organizations: Vec<RawOrganization>,
    pub figures: Vec<RawFigure>,
}

/// Something that happened or is planned.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    /// Stable id, used in links: `#event-<id>`.
    pub id: String,
    pub when: RawWhen,
    pub headline: RawText,
    pub text: RawText,
    /// Place id.
    pub place: Option<String>,
    /// Person ids.
    #[serde(default)]
    pub people: Vec<String>,
    /// Organization ids.
    #[serde(default)]
    pub organizations: Vec<String>,
    /// Figure ids.
    #[serde(default)]
    pub figures: Vec<String>,
    /// Ids of the sentences this event comes from: at least one.
    #[schemars(length(min = 1))]
    pub sources: Vec<String>,
}

/// `events.json`: the events in chronological order.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEvents {
    /// For editors: the path of this file's schema.
    #[serde(rename = "$schema")]
    pub schema: Option<String>,
    #[schemars(length(min = 1))]
    pub events: Vec<RawEvent>,
}
