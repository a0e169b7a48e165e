//! A text in the reader's language, and beside it, in side-by-side mode, in the second language.

use crate::model::{Lang, Text};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BiTextProps {
    pub text: Text,
    pub lang: Lang,
    #[prop_or_default]
    pub lang2: Option<Lang>,
}

/// One text, in one or two languages, each marked with its `lang`.
#[component]
pub fn BiText(props: &BiTextProps) -> Html {
    let BiTextProps { text, lang, lang2 } = props;
    html! {
        <>
            <span class="primary" lang={lang.code()}>{ text.get(*lang) }</span>
            if let Some(second) = lang2.filter(|l| l != lang) {
                <span class="secondary" lang={second.code()}>{ text.get(second) }</span>
            }
        </>
    }
}
