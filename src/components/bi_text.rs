//! A text in the reader's language, and beside it, in side-by-side mode, in the second language.

use crate::model::{Lang, Text};
use yew::prelude::*;

/// One text, in one or two languages, each marked with its `lang`. (A plain view function, like the other
/// small views without state: a component of its own would cost the bundle more than it saves in renders.)
pub fn bi_text(text: Text, lang: Lang, lang2: Option<Lang>) -> Html {
    html! {
        <>
            <span class="primary" lang={lang.code()}>{ text.get(lang) }</span>
            if let Some(second) = lang2.filter(|&l| l != lang) {
                <span class="secondary" lang={second.code()}>{ text.get(second) }</span>
            }
        </>
    }
}
