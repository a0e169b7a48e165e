//! Every interface string in every language, checked by the compiler: a missing one does not build.

use super::Lang;

/// The interface's words in one language.
pub struct UiStrings {
    /// Name of the group of language buttons.
    pub language: &'static str,
    /// Heading of the list of events.
    pub events_heading: &'static str,
    /// Label before the publication date.
    pub published: &'static str,
    /// Label of an inferred date or event.
    pub inferred: &'static str,
    /// Label of a planned event.
    pub planned: &'static str,
    /// What an inferred date rests on.
    pub basis: &'static str,
}

const KO: UiStrings = UiStrings {
    language: "언어",
    events_heading: "일어난 일",
    published: "게재",
    inferred: "추정",
    planned: "계획",
    basis: "근거",
};

const EN: UiStrings = UiStrings {
    language: "Language",
    events_heading: "What happened",
    published: "Published",
    inferred: "Inferred",
    planned: "Planned",
    basis: "Basis",
};

const ZH: UiStrings = UiStrings {
    language: "语言",
    events_heading: "事件经过",
    published: "发布",
    inferred: "推断",
    planned: "计划",
    basis: "依据",
};

/// The interface strings for `lang`.
pub fn ui(lang: Lang) -> &'static UiStrings {
    match lang {
        Lang::Ko => &KO,
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}
