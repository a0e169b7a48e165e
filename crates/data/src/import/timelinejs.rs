//! TimelineJS's two formats read into slides: its JSON (timeline.knightlab.com/docs/json-format) and the
//! Google Sheets template exported as CSV (columns matched by their header, in any order).

use super::{ImportError, Slide, SlideKind, SourceDate, SourceMedia};
use serde_json::Value;

/// The slides of a TimelineJS JSON file: `title`, `events`, `eras` (and nothing ignored to say).
pub fn from_json(source: &str) -> Result<(Vec<Slide>, Vec<String>), Vec<ImportError>> {
    let error = |at: &str, reason: String| vec![ImportError { at: at.into(), reason }];
    let root: Value = serde_json::from_str(source).map_err(|e| error("$", format!("not valid JSON: {e}")))?;
    // A file saved from a page's embed sometimes wraps the timeline in `{"timeline": …}`.
    let root = root.get("timeline").filter(|t| t.is_object()).unwrap_or(&root);
    let Some(object) = root.as_object() else { return Err(error("$", "expected an object with `events`".into())) };
    let mut errors = Vec::new();
    let mut slides = Vec::new();
    if let Some(title) = object.get("title") {
        slides.push(slide(title, "$.title", SlideKind::Title, &mut errors));
    }
    for (list, kind) in [("events", SlideKind::Event), ("eras", SlideKind::Era)] {
        match object.get(list) {
            None | Some(Value::Null) if kind == SlideKind::Era => {}
            Some(Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    slides.push(slide(item, &format!("$.{list}[{i}]"), kind, &mut errors));
                }
            }
            None | Some(Value::Null) => errors
                .push(ImportError { at: "$".into(), reason: "no `events`: a timeline is a list of events".into() }),
            Some(_) => errors.push(ImportError { at: format!("$.{list}"), reason: "expected a list".into() }),
        }
    }
    if errors.is_empty() {
        Ok((slides, Vec::new()))
    } else {
        Err(errors)
    }
}

fn slide(value: &Value, at: &str, kind: SlideKind, errors: &mut Vec<ImportError>) -> Slide {
    let mut s = Slide {
        at: at.into(),
        kind,
        start: None,
        end: None,
        display_date: String::new(),
        headline: String::new(),
        text: String::new(),
        media: None,
        group: String::new(),
        background: false,
        unique_id: String::new(),
    };
    let Some(o) = value.as_object() else {
        errors.push(ImportError { at: at.into(), reason: "expected an object".into() });
        return s;
    };
    let mut string = |v: Option<&Value>, path: &str| -> String {
        match v {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(t)) => t.clone(),
            Some(Value::Number(n)) => n.to_string(),
            Some(_) => {
                errors.push(ImportError { at: format!("{at}.{path}"), reason: "expected a text".into() });
                String::new()
            }
        }
    };
    let text = o.get("text");
    s.headline = string(text.and_then(|t| t.get("headline")), "text.headline");
    s.text = string(text.and_then(|t| t.get("text")), "text.text");
    s.display_date = string(o.get("display_date"), "display_date");
    s.group = string(o.get("group"), "group");
    s.unique_id = string(o.get("unique_id"), "unique_id");
    s.background = o.get("background").is_some_and(|b| !b.is_null());
    if let Some(m) = o.get("media").filter(|m| !m.is_null()) {
        let field = |name: &str| m.get(name).and_then(Value::as_str).unwrap_or_default().to_string();
        s.media = Some(SourceMedia {
            url: field("url"),
            caption: field("caption"),
            credit: field("credit"),
            alt: field("alt"),
            thumbnail: field("thumbnail"),
            link: field("link"),
        });
    }
    for (name, slot) in [("start_date", &mut s.start), ("end_date", &mut s.end)] {
        match o.get(name) {
            None | Some(Value::Null) => {}
            Some(Value::Object(d)) => {
                let mut field = |f: &str| match d.get(f) {
                    None | Some(Value::Null) => None,
                    Some(Value::String(t)) => Some(t.clone()),
                    Some(Value::Number(n)) => Some(n.to_string()),
                    Some(_) => {
                        errors.push(ImportError { at: format!("{at}.{name}.{f}"), reason: "expected a number".into() });
                        None
                    }
                };
                *slot = Some(SourceDate {
                    year: field("year"),
                    month: field("month"),
                    day: field("day"),
                    hour: field("hour"),
                    minute: field("minute"),
                    second: field("second"),
                    millisecond: field("millisecond"),
                    display_date: field("display_date"),
                });
            }
            Some(_) => {
                errors.push(ImportError { at: format!("{at}.{name}"), reason: "expected an object with a year".into() })
            }
        }
    }
    s
}

/// The columns of the Sheets template, by header (trimmed, any case).
const COLUMNS: [&str; 19] = [
    "year",
    "month",
    "day",
    "time",
    "end year",
    "end month",
    "end day",
    "end time",
    "display date",
    "headline",
    "text",
    "media",
    "media credit",
    "media caption",
    "media thumbnail",
    "alt text",
    "type",
    "group",
    "background",
];

