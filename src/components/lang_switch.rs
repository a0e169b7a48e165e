//! The ko / en / zh switch: one toggle button per language, each named in its own language.

use crate::i18n::ui;
use crate::model::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub current: Lang,
    pub on_select: Callback<Lang>,
}

/// Buttons that choose the page's language; the current one is pressed.
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let LangSwitchProps { current, on_select } = props;
    html! {
        <div class="lang-switch" role="group" aria-label={ui(*current).language} data-testid="lang-switch">
            { for Lang::ALL.into_iter().map(|lang| {
                let onclick = on_select.reform(move |_| lang);
                html! {
                    <button type="button" lang={lang.code()} data-lang={lang.code()}
                        aria-pressed={(lang == *current).to_string()} {onclick}>
                        { lang.endonym() }
                    </button>
                }
            }) }
        </div>
    }
}
