//! The three languages every text of a story comes in.

/// A language of the page and of every text in the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Ko,
    En,
    Zh,
}

impl Lang {
    /// Every language, in the order the switch shows them (the original's language first).
    pub const ALL: [Lang; 3] = [Lang::Ko, Lang::En, Lang::Zh];

    /// The BCP 47 tag used in `lang` attributes and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// Reads a language tag such as `en`, `EN`, `zh-Hans-CN` or `ko_KR`; `None` for anything else.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL.into_iter().find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    /// The language's name in itself, as the switch shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Ko => "한국어",
            Lang::En => "English",
            Lang::Zh => "中文",
        }
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
        assert_eq!(Lang::from_tag(" en "), Some(Lang::En));
    }

    #[test]
    fn rejects_other_tags() {
        for tag in ["", "fr", "e", "eng", "english", "<script>", "-en"] {
            assert_eq!(Lang::from_tag(tag), None, "{tag:?}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        }
    }
}
