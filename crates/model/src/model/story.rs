//! A story as the page uses it: the article, its entities and its events, all `'static`.
//!
//! `build.rs` generates one `Story` value from `data/`, after validation, so every reference here is a
//! checked index into a sibling slice and every text is in each of the story's languages.

use super::date::PartialDate;
use super::Lang;
use std::sync::OnceLock;

/// An index into one of the story's slices (`sentences`, `organizations`, …), checked at build time.
pub type Index = u16;

/// One text of the story, in each of the story's languages: its place in the story's [`Texts`].
#[derive(Clone, Copy)]
pub struct Text {
    pub table: &'static Texts,
    pub id: u32,
}

impl Text {
    /// This text in `lang`: empty if the story is not told in `lang`, or (in the browser) if that language's
    /// texts are not loaded yet (see [`Texts::load`]).
    pub fn get(&self, lang: Lang) -> &'static str {
        self.table.language(lang).and_then(|texts| texts.get(self.id as usize)).copied().unwrap_or("")
    }
}

/// A text is baked as its number in the story's `TEXTS`, the static written beside the story (see the
/// data pipeline's `codegen`).
#[cfg(feature = "data")]
impl databake::Bake for Text {
    fn bake(&self, _: &databake::CrateEnv) -> databake::TokenStream {
        let id = self.id;
        databake::quote! { explainer_model::model::Text { table: &TEXTS, id: #id } }
    }
}

#[cfg(feature = "data")]
impl databake::BakeSize for Text {
    fn borrows_size(&self) -> usize {
        0
    }
}

/// The story's table of texts is baked as the name of that static.
#[cfg(feature = "data")]
impl databake::Bake for Texts {
    fn bake(&self, _: &databake::CrateEnv) -> databake::TokenStream {
        databake::quote! { TEXTS }
    }
}

#[cfg(feature = "data")]
impl databake::BakeSize for Texts {
    fn borrows_size(&self) -> usize {
        0
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.table, other.table) && self.id == other.id
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Text({}: {:?})", self.id, Lang::ALL.iter().map(|&l| self.get(l)).find(|t| !t.is_empty()))
    }
}

/// Every text of a story, one list per language, all in the same order.
///
/// Natively (the build, the prerender, tests) every language is compiled in. The browser's bundle holds no
/// text at all: the page's language is loaded when the app starts and each other one when the reader
/// chooses it, from the files the build writes (`text/<lang>.<version>.json`, see [`Texts::file_name`]).
pub struct Texts {
    /// The texts compiled in, by language.
    pub built_in: &'static [(Lang, &'static [&'static str])],
    /// How many texts each language has.
    pub len: u32,
    /// A digest of every text: a file of texts from another build is never mistaken for this one's.
    pub version: &'static str,
    loaded: [OnceLock<&'static [&'static str]>; Lang::COUNT],
}

impl Texts {
    /// A story's table with the texts compiled in for some (or none) of its languages.
    pub const fn new(built_in: &'static [(Lang, &'static [&'static str])], len: u32, version: &'static str) -> Texts {
        Texts { built_in, len, version, loaded: [const { OnceLock::new() }; Lang::COUNT] }
    }

    /// The texts in `lang`, if compiled in or loaded.
    pub fn language(&self, lang: Lang) -> Option<&'static [&'static str]> {
        match self.built_in.iter().find(|(l, _)| *l == lang) {
            Some((_, texts)) => Some(texts),
            None => self.loaded[lang as usize].get().copied(),
        }
    }

    /// Whether the texts in `lang` are here.
    pub fn has(&self, lang: Lang) -> bool {
        self.language(lang).is_some()
    }

    /// Adds the texts in `lang` from its file, a JSON array of strings (see [`super::json_strings`]); refused
    /// unless it is one, with a string for every text. The file is kept for the page's life, and a text
    /// without escapes is a span of it. A language already loaded stays as it is (`json` is not read).
    pub fn load(&self, lang: Lang, json: String) -> Result<(), String> {
        use super::json_strings::parse;
        if self.has(lang) {
            return Ok(());
        }
        let items = parse(&json)?;
        if items.len() != self.len as usize {
            return Err(format!("{} texts in {}, but the story has {}", items.len(), lang.code(), self.len));
        }
        let json: &'static str = Box::leak(json.into_boxed_str());
        let texts: Vec<&'static str> = items
            .into_iter()
            .map(|item| match item.text(json) {
                std::borrow::Cow::Borrowed(text) => text,
                std::borrow::Cow::Owned(text) => Box::leak(text.into_boxed_str()),
            })
            .collect();
        let _ = self.loaded[lang as usize].set(Box::leak(texts.into_boxed_slice()));
        Ok(())
    }

