//! Stories from elsewhere, as story folders `STORY_DATA=DIR make dist` builds: TimelineJS's JSON
//! ([`timelinejs`]) and its Google Sheets template exported as CSV, and an article's plain text split into
//! the paragraphs and sentences our format cites ([`sentences`]).
//!
//! An import keeps its authors' words: texts are made plain ([`html`]), and whatever is changed or dropped
//! is listed in its report. A bad row or field is an error naming its row or JSON path; nothing is written
//! then (an import is written beside its folder and checked before it takes the folder's place).

pub mod html;
pub mod sentences;
pub mod timelinejs;

use crate::model::date::PartialDate;
use crate::model::Lang;
use crate::validate::is_remote;
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};

/// What an import did: the story it wrote, what it changed or dropped on the way, and the validator's notes.
#[derive(Debug, Default)]
pub struct Report {
    pub events: usize,
    pub eras: usize,
    pub groups: usize,
    pub images: usize,
    /// "where: what", in the order met.
    pub changes: Vec<String>,
    pub notes: Vec<String>,
}

/// A problem in the source: where (a CSV row or a JSON path) and why.
#[derive(Debug, PartialEq)]
pub struct ImportError {
    pub at: String,
    pub reason: String,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.reason)
    }
}

/// A date as TimelineJS gives it, field by field, before it is checked.
#[derive(Debug, Default, Clone)]
pub struct SourceDate {
    pub year: Option<String>,
    pub month: Option<String>,
    pub day: Option<String>,
    pub hour: Option<String>,
    pub minute: Option<String>,
    pub second: Option<String>,
    pub millisecond: Option<String>,
    pub display_date: Option<String>,
}

/// An event's media as TimelineJS gives it.
#[derive(Debug, Default, Clone)]
pub struct SourceMedia {
    pub url: String,
    pub caption: String,
    pub credit: String,
    pub alt: String,
    pub thumbnail: String,
    pub link: String,
}

/// What a slide is: the title, an event, or an era.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SlideKind {
    Title,
    Event,
    Era,
}

/// One slide, row or era of the source, with where it is (`row 4`, `$.events[2]`).
#[derive(Debug, Clone)]
pub struct Slide {
    pub at: String,
    pub kind: SlideKind,
    pub start: Option<SourceDate>,
    pub end: Option<SourceDate>,
    pub display_date: String,
    pub headline: String,
    pub text: String,
    pub media: Option<SourceMedia>,
    pub group: String,
    pub background: bool,
    pub unique_id: String,
}

/// Imports the TimelineJS timeline in `file` (JSON, or the Sheets template's CSV: by its extension) as a
/// story in `lang` in `out`. The source's relative media files are copied into `out/media/`.
pub fn import(file: &Path, lang: Lang, out: &Path) -> Result<Report, Vec<ImportError>> {
    let fail = |reason: String| vec![ImportError { at: file.display().to_string(), reason }];
    let source = std::fs::read_to_string(file).map_err(|e| fail(format!("cannot read the file: {e}")))?;
    let csv = file.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let (slides, ignored) = if csv { timelinejs::from_csv(&source)? } else { timelinejs::from_json(&source)? };
    let id_hint = file.file_stem().and_then(|s| s.to_str()).unwrap_or("story");
    let mut story = convert(&slides, lang, id_hint, file.parent().unwrap_or(Path::new(".")))?;
    story.report.changes.splice(0..0, ignored);
    story.report.notes = write_checked(&story, out)?;
    Ok(story.report)
}

/// Writes a story into a folder beside `out`, checks it as the build will, and only then puts it in `out`
/// (its story files and `media/` replaced, nothing else there touched); the validator's notes.
fn write_checked(story: &Converted, out: &Path) -> Result<Vec<String>, Vec<ImportError>> {
    let fail = |what: &Path, e: std::io::Error| {
        vec![ImportError { at: what.display().to_string(), reason: format!("cannot write: {e}") }]
    };
    let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("story");
    let staging = out.with_file_name(format!(".{name}.importing"));
    let _ = std::fs::remove_dir_all(&staging);
    write_story(story, &staging).map_err(|e| fail(&staging, e))?;
    let checked = crate::check_dir(&staging).map_err(|errors| {
        errors
            .iter()
            .map(|e| ImportError { at: format!("the written {}", e.file), reason: format!("{}: {}", e.path, e.reason) })
            .collect::<Vec<_>>()
    });
    if checked.is_ok() {
        let swap = || -> std::io::Result<()> {
            std::fs::create_dir_all(out)?;
            for file in crate::FILES.iter().chain([&crate::MEDIA_FOLDER]) {
                let (old, new) = (out.join(file), staging.join(file));
                if old.is_dir() {
                    std::fs::remove_dir_all(&old)?;
                } else if old.exists() {
                    std::fs::remove_file(&old)?;
                }
                if new.exists() {
                    std::fs::rename(&new, &old)?;
                }
            }
            Ok(())
        };
        swap().map_err(|e| fail(out, e))?;
    }
    let _ = std::fs::remove_dir_all(&staging);
    checked
}

