//! Interface strings, date formatting and language choice: everything that depends on the reader's language
//! but not on the story.

mod dates;
mod strings;

pub use crate::model::Lang;
use crate::model::Status;
pub use dates::{format_date, format_hour, format_utc_offset, format_when, MONTHS_LONG};
pub use strings::{ui, UiStrings};

/// How a status is named for the reader, with a stable code for styling: `None` for stated facts.
pub fn status_label(status: Status, lang: Lang) -> Option<(&'static str, &'static str)> {
    match status {
        Status::Stated => None,
        Status::Inferred => Some(("inferred", ui(lang).inferred)),
        Status::Planned => Some(("planned", ui(lang).planned)),
    }
}

/// The language to show: the `?lang=` parameter, else the reader's saved choice, else the first of the
/// browser's languages we have, else Korean (the original's language). Unknown values are skipped.
pub fn choose_lang(query: Option<&str>, saved: Option<&str>, browser: &[String]) -> Lang {
    query
        .and_then(Lang::from_tag)
        .or_else(|| saved.and_then(Lang::from_tag))
        .or_else(|| browser.iter().find_map(|tag| Lang::from_tag(tag)))
        .unwrap_or(Lang::Ko)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn query_beats_saved_beats_browser() {
        assert_eq!(choose_lang(Some("zh"), Some("en"), &langs(&["ko"])), Lang::Zh);
        assert_eq!(choose_lang(None, Some("en"), &langs(&["zh-CN"])), Lang::En);
        assert_eq!(choose_lang(None, None, &langs(&["fr-FR", "zh-TW", "en"])), Lang::Zh);
    }

    #[test]
    fn unknown_values_fall_through_to_korean() {
        assert_eq!(choose_lang(Some("xx"), Some("<script>"), &langs(&["fr", "de"])), Lang::Ko);
        assert_eq!(choose_lang(Some(""), None, &[]), Lang::Ko);
    }
}