/// The slides of the Sheets template exported as CSV: one per row, its row number as the spreadsheet's;
/// and the columns ignored.
pub fn from_csv(source: &str) -> Result<(Vec<Slide>, Vec<String>), Vec<ImportError>> {
    let mut reader =
        csv::ReaderBuilder::new().flexible(true).from_reader(source.trim_start_matches('\u{feff}').as_bytes());
    let error = |at: String, reason: String| ImportError { at, reason };
    let headers =
        reader.headers().map_err(|e| vec![error("row 1".into(), format!("cannot read the header row: {e}"))])?.clone();
    let index: Vec<Option<usize>> = COLUMNS
        .iter()
        .map(|c| {
            headers.iter().position(|h| {
                let h = h.trim().to_lowercase();
                h == *c || (*c == "group" && h == "tag")
            })
        })
        .collect();
    let mut errors = Vec::new();
    for required in ["year", "headline"] {
        if index[COLUMNS.iter().position(|c| *c == required).unwrap()].is_none() {
            errors.push(error(
                "row 1".into(),
                format!("no \"{}\" column: is this the TimelineJS template's export?", title_case(required)),
            ));
        }
    }
    let known: Vec<&str> = COLUMNS.to_vec();
    let unknown: Vec<&str> = headers
        .iter()
        .map(str::trim)
        .filter(|h| !h.is_empty() && !known.contains(&h.to_lowercase().as_str()) && !h.eq_ignore_ascii_case("tag"))
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut slides = Vec::new();
    // Rows as the spreadsheet numbers them: the header is row 1, and a record spanning lines (a quoted field
    // with line breaks) is one row. (A blank line, which no spreadsheet's export has, is skipped, not a row.)
    for (n, record) in reader.records().enumerate() {
        let at = format!("row {}", n + 2);
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(error(at, format!("cannot read the row: {e}")));
                continue;
            }
        };
        let get = |c: &str| -> String {
            let i = COLUMNS.iter().position(|k| *k == c).unwrap();
            index[i].and_then(|i| record.get(i)).unwrap_or_default().trim().to_string()
        };
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let kind = match get("type").to_lowercase().as_str() {
            "title" => SlideKind::Title,
            "era" => SlideKind::Era,
            "" => SlideKind::Event,
            other => {
                errors.push(error(
                    format!("{at}, Type"),
                    format!("\"{other}\" is not a type: leave it empty, or write title or era"),
                ));
                continue;
            }
        };
        let date = |prefix: &str, errors: &mut Vec<ImportError>| -> Option<SourceDate> {
            let (year, month, day, time) = (
                get(&format!("{prefix}year")),
                get(&format!("{prefix}month")),
                get(&format!("{prefix}day")),
                get(&format!("{prefix}time")),
            );
            if [&year, &month, &day, &time].iter().all(|f| f.is_empty()) {
                return None;
            }
            let (hour, minute, second) = match clock(&time) {
                Ok(t) => t,
                Err(reason) => {
                    errors.push(error(format!("{at}, {}Time", title_case(prefix)), reason));
                    (None, None, None)
                }
            };
            let some = |t: String| (!t.is_empty()).then_some(t);
            Some(SourceDate {
                year: some(year),
                month: some(month),
                day: some(day),
                hour,
                minute,
                second,
                millisecond: None,
                display_date: None,
            })
        };
        let media = get("media");
        slides.push(Slide {
            at: at.clone(),
            kind,
            start: date("", &mut errors),
            end: date("end ", &mut errors),
            display_date: get("display date"),
            headline: get("headline"),
            text: get("text"),
            media: (!media.is_empty()).then(|| SourceMedia {
                url: media,
                caption: get("media caption"),
                credit: get("media credit"),
                alt: get("alt text"),
                thumbnail: get("media thumbnail"),
                link: String::new(),
            }),
            group: get("group"),
            background: !get("background").is_empty(),
            unique_id: String::new(),
        });
    }
    let ignored =
        unknown.iter().map(|h| format!("row 1: the column \"{h}\" is not one of the template's: ignored")).collect();
    if errors.is_empty() {
        Ok((slides, ignored))
    } else {
        Err(errors)
    }
}

/// `14:05`, `2:05 PM`, `14:05:30`: hour, minute and second.
#[allow(clippy::type_complexity)]
fn clock(text: &str) -> Result<(Option<String>, Option<String>, Option<String>), String> {
    if text.is_empty() {
        return Ok((None, None, None));
    }
    let lower = text.to_lowercase();
    let (clock, pm) = match lower.strip_suffix("pm").or_else(|| lower.strip_suffix("p.m.")) {
        Some(c) => (c.trim().to_string(), Some(true)),
        None => match lower.strip_suffix("am").or_else(|| lower.strip_suffix("a.m.")) {
            Some(c) => (c.trim().to_string(), Some(false)),
            None => (lower.clone(), None),
        },
    };
    let parts: Vec<&str> = clock.split(':').collect();
    let bad = || format!("\"{text}\" is not a time like 14:05 or 2:05 PM");
    if parts.is_empty()
        || parts.len() > 3
        || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(bad());
    }
    let mut hour: u32 = parts[0].parse().map_err(|_| bad())?;
    if let Some(pm) = pm {
        if !(1..=12).contains(&hour) {
            return Err(bad());
        }
        hour = match (pm, hour) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
    }
    Ok((Some(hour.to_string()), parts.get(1).map(|m| m.to_string()), parts.get(2).map(|s| s.to_string())))
}

fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::clock;

    #[test]
    fn reads_clock_times() {
        let t =
            |s: &str| clock(s).map(|(h, m, s)| (h.unwrap_or_default(), m.unwrap_or_default(), s.unwrap_or_default()));
        assert_eq!(t("14:05").unwrap(), ("14".into(), "05".into(), String::new()));
        assert_eq!(t("2:05 PM").unwrap().0, "14");
        assert_eq!(t("12:30 am").unwrap().0, "0");
        assert_eq!(t("9:00:30").unwrap().2, "30");
        assert!(clock("noon").is_err() && clock("13:00 PM").is_err() && clock("1:2:3:4").is_err());
    }
}