/// A converted story: its two files, the media files to copy, and the report so far.
pub struct Converted {
    pub article: Value,
    pub events: Value,
    /// (source file, name in `media/`).
    pub media: Vec<(PathBuf, String)>,
    pub report: Report,
}

/// Turns slides into our format; every error is collected.
pub fn convert(slides: &[Slide], lang: Lang, id_hint: &str, base: &Path) -> Result<Converted, Vec<ImportError>> {
    let mut c =
        Converter { lang, base, errors: Vec::new(), report: Report::default(), media: Vec::new(), ids: Vec::new() };
    let code = lang.code();
    let titles: Vec<&Slide> = slides.iter().filter(|s| s.kind == SlideKind::Title).collect();
    let mut article = Map::new();
    match titles.first() {
        None => c.error("the timeline", "it has no title slide: add one (JSON: `title`; CSV: a row of Type \"title\") whose headline is the story's"),
        Some(title) => {
            let headline = c.plain(&title.headline, &format!("{}: headline", title.at));
            let summary = c.plain(&title.text, &format!("{}: text", title.at));
            match (headline.is_empty(), summary.is_empty()) {
                (true, _) => c.error(&title.at, "the title slide has no headline: the story needs one"),
                (false, true) => {}
                (false, false) => {
                    article.insert("summary".into(), json!({ code: summary }));
                }
            }
            article.insert("headline".into(), json!({ code: headline }));
            if title.media.is_some() {
                c.change(&title.at, "the title slide's media is not shown (the page's title has none)");
            }
            if title.background {
                c.change(&title.at, "background dropped (the page keeps its own colours)");
            }
            for extra in titles.iter().skip(1) {
                c.error(&extra.at, "a second title slide: a timeline has one title");
            }
        }
    }
    let story_id = slug(id_hint);
    article.insert("id".into(), json!(if story_id.is_empty() { "story".to_string() } else { story_id }));
    article.insert("languages".into(), json!([code]));

    // Eras.
    let mut eras = Vec::new();
    for era in slides.iter().filter(|s| s.kind == SlideKind::Era) {
        let start = c.date(era.start.as_ref(), &format!("{}: start date", era.at), true);
        let end = c.date(era.end.as_ref(), &format!("{}: end date", era.at), true);
        if era.end.is_none() {
            c.error(&era.at, "an era needs an end date");
        }
        let label = c.plain(&era.headline, &format!("{}: headline", era.at));
        let text = c.plain(&era.text, &format!("{}: text", era.at));
        let label = if label.is_empty() { text.clone() } else { label };
        if label.is_empty() {
            c.error(&era.at, "an era needs a headline: its label on the axis");
        } else if !text.is_empty() && text != label {
            c.change(&era.at, "the era's text dropped (an era shows its headline as its label)");
        }
        if let (Some(start), Some(end)) = (start, end) {
            if end.compare_known(&start) == std::cmp::Ordering::Less {
                c.error(&era.at, "the era ends before it starts");
            }
            eras.push(json!({ "start": start.iso(), "end": end.iso(), "label": { code: label } }));
        }
    }

    // Events, in the order of their dates (TimelineJS sorts them itself).
    let mut events: Vec<(PartialDate, Value)> = Vec::new();
    let mut groups: Vec<(String, String)> = Vec::new();
    for slide in slides.iter().filter(|s| s.kind == SlideKind::Event) {
        if let Some((date, event)) = c.event(slide, &mut groups) {
            events.push((date, event));
        }
    }
    if events.is_empty() && c.errors.is_empty() {
        c.error("the timeline", "it has no events");
    }
    let in_order = events.windows(2).all(|w| key(&w[0].0) <= key(&w[1].0));
    if !in_order {
        events.sort_by_key(|(date, _)| key(date));
        c.change("the timeline", "events put in the order of their dates (TimelineJS sorts them as it shows them)");
    }
    if !eras.is_empty() {
        article.insert("eras".into(), Value::Array(eras));
    }
    if !groups.is_empty() {
        let list = groups.iter().map(|(id, name)| json!({ "id": id, "name": { code: name } })).collect();
        article.insert("groups".into(), Value::Array(list));
    }
    c.report.events = events.len();
    c.report.eras = article.get("eras").and_then(Value::as_array).map_or(0, Vec::len);
    c.report.groups = groups.len();
    if !c.errors.is_empty() {
        return Err(c.errors);
    }
    Ok(Converted {
        article: Value::Object(article),
        events: json!({ "events": events.into_iter().map(|(_, e)| e).collect::<Vec<_>>() }),
        media: c.media,
        report: c.report,
    })
}