    /// The name of the file holding the texts in `lang`, in the build's `text/` folder.
    pub fn file_name(&self, lang: Lang) -> String {
        format!("{}.{}.json", lang.code(), self.version)
    }
}

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Texts({} each, version {})", self.len, self.version)
    }
}

/// How the article supports something: it says so, we inferred it from what it says, or it is a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
#[cfg_attr(feature = "data", derive(serde::Deserialize, schemars::JsonSchema), serde(rename_all = "snake_case"))]
pub enum Status {
    Stated,
    Inferred,
    Planned,
}

/// What kind of body an organization is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
#[cfg_attr(feature = "data", derive(serde::Deserialize, schemars::JsonSchema), serde(rename_all = "snake_case"))]
pub enum OrgKind {
    Committee,
    Team,
    Government,
    Department,
    Body,
}

/// What a piece of an organization's work is: done together so far, newly proposed, or its remit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
#[cfg_attr(feature = "data", derive(serde::Deserialize, schemars::JsonSchema), serde(rename_all = "snake_case"))]
pub enum WorkKind {
    Past,
    Proposed,
    Remit,
}

/// When something happened, how sure the article is, and (for inferences) why.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct When {
    pub date: PartialDate,
    pub time_zone: Option<Index>,
    pub status: Status,
    pub basis: Option<Text>,
}

/// A named time zone with a fixed offset (the story's dates need no daylight-saving rules).
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct TimeZone {
    pub id: &'static str,
    pub utc_offset_minutes: i16,
    pub name: Text,
}

/// One sentence of the article, in the original and in translation.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct Sentence {
    pub id: &'static str,
    pub paragraph: Index,
    pub text: Text,
}

/// A paragraph: a run of consecutive sentences.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct Paragraph {
    pub id: &'static str,
    pub first_sentence: Index,
    pub sentence_count: Index,
}

/// The article itself and how it is credited. A story told without an article (a timeline brought from
/// elsewhere) has its headline and summary here and no sentences: nothing then cites, and the page offers
/// no article view and no sources.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct Article {
    pub id: &'static str,
    pub outlet: Option<Text>,
    pub reporter: Option<Index>,
    pub published: Option<When>,
    pub url: Option<&'static str>,
    pub headline: Text,
    pub headline_from: &'static [Index],
    pub summary: Option<Text>,
    pub summary_from: &'static [Index],
    pub copyright: Option<Text>,
    pub paragraphs: &'static [Paragraph],
    pub sentences: &'static [Sentence],
}

/// A person the article names.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct Person {
    pub id: &'static str,
    pub name: Text,
    pub role: Text,
    pub sources: &'static [Index],
}

/// A place the article names; `within` is the larger place it lies in.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct Place {
    pub id: &'static str,
    pub name: Text,
    pub within: Option<Index>,
    pub sources: &'static [Index],
}

/// A piece of an organization's work, with the sentences it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct Work {
    pub kind: WorkKind,
    pub text: Text,
    pub sources: &'static [Index],
}

/// An organization; `parent` places it in the chart, `side` names the party (a city, say) it belongs to.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
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
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct Figure {
    pub id: &'static str,
    pub value: u32,
    pub approximate: bool,
    pub text: Text,
    pub sources: &'static [Index],
}

/// An event's picture or link: an image (a file of the story's, or on an origin the story lists) with its
/// size, or a link (a video, a post, a page elsewhere: never framed), or both, with what is said of it.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct Media {
    pub image: Option<Image>,
    /// An http(s) address the media leads to.
    pub link: Option<&'static str>,
    /// What the image shows, for those who cannot see it (required with an image).
    pub alt: Option<Text>,
    pub caption: Option<Text>,
    pub credit: Option<Text>,
}

