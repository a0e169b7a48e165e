//! The language switch: one control per language of the story, each named in its own language. Live,
//! toggle buttons that change the page's language in place; on the static page, links to each language's
//! page. A story in one language has none.

use super::{Mode, StoryRef};
use crate::i18n::ui;
use crate::model::Lang;
use crate::routing::{href, Link};
use yew::prelude::*;

/// The languages' switch; the current one is pressed (live) or marked as the current page (static).
pub fn lang_switch(story: StoryRef, current: Lang, mode: Mode, on_select: &Callback<Lang>) -> Html {
    if !story.languages.translated() {
        return Html::default();
    }
    html! {
        <div class="lang-switch" role="group" aria-label={ui(current).language} data-testid="lang-switch">
            { for story.languages.all.iter().copied().map(|lang| match mode {
                Mode::Live => html! {
                    <button type="button" lang={lang.code()} data-lang={lang.code()}
                        aria-pressed={(lang == current).to_string()} onclick={on_select.reform(move |_| lang)}>
                        { lang.endonym() }
                    </button>
                },
                Mode::Static(_) => html! {
                    <a lang={lang.code()} hreflang={lang.code()} data-lang={lang.code()}
                        href={href(&story, mode.page(), Link::Page { from: current, to: lang })}
                        aria-current={(lang == current).then_some("page")}>
                        { lang.endonym() }
                    </a>
                },
            }) }
        </div>
    }
}
