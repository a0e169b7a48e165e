//! The whole page: owns the state (the language) and hands it to the views.

use super::event_list::EventList;
use super::lang_switch::LangSwitch;
use super::story_header::StoryHeader;
use super::StoryRef;
use crate::model::Lang;
use yew::prelude::*;

/// What the page starts with.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub story: StoryRef,
    pub initial_lang: Lang,
    /// Called after each language change, for the browser glue (storage, `<html lang>`, title).
    #[prop_or_default]
    pub on_lang_change: Callback<Lang>,
}

/// The explainer page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let AppProps { story, initial_lang, on_lang_change } = props;
    let lang = use_state_eq(|| *initial_lang);
    let on_select = {
        let lang = lang.clone();
        let on_lang_change = on_lang_change.clone();
        Callback::from(move |chosen: Lang| {
            lang.set(chosen);
            on_lang_change.emit(chosen);
        })
    };
    let lang = *lang;
    html! {
        <div class="app" lang={lang.code()}>
            <header class="site-header">
                <LangSwitch current={lang} {on_select} />
            </header>
            <main>
                <StoryHeader story={*story} {lang} />
                <EventList story={*story} {lang} />
            </main>
        </div>
    }
}