/// An image and its size in pixels, so the page keeps its room before it arrives.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct Image {
    /// A path in the build (`media/…`) or an https address.
    pub src: &'static str,
    /// Width and height: read from the story's own files; for an image elsewhere, as the story gives them.
    pub size: Option<(u32, u32)>,
}

impl Image {
    /// Whether the image is on another origin (an http(s) address), rather than one of the story's files.
    pub fn is_remote(&self) -> bool {
        is_remote(self.src)
    }
}

/// Whether `url` is an address elsewhere (`https://…`, `http://…`), rather than a file of the story's.
pub fn is_remote(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// A labelled span of time shown on the axis; eras may overlap.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct Era {
    pub start: PartialDate,
    pub end: PartialDate,
    pub label: Text,
}

/// A group of events (a theme, a strand of the story): shown on their cards, and a filter.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct Group {
    pub id: &'static str,
    pub name: Text,
}

/// Something that happened (or is planned), with everything involved and the sentences it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct Event {
    pub id: &'static str,
    pub when: When,
    /// When it ended, for an event that lasted.
    pub end: Option<PartialDate>,
    /// How its date is written in place of the computed one ("Spring 1945"), where the author gave one.
    pub display_date: Option<Text>,
    pub headline: Text,
    /// Its text, if more than the headline: paragraphs apart by a blank line.
    pub text: Option<Text>,
    pub media: Option<Media>,
    /// Index into the story's `groups`.
    pub group: Option<Index>,
    pub place: Option<Index>,
    pub people: &'static [Index],
    pub organizations: &'static [Index],
    pub figures: &'static [Index],
    pub sources: &'static [Index],
}

/// The languages a story is told in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct Languages {
    /// Every one, in the story's own order; every text is in each.
    pub all: &'static [Lang],
    /// The language the article was written in.
    pub original: Lang,
}

impl Languages {
    /// Whether the story is told in `lang`.
    pub fn contains(self, lang: Lang) -> bool {
        self.all.contains(&lang)
    }

    /// Whether there is a translation: more than one language.
    pub fn translated(self) -> bool {
        self.all.len() > 1
    }

    /// The languages a reader of `lang` (and `lang2` beside it) sees the article's sentences in: the
    /// original first, then `lang` and `lang2` where they differ from it.
    pub fn shown(self, lang: Lang, lang2: Option<Lang>) -> Vec<Lang> {
        let mut shown = vec![self.original];
        for l in [Some(lang), lang2].into_iter().flatten() {
            if !shown.contains(&l) && self.contains(l) {
                shown.push(l);
            }
        }
        shown
    }

    /// The language to label as the original among the `shown` ones: the original, when a translation is
    /// shown beside it.
    pub fn labelled_original(self, shown: &[Lang]) -> Option<Lang> {
        (shown.len() > 1).then_some(self.original)
    }

    /// The language a side-by-side view starts with beside `lang`: the original, or beside the original the
    /// next of the story's languages; none for a story in one language.
    pub fn second_for(self, lang: Lang) -> Option<Lang> {
        if lang != self.original && self.contains(self.original) {
            Some(self.original)
        } else {
            self.all.iter().copied().find(|&l| l != lang)
        }
    }
}

/// Everything the page shows, generated from `data/` at build time.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct Story {
    /// The languages the story is told in.
    pub languages: Languages,
    /// Every text, by language.
    pub texts: &'static Texts,
    pub article: Article,
    pub time_zones: &'static [TimeZone],
    pub people: &'static [Person],
    pub places: &'static [Place],
    pub organizations: &'static [Organization],
    pub figures: &'static [Figure],
    pub events: &'static [Event],
    pub eras: &'static [Era],
    pub groups: &'static [Group],
    /// The other origins whose images the page shows (its CSP names them in `img-src`).
    pub media_origins: &'static [&'static str],
}

impl Story {
    /// Whether the story is told from an article the page can show and cite.
    pub fn has_article(&self) -> bool {
        !self.article.sentences.is_empty()
    }

    /// Whether there is an org chart to show.
    pub fn has_org_chart(&self) -> bool {
        !self.organizations.is_empty()
    }

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
