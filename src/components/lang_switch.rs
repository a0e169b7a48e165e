//! The ko / en / zh switch: one toggle button per language, each named in its own language.

use crate::i18n::ui;
use crate::model::Lang;
use yew::prelude::*;

/// Buttons that choose the page's language; the current one is pressed.
pub fn lang_switch(current: Lang, on_select: &Callback<Lang>) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={ui(current).language} data-testid="lang-switch">
            { for Lang::ALL.into_iter().map(|lang| {
                let onclick = on_select.reform(move |_| lang);
                html! {
                    <button type="button" lang={lang.code()} data-lang={lang.code()}
                        aria-pressed={(lang == current).to_string()} {onclick}>
                        { lang.endonym() }
                    </button>
                }
            }) }
        </div>
    }
}
