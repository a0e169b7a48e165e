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
    /// `stated` (the article says it: the default), `inferred` (derived from what it says: give `basis`),
    /// `planned`.
    #[serde(default = "stated")]
    pub status: Status,
    /// Why an inferred date or event follows from the article.
    pub basis: Option<RawText>,
}

fn stated() -> Status {
    Status::Stated
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
    pub outlet: Option<RawText>,
    /// Id of the reporter in `entities.json` `people`.
    pub reporter: Option<String>,
    /// When the article appeared.
    pub published: Option<RawWhen>,
    /// The original's address, where known (http or https only).
    pub url: Option<String>,
    /// The headline as printed; where the source text has none, one written from `headline_from`.
    pub headline: RawText,
    /// Ids of the sentences the headline condenses (at least one, when there is an article).
    #[serde(default)]
    pub headline_from: Vec<String>,
    /// A one-sentence summary for the title screen.
    pub summary: Option<RawText>,
    /// Ids of the sentences the summary condenses (at least one, when there is an article).
    #[serde(default)]
    pub summary_from: Vec<String>,
    /// The copyright notice as printed.
    pub copyright: Option<RawText>,
    /// Time zones that dates refer to. A story with none shows times as they are written.
    #[serde(default)]
    pub time_zones: Vec<RawTimeZone>,
    /// The body, paragraph by paragraph. A story with none (a timeline brought from elsewhere) has no
    /// article view, and nothing in it cites a sentence.
    #[serde(default)]
    pub paragraphs: Vec<RawParagraph>,
    /// Labelled spans of time on the axis.
    #[serde(default)]
    pub eras: Vec<RawEra>,
    /// The groups events may belong to, in the order the filter offers them.
    #[serde(default)]
    pub groups: Vec<RawGroup>,
    /// Origins (`https://images.example.org`) whose images the page may show; an image elsewhere is shown
    /// as a link to it.
    #[serde(default)]
    pub media_origins: Vec<String>,
}

impl RawArticle {
    /// Whether the story is told from an article (it has paragraphs), which everything then cites.
    pub fn has_article(&self) -> bool {
        !self.paragraphs.is_empty()
    }
}

/// A labelled span of time.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEra {
    /// A date, as in `when.date`.
    pub start: String,
    /// A date no earlier than `start`.
    pub end: String,
    pub label: RawText,
}

/// A group of events.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawGroup {
    pub id: String,
    pub name: RawText,
}

/// An event's picture or link.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMedia {
    /// An image: a file in the story's `media/` folder (`media/map.png`: PNG, JPEG, GIF or WebP), or an
    /// address elsewhere, shown when its origin is one of `media_origins` (https) and otherwise as a link.
    pub image: Option<String>,
    /// An http(s) address the media leads to: a video, a post, a page. Never shown in a frame.
    pub link: Option<String>,
    /// What the image shows; required with an image.
    pub alt: Option<RawText>,
    pub caption: Option<RawText>,
    pub credit: Option<RawText>,
    /// An image on another origin: its size in pixels, if known (a file's is read from it).
    pub width: Option<u32>,
    pub height: Option<u32>,
}

/// A person the article names.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPerson {
    pub id: String,
    pub name: RawText,
    /// Their office or role, as the article gives it.
    pub role: RawText,
    /// Sentence ids: at least one, when the story has an article.
    #[serde(default)]
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
    /// Sentence ids: at least one, when the story has an article.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A piece of an organization's work.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawWork {
    /// `past` (done together so far), `proposed` (newly proposed) or `remit` (what it is there to do).
    pub kind: WorkKind,
    pub text: RawText,
    /// Sentence ids: at least one, when the story has an article.
    #[serde(default)]
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
    /// Sentence ids: at least one, when the story has an article.
    #[serde(default)]
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
    /// Sentence ids: at least one, when the story has an article.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// `entities.json`: who and what the article names. The file may be left out where it names nothing.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEntities {
    /// For editors: the path of this file's schema.
    #[serde(rename = "$schema")]
    pub schema: Option<String>,
    #[serde(default)]
    pub people: Vec<RawPerson>,
    #[serde(default)]
    pub places: Vec<RawPlace>,
    #[serde(default)]
    pub organizations: Vec<RawOrganization>,
    #[serde(default)]
    pub figures: Vec<RawFigure>,
}

/// Something that happened or is planned.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    /// Stable id, used in links: `#event-<id>`.
    pub id: String,
    pub when: RawWhen,
    /// When it ended, for an event that lasted: a date as in `when.date`, no earlier than it.
    pub end: Option<String>,
    /// How the date is to be written instead ("Spring 1945").
    pub display_date: Option<RawText>,
    pub headline: RawText,
    /// Paragraphs apart by a blank line.
    pub text: Option<RawText>,
    pub media: Option<RawMedia>,
    /// Group id (`article.json` `groups`).
    pub group: Option<String>,
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
    /// Ids of the sentences this event comes from: at least one, when the story has an article.
    #[serde(default)]
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
