//! Interface strings and date formatting: everything that depends on the reader's language but not on the
//! story. Each interface language is one file (`ko.rs`, …) holding its [`UiStrings`]; adding one is that
//! file and its line in [`languages!`]. A story is told in some of these languages (see
//! [`crate::model::Story::languages`]), and a browser bundle holds the strings of its story's alone.

mod dates;
mod strings;

use crate::model::Status;
pub use dates::{format_date, format_event_date, format_hour, format_utc_offset, format_when, format_year};
#[cfg(any(ui_lang = "all", ui_lang = "en"))]
pub use en::MONTHS_LONG;
pub use strings::UiStrings;

/// Declares the interface languages: each variant of [`Lang`] with the module of its strings, its BCP 47
/// tag and its name in itself. A language's strings are compiled where `ui_lang` names it: natively every
/// one, for the browser only the story's (see `build.rs`), so no bundle carries the strings of a language
/// its story is not told in.
macro_rules! languages {
    ($($lang:ident => $module:ident, $code:literal, $endonym:literal),+ $(,)?) => {
        $(#[cfg(any(ui_lang = "all", ui_lang = $code))] mod $module;)+

        /// A language the interface speaks, and so a language a story can be told in.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::i18n))]
        pub enum Lang {
            $($lang),+
        }

        impl Lang {
            /// Every interface language.
            pub const ALL: &'static [Lang] = &[$(Lang::$lang),+];
            /// How many there are.
            pub const COUNT: usize = Lang::ALL.len();

            /// The BCP 47 tag used in `lang` attributes, URLs and file names.
            pub fn code(self) -> &'static str {
                match self {
                    $(Lang::$lang => $code),+
                }
            }

            /// The language's name in itself, as the switch shows it.
            pub fn endonym(self) -> &'static str {
                match self {
                    $(Lang::$lang => $endonym),+
                }
            }
        }

        /// The interface strings for `lang`. A language whose strings this build left out (one its story is
        /// not told in, which the page never shows) gets the first compiled language's.
        pub fn ui(lang: Lang) -> &'static UiStrings {
            const COMPILED: &[&UiStrings] = &[$(#[cfg(any(ui_lang = "all", ui_lang = $code))] &$module::STRINGS),+];
            match lang {
                $(#[cfg(any(ui_lang = "all", ui_lang = $code))] Lang::$lang => &$module::STRINGS,)+
                #[allow(unreachable_patterns)]
                _ => COMPILED[0],
            }
        }
    };
}

// One language a line: the model's build script reads the codes from here (see `build.rs`).
languages! {
    Ko => ko, "ko", "한국어",
    En => en, "en", "English",
    Zh => zh, "zh", "中文",
    Ja => ja, "ja", "日本語",
}

impl Lang {
    /// Reads a language tag such as `en`, `EN`, `zh-Hans-CN` or `ko_KR`; `None` for anything else.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL.iter().copied().find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }
}

/// The hour on a 12-hour clock (12 for noon and midnight), for the languages that write it so.
fn twelve(hour: u8) -> u8 {
    if hour % 12 == 0 {
        12
    } else {
        hour % 12
    }
}

/// How a status is named for the reader, with a stable code for styling: `None` for stated facts.
pub fn status_label(status: Status, lang: Lang) -> Option<(&'static str, &'static str)> {
    match status {
        Status::Stated => None,
        Status::Inferred => Some(("inferred", ui(lang).inferred)),
        Status::Planned => Some(("planned", ui(lang).planned)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tags_with_regions_and_case() {
        assert_eq!(Lang::from_tag("en-US"), Some(Lang::En));
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("KO_kr"), Some(Lang::Ko));
        assert_eq!(Lang::from_tag("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag(" en "), Some(Lang::En));
    }

    #[test]
    fn rejects_other_tags() {
        for tag in ["", "fr", "e", "eng", "english", "<script>", "-en"] {
            assert_eq!(Lang::from_tag(tag), None, "{tag:?}");
        }
    }

    #[test]
    fn codes_are_distinct_and_round_trip() {
        for &lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
            assert!(!lang.endonym().is_empty() && ui(lang).locale.starts_with(lang.code()));
        }
    }
}