/// A total order of dates that keeps [`PartialDate::compare_known`]'s: what is unknown sorts first.
fn key(d: &PartialDate) -> (i32, u8, u8, (u8, u8)) {
    (d.year, d.month.unwrap_or(0), d.day.unwrap_or(0), d.time.unwrap_or((0, 0)))
}

/// Writes a converted story into `out`: `article.json`, `events.json` and `media/`.
pub fn write_story(story: &Converted, out: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(out)?;
    let pretty = |v: &Value| serde_json::to_string_pretty(v).expect("JSON serializes") + "\n";
    std::fs::write(out.join("article.json"), pretty(&story.article))?;
    std::fs::write(out.join("events.json"), pretty(&story.events))?;
    if !story.media.is_empty() {
        let folder = out.join(crate::MEDIA_FOLDER);
        std::fs::create_dir_all(&folder)?;
        for (from, name) in &story.media {
            std::fs::copy(from, folder.join(name))?;
        }
    }
    Ok(())
}

struct Converter<'a> {
    lang: Lang,
    base: &'a Path,
    errors: Vec<ImportError>,
    report: Report,
    media: Vec<(PathBuf, String)>,
    ids: Vec<String>,
}

impl Converter<'_> {
    fn error(&mut self, at: &str, reason: &str) {
        self.errors.push(ImportError { at: at.into(), reason: reason.into() });
    }

    fn change(&mut self, at: &str, what: &str) {
        self.report.changes.push(format!("{at}: {what}"));
    }

    /// A text made plain, with what that changed listed under `at`.
    fn plain(&mut self, html: &str, at: &str) -> String {
        let plain = html::plain(html);
        for (what, n) in &plain.changes {
            let times = if *n > 1 { format!(" (×{n})") } else { String::new() };
            self.report.changes.push(format!("{at}: {what}{times}"));
        }
        plain.text
    }

    /// A TimelineJS date as ours, as precise as it is given; seconds and milliseconds are dropped (said).
    fn date(&mut self, date: Option<&SourceDate>, at: &str, required: bool) -> Option<PartialDate> {
        let Some(d) = date else {
            if required {
                self.error(at, "no date: give at least a year");
            }
            return None;
        };
        let mut bad = Vec::new();
        let mut number = |name: &str, field: &Option<String>, range: std::ops::RangeInclusive<i64>| -> Option<i64> {
            let text = field.as_deref().map(str::trim).filter(|t| !t.is_empty())?;
            match text.parse::<i64>() {
                Ok(n) if range.contains(&n) => Some(n),
                _ => {
                    bad.push(format!("{name} \"{text}\" is not a number from {} to {}", range.start(), range.end()));
                    None
                }
            }
        };
        let year = number("year", &d.year, -9999..=9999);
        let month = number("month", &d.month, 1..=12);
        let day = number("day", &d.day, 1..=31);
        let hour = number("hour", &d.hour, 0..=23);
        let minute = number("minute", &d.minute, 0..=59);
        let second = number("second", &d.second, 0..=59);
        let millisecond = number("millisecond", &d.millisecond, 0..=999);
        if year == Some(0) {
            bad.push("year 0 is not a year: 1 BCE is -1, 1 CE is 1".into());
        }
        if year.is_none() && d.year.as_deref().is_none_or(|y| y.trim().is_empty()) {
            bad.push("no year".into());
        }
        if day.is_some() && month.is_none() {
            bad.push("a day without a month".into());
        }
        if (hour.is_some() || minute.is_some()) && day.is_none() {
            bad.push("a time without a day".into());
        }
        if !bad.is_empty() {
            self.error(at, &bad.join("; "));
            return None;
        }
        if second.is_some_and(|s| s > 0) || millisecond.is_some_and(|m| m > 0) {
            self.change(at, "seconds and milliseconds dropped (the page shows times to the minute)");
        }
        let year = year?;
        let mut text = if year < 0 { format!("-{:04}", -year) } else { format!("{year:04}") };
        if let Some(m) = month {
            text += &format!("-{m:02}");
        }
        if let Some(day) = day {
            text += &format!("-{day:02}");
        }
        if hour.is_some() || minute.is_some() {
            text += &format!("T{:02}:{:02}", hour.unwrap_or(0), minute.unwrap_or(0));
        }
        match PartialDate::parse(&text) {
            Ok(date) => Some(date),
            Err(e) => {
                self.error(at, &format!("impossible date {text}: {e}"));
                None
            }
        }
    }

    fn event(&mut self, s: &Slide, groups: &mut Vec<(String, String)>) -> Option<(PartialDate, Value)> {
        let code = self.lang.code();
        let start = self.date(s.start.as_ref(), &format!("{}: start date", s.at), true);
        let end = self.date(s.end.as_ref(), &format!("{}: end date", s.at), false);
        let mut headline = self.plain(&s.headline, &format!("{}: headline", s.at));
        let text = self.plain(&s.text, &format!("{}: text", s.at));
        if headline.is_empty() {
            if text.is_empty() {
                self.error(&s.at, "a slide needs a headline or a text");
                return None;
            }
            headline = first_words(&text);
            self.change(&s.at, "no headline: the text's first words stand as its headline");
        }
        let mut event = Map::new();
        event.insert("id".into(), json!(self.id(s, &headline)));
        let start = start?;
        event.insert("when".into(), json!({ "date": start.iso() }));
        if let Some(end) = end {
            if end.compare_known(&start) == std::cmp::Ordering::Less {
                self.error(&s.at, "it ends before it starts");
            } else if end != start {
                event.insert("end".into(), json!(end.iso()));
            }
        }
        let display = [Some(s.display_date.trim()), s.start.as_ref().and_then(|d| d.display_date.as_deref())]
            .into_iter()
            .flatten()
            .map(str::trim)
            .find(|d| !d.is_empty());
        if let Some(display) = display {
            let mut display = self.plain(display, &format!("{}: display date", s.at));
            if let Some(end) = s.end.as_ref().and_then(|d| d.display_date.as_deref()).filter(|d| !d.trim().is_empty()) {
                display = format!("{display} – {}", self.plain(end, &format!("{}: display date", s.at)));
            }
            event.insert("display_date".into(), json!({ code: display }));
        }
        event.insert("headline".into(), json!({ code: headline }));
        if !text.is_empty() {
            event.insert("text".into(), json!({ code: text }));
        }
        if let Some(media) = &s.media {
            if let Some(m) = self.media(media, &format!("{}: media", s.at)) {
                event.insert("media".into(), m);
            }
        }
        let group = self.plain(&s.group, &format!("{}: group", s.at));
        if !group.is_empty() {
            let id = match groups.iter().find(|(_, name)| *name == group) {
                Some((id, _)) => id.clone(),
                None => {
                    let taken: Vec<String> = groups.iter().map(|(id, _)| id.clone()).collect();
                    let id = unique(&slug(&group), "group", &taken);
                    groups.push((id.clone(), group));
                    id
                }
            };
            event.insert("group".into(), json!(id));
        }
        if s.background {
            self.change(&s.at, "background dropped (the page keeps its own colours)");
        }
        Some((start, Value::Object(event)))
    }

    /// The event's id: its `unique_id` where that is an id of ours (old `#event-` links keep working), else
    /// one made from the headline; never one already taken.
    fn id(&mut self, s: &Slide, headline: &str) -> String {
        let wanted = s.unique_id.trim();
        let base = if wanted.is_empty() {
            slug(headline)
        } else if crate::validate::is_id(wanted) {
            wanted.to_string()
        } else {
            let id = slug(wanted);
            self.change(&s.at, &format!("unique_id \"{wanted}\" made an id of ours: \"{}\" (lowercase letters, digits, hyphens): links to #event-{wanted} do not find it", if id.is_empty() { "event" } else { &id }));
            id
        };
        let id = unique(&base, "event", &self.ids);
        if !wanted.is_empty() && id != base {
            self.change(&s.at, &format!("unique_id \"{wanted}\" is used twice: this event's id is \"{id}\""));
        }
        self.ids.push(id.clone());
        id
    }

    /// An event's media: an image (the source's own file, copied, or an address elsewhere), or a link to
    /// what the page does not show (a video, a post), with its words made plain.
    fn media(&mut self, m: &SourceMedia, at: &str) -> Option<Value> {
        let code = self.lang.code();
        let url = m.url.trim();
        let mut out = Map::new();
        for (name, text) in [("caption", &m.caption), ("credit", &m.credit)] {
            let plain = self.plain(text, &format!("{at} {name}"));
            if !plain.is_empty() {
                out.insert(name.into(), json!({ code: plain }));
            }
        }
        let alt = self.plain(&m.alt, &format!("{at} alt"));
        let web = is_remote;
        let image = if url.is_empty() {
            None
        } else if web(url) {
            if is_image(url) {
                Some(url.to_string())
            } else {
                out.insert("link".into(), json!(url));
                let thumbnail = m.thumbnail.trim();
                let shown = web(thumbnail) && is_image(thumbnail) && !alt.is_empty();
                if !thumbnail.is_empty() && !shown {
                    self.change(at, "thumbnail not shown (it needs an https image and alt text): the media is a link");
                }
                shown.then(|| thumbnail.to_string())
            }
        } else if url.contains('<') {
            self.change(at, "an embed code dropped (the page frames nothing from elsewhere; give the media's address)");
            None
        } else if url.contains(':') || url.starts_with("//") {
            let scheme: String = url.split(':').next().unwrap_or_default().chars().take(20).collect();
            self.change(
                at,
                &format!(
                    "a {}: address dropped (only http(s) addresses and the source's own files)",
                    scheme.to_lowercase()
                ),
            );
            None
        } else if is_image(url) {
            Some(self.copy(url, at)?)
        } else {
            self.error(at, &format!("\"{url}\" is neither an http(s) address nor an image file (PNG, JPEG, GIF, WebP) beside the source"));
            None
        };
        let link = m.link.trim();
        if !link.is_empty() {
            if web(link) {
                out.insert("link".into(), json!(link));
            } else {
                self.change(at, "its link dropped (not an http(s) address)");
            }
        }
        if let Some(image) = image.as_deref().filter(|i| is_remote(i) && alt.is_empty()) {
            // An image elsewhere without alt text is shown as what it is: a link to it.
            self.change(at, "an image without alt text is a link to it (add alt text to show it)");
            out.entry("link").or_insert(json!(image));
        } else if let Some(image) = image {
            if alt.is_empty() {
                self.error(
                    at,
                    "an image needs its alt text (JSON: media.alt; CSV: the Alt Text column): say what it shows",
                );
            }
            out.insert("image".into(), json!(image));
            out.insert("alt".into(), json!({ code: alt }));
            self.report.images += 1;
        } else if !alt.is_empty() && !out.contains_key("link") {
            self.change(at, "alt text dropped (no image)");
        }
        (out.contains_key("image") || out.contains_key("link")).then_some(Value::Object(out))
    }

    /// Copies one of the source's own image files into the story's `media/` folder: a file in the source's
    /// folder or below it, never one elsewhere on the disk.
    fn copy(&mut self, url: &str, at: &str) -> Option<String> {
        let path = url.split(['?', '#']).next().unwrap_or(url);
        let relative = Path::new(path);
        let inside =
            relative.components().all(|c| matches!(c, std::path::Component::Normal(_) | std::path::Component::CurDir));
        let from = self.base.join(relative);
        let within = |from: &Path| {
            let (Ok(file), Ok(base)) = (from.canonicalize(), self.base.canonicalize()) else { return false };
            file.starts_with(base)
        };
        if !inside || (from.exists() && !within(&from)) {
            self.error(at, &format!("\"{url}\" is outside the source's folder: only files beside it, or in folders below it, are copied"));
            return None;
        }
        if !from.is_file() {
            self.error(at, &format!("the image \"{url}\" is not there ({} not found)", from.display()));
            return None;
        }
        let name = Path::new(path).file_name().and_then(|n| n.to_str()).unwrap_or("image");
        let (stem, ext) = name.rsplit_once('.').unwrap_or((name, "png"));
        let stem = slug(stem);
        let taken: Vec<String> =
            self.media.iter().map(|(_, n)| n.rsplit_once('.').map_or(n.clone(), |(s, _)| s.into())).collect();
        if let Some((_, name)) = self.media.iter().find(|(f, _)| *f == from) {
            return Some(format!("{}/{name}", crate::MEDIA_FOLDER));
        }
        let name = format!("{}.{}", unique(&stem, "image", &taken), ext.to_lowercase());
        self.media.push((from, name.clone()));
        Some(format!("{}/{name}", crate::MEDIA_FOLDER))
    }
}

