//! The page's URL options, parsed into typed values. Every option has a default; an unknown key, a
//! malformed value or a repeated key falls back and adds a warning (logged to the console), never an error.
//! Booleans are parsed as booleans: `false`, `0`, `no` and `off` are false (unlike TimelineJS, where
//! `hash_bookmark=false` turns the option on).

use crate::model::Lang;
use crate::state::View;

/// The colour theme: follow the system, or force one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

/// Every option the page reads from its URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub lang: Option<Lang>,
    pub lang2: Option<Lang>,
    pub view: View,
    /// An event id (checked against the story by the router).
    pub event: Option<String>,
    pub theme: Theme,
    /// Embed mode: only the interactive, a compact title and a link to the full page.
    pub embed: bool,
    /// `bg=transparent`: no page background, for hosts that want their own.
    pub transparent: bool,
    /// pym.js's id for this frame: height messages carry it, width messages must match it. Checked here (a
    /// bad one is warned about); auto-height (`assets/frame.js`) reads it by the same rule as [`id`].
    pub child_id: Option<String>,
    pub initial_width: Option<u32>,
    pub parent_title: Option<String>,
    pub parent_url: Option<String>,
    /// `hostEvents=1`, set by our embed codes: the host page opens the frame at the event its address names
    /// (`?explainer-event=`), so share links may name the host page.
    pub host_events: bool,
}

impl Options {
    /// The query string (without `?`) that parses back to these options: non-default values only.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        let mut put = |key: &'static str, value: Option<String>| {
            if let Some(value) = value {
                pairs.push((key, value));
            }
        };
        put("lang", self.lang.map(|l| l.code().into()));
        put("lang2", self.lang2.map(|l| l.code().into()));
        put("view", (self.view != View::default()).then(|| self.view.code().into()));
        put("event", self.event.clone());
        put(
            "theme",
            match self.theme {
                Theme::Auto => None,
                Theme::Light => Some("light".into()),
                Theme::Dark => Some("dark".into()),
            },
        );
        put("embed", self.embed.then(|| "1".into()));
        put("bg", self.transparent.then(|| "transparent".into()));
        put("childId", self.child_id.clone());
        put("initialWidth", self.initial_width.map(|w| w.to_string()));
        put("parentTitle", self.parent_title.clone());
        put("parentUrl", self.parent_url.clone());
        put("hostEvents", self.host_events.then(|| "1".into()));
        pairs.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect::<Vec<_>>().join("&")
    }
}

/// Percent-encodes everything but unreserved characters.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Longest value kept for free-text options (ids, titles, URLs).
const MAX_TEXT: usize = 2048;

/// Parses a query string (with or without the leading `?`) into options and warnings.
pub fn parse_options(query: &str) -> (Options, Vec<String>) {
    let mut options = Options::default();
    let mut warnings = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (decode(raw_key), decode(raw_value));
        if seen.contains(&key) {
            warnings.push(format!("`{}` is given more than once; the first value is used", short(&key)));
            continue;
        }
        seen.push(key.clone());
        let valid = match key.as_str() {
            "lang" => set(&mut options.lang, Lang::from_tag(&value)),
            "lang2" => set(&mut options.lang2, Lang::from_tag(&value)),
            "view" => View::from_code(&value).map(|v| options.view = v).is_some(),
            "event" => set(&mut options.event, id(&value)),
            "theme" => theme(&value).map(|t| options.theme = t).is_some(),
            "embed" => boolean(&value).map(|b| options.embed = b).is_some(),
            "bg" => background(&value).map(|t| options.transparent = t).is_some(),
            "childId" => set(&mut options.child_id, id(&value)),
            "initialWidth" => set(&mut options.initial_width, value.parse().ok().filter(|w| (1..=100_000).contains(w))),
            "parentTitle" => set(&mut options.parent_title, text(&value)),
            "parentUrl" => set(&mut options.parent_url, text(&value)),
            "hostEvents" => boolean(&value).map(|b| options.host_events = b).is_some(),
            _ => {
                warnings.push(format!("unknown option `{}` is ignored", short(&key)));
                continue;
            }
        };
        if !valid {
            warnings.push(format!("`{}={}` is not valid; using the default", short(&key), short(&value)));
        }
    }
    (options, warnings)
}

/// Puts a parsed value (or nothing) in its slot; whether it was valid.
fn set<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
    let valid = value.is_some();
    *slot = value;
    valid
}