/// Whether an address or path names an image file the page shows (by its extension).
fn is_image(url: &str) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or(url).to_lowercase();
    [".png", ".jpg", ".jpeg", ".gif", ".webp"].iter().any(|ext| path.ends_with(ext))
}

/// The first sentence of a text, or its first 12 words.
fn first_words(text: &str) -> String {
    let first = text.split("\n").next().unwrap_or(text);
    let sentence = sentences::split(first).into_iter().next().unwrap_or_default();
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() > 12 {
        format!("{} …", words[..12].join(" "))
    } else {
        words.join(" ")
    }
}

/// An id made of a text's ASCII letters and digits: lowercase, hyphens between, at most 64.
pub fn slug(text: &str) -> String {
    let mut id = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let mut id = id.trim_end_matches('-').to_string();
    if id.len() > 48 {
        id.truncate(48);
        id = id.trim_end_matches('-').to_string();
    }
    id
}

/// `base` (or `fallback` where it is empty), with `-2`, `-3`… where it is taken; an id of at most 64.
fn unique(base: &str, fallback: &str, taken: &[String]) -> String {
    let base = if base.is_empty() { fallback } else { &base[..base.len().min(56)] };
    let base = base.trim_end_matches('-');
    (1..).map(|n| if n == 1 { base.to_string() } else { format!("{base}-{n}") }).find(|id| !taken.contains(id)).unwrap()
}

/// `story new`: the article in `file` (plain text, paragraphs apart by blank lines) as a story folder in
/// `lang`: its paragraphs and sentences with their ids (`p1`, `p1-s1`…), the first sentence as the
/// headline, and one event per paragraph citing its sentences, whose dates (`YYYY-MM-DD`, which `story
/// check` refuses until they are written) and words the author then fills in.
pub fn new_story(file: &Path, lang: Lang, out: &Path) -> Result<Report, Vec<ImportError>> {
    let fail = |reason: String| vec![ImportError { at: file.display().to_string(), reason }];
    let source = std::fs::read_to_string(file).map_err(|e| fail(format!("cannot read the file: {e}")))?;
    let paragraphs = sentences::paragraphs(&source);
    if paragraphs.is_empty() {
        return Err(fail("the article is empty".into()));
    }
    let code = lang.code();
    let written: Vec<Value> = paragraphs
        .iter()
        .enumerate()
        .map(|(p, sentences)| {
            let list: Vec<Value> = sentences
                .iter()
                .enumerate()
                .map(|(s, text)| json!({ "id": format!("p{}-s{}", p + 1, s + 1), "text": { code: text } }))
                .collect();
            json!({ "id": format!("p{}", p + 1), "sentences": list })
        })
        .collect();
    let id = slug(file.file_stem().and_then(|s| s.to_str()).unwrap_or("story"));
    let article = json!({
        "id": if id.is_empty() { "story".to_string() } else { id },
        "languages": [code],
        "headline": { code: paragraphs[0][0] },
        "headline_from": ["p1-s1"],
        "summary": { code: paragraphs[0][0] },
        "summary_from": ["p1-s1"],
        "paragraphs": written,
    });
    let events: Vec<Value> = paragraphs
        .iter()
        .enumerate()
        .map(|(p, sentences)| {
            json!({
                "id": format!("event-{}", p + 1),
                "when": { "date": "YYYY-MM-DD" },
                "headline": { code: sentences[0] },
                "sources": (1..=sentences.len()).map(|s| format!("p{}-s{s}", p + 1)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let story =
        Converted { article, events: json!({ "events": events }), media: Vec::new(), report: Report::default() };
    write_story(&story, out).map_err(|e| fail(format!("cannot write {}: {e}", out.display())))?;
    let _ = std::fs::remove_file(out.join("entities.json"));
    let sentences: usize = paragraphs.iter().map(Vec::len).sum();
    let mut report = Report { events: paragraphs.len(), ..Report::default() };
    report.changes.push(format!(
        "{} paragraphs, {sentences} sentences: each event cites its paragraph's sentences; write each event's date, headline and text (and the summary), then run `story check`",
        paragraphs.len()
    ));
    Ok(report)
}