fn theme(value: &str) -> Option<Theme> {
    match value {
        "auto" => Some(Theme::Auto),
        "light" => Some(Theme::Light),
        "dark" => Some(Theme::Dark),
        _ => None,
    }
}

/// `bg=transparent` is true; `default` (or nothing) is false.
fn background(value: &str) -> Option<bool> {
    match value {
        "transparent" => Some(true),
        "default" | "" => Some(false),
        _ => None,
    }
}

/// `true`, `1`, `yes`, `on` (any case) and the bare key are true; `false`, `0`, `no`, `off` are false.
fn boolean(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "" | "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// An id safe to echo into messages and URLs: 1 to 64 ASCII letters, digits, `-`, `_` or `.`.
fn id(value: &str) -> Option<String> {
    let ok = (1..=64).contains(&value.len())
        && value.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    ok.then(|| value.to_string())
}

fn text(value: &str) -> Option<String> {
    (!value.is_empty() && value.len() <= MAX_TEXT && !value.chars().any(char::is_control)).then(|| value.to_string())
}

/// The first 40 characters, for warnings about hostile values.
fn short(value: &str) -> String {
    let mut s: String = value.chars().filter(|c| !c.is_control()).take(40).collect();
    if value.chars().count() > 40 {
        s.push('…');
    }
    s
}

/// Percent-decoding as in `application/x-www-form-urlencoded` (`+` is a space); broken escapes stay as
/// they are and invalid UTF-8 becomes U+FFFD.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &str) -> Options {
        parse_options(q).0
    }

    #[test]
    fn defaults_without_a_query() {
        assert_eq!(parse(""), Options::default());
        assert_eq!(parse("?"), Options::default());
        assert_eq!(Options::default().view, View::Both);
    }

    #[test]
    fn reads_every_option() {
        let o = parse("?lang=en&lang2=ko&view=org&event=sister-cities&theme=dark&embed=1&bg=transparent&childId=explainer-1&initialWidth=640&parentTitle=News%20site&parentUrl=https%3A%2F%2Fnews.example%2Fa&hostEvents=1");
        assert!(o.host_events);
        assert_eq!(o.lang, Some(Lang::En));
        assert_eq!(o.lang2, Some(Lang::Ko));
        assert_eq!(o.view, View::Org);
        assert_eq!(o.event.as_deref(), Some("sister-cities"));
        assert_eq!(o.theme, Theme::Dark);
        assert!(o.embed && o.transparent);
        assert_eq!(o.child_id.as_deref(), Some("explainer-1"));
        assert_eq!(o.initial_width, Some(640));
        assert_eq!(o.parent_title.as_deref(), Some("News site"));
        assert_eq!(o.parent_url.as_deref(), Some("https://news.example/a"));
    }

    #[test]
    fn false_means_false() {
        for value in ["false", "0", "no", "off", "FALSE"] {
            assert!(!parse(&format!("embed={value}")).embed, "{value}");
        }
        for value in ["true", "1", "yes", "on", ""] {
            assert!(parse(&format!("embed={value}")).embed, "{value}");
        }
        assert!(parse("embed").embed, "a bare key is true");
        let (o, warnings) = parse_options("embed=maybe");
        assert!(!o.embed);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn bad_values_fall_back_with_a_warning() {
        let (o, warnings) = parse_options(
            "lang=fr&view=grid&theme=pink&bg=red&childId=%3Cscript%3E&initialWidth=-5&event=a%20b&nope=1",
        );
        assert_eq!(o, Options::default());
        assert_eq!(warnings.len(), 8, "{warnings:?}");
        assert!(warnings.last().unwrap().contains("unknown option `nope`"));
    }

    #[test]
    fn the_first_of_repeated_keys_wins() {
        let (o, warnings) = parse_options("lang=zh&lang=en&lang[]=ko");
        assert_eq!(o.lang, Some(Lang::Zh));
        assert_eq!(warnings.len(), 2);
    }

    #[test]
    fn decodes_percent_escapes_and_survives_broken_ones() {
        assert_eq!(decode("a%20b+c"), "a b c");
        assert_eq!(decode("%E4%B8%AD"), "中");
        assert_eq!(decode("%"), "%");
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("%zz"), "%zz");
        assert_eq!(decode("%FF"), "\u{FFFD}");
        let long = "x".repeat(20_000);
        let (o, w) = parse_options(&format!("event={long}&childId={long}&parentTitle={long}"));
        assert_eq!((o.event, o.child_id, o.parent_title), (None, None, None));
        assert!(w.iter().all(|w| w.len() < 200));
    }
}
