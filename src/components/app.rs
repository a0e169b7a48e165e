//! The whole page: owns the state (one reducer) and keeps the URL, storage and `<html lang>` in step
//! with it in the browser.

use super::lang_switch::LangSwitch;
use super::story_header::StoryHeader;
use super::timeline::TimelineView;
use super::StoryRef;
use crate::i18n::ui;
use crate::model::{Lang, Timeline};
use crate::state::{Action, AppState};
use std::rc::Rc;
use yew::prelude::*;

/// What the page starts with.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub story: StoryRef,
    pub initial_lang: Lang,
    #[prop_or_default]
    pub initial_lang2: Option<Lang>,
    /// The event to open at load; `None` shows the title card.
    #[prop_or_default]
    pub initial_event: Option<usize>,
}

/// Lets the reducer live in yew: every change goes through [`AppState::apply`].
struct Store(AppState);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

/// The explainer page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let AppProps { story, initial_lang, initial_lang2, initial_event } = props;
    let store = use_reducer(|| {
        Store(AppState::new(Rc::new(Timeline::new(story)), *initial_lang, *initial_lang2, *initial_event))
    });
    let on_action = {
        let store = store.clone();
        Callback::from(move |action| store.dispatch(action))
    };
    use_browser_sync(*story, &store.0, on_action.clone());
    let state = Rc::new(store.0.clone());
    let lang = state.lang;
    let strings = ui(lang);
    let second = state.lang2.unwrap_or(if lang == Lang::Ko { Lang::En } else { Lang::Ko });
    html! {
        <div class="app" lang={lang.code()}>
            <header class="site-header">
                <button type="button" class="lang2-toggle" data-testid="lang2-toggle"
                    aria-pressed={state.lang2.is_some().to_string()} onclick={on_action.reform(|_| Action::ToggleLang2)}>
                    { (strings.side_by_side)(second) }
                </button>
                <LangSwitch current={lang} on_select={on_action.reform(Action::SetLang)} />
            </header>
            <main>
                <StoryHeader story={*story} {lang} />
                <TimelineView story={*story} {state} {on_action} />
            </main>
        </div>
    }
}

/// Mirrors the state into the browser: the selection into the URL (`#event-<id>`), the language into
/// storage, `<html lang>` and the title; and follows Back / Forward and edited fragments.
/// Effects never run when rendering natively, so this touches the browser only in the browser.
#[hook]
fn use_browser_sync(story: StoryRef, state: &AppState, on_action: Callback<Action>) {
    use crate::browser;
    use crate::routing::{event_from_hash, hash_for};
    let loaded = use_mut_ref(|| false);
    use_effect_with(state.selected, move |selected| {
        // The first write only tidies the URL (e.g. `?event=` → `#event-`); later ones are the reader's steps.
        let first = !loaded.replace(true);
        browser::write_hash(&hash_for(&story, *selected), !first);
    });
    use_effect_with(state.lang, move |&lang| {
        browser::save_lang(lang);
        browser::show_lang(lang, story.article.headline.get(lang));
    });
    use_effect_with((), move |_| {
        let listener =
            browser::on_route_change(move |hash| on_action.emit(Action::Select(event_from_hash(&story, &hash))));
        move || drop(listener)
    });
}
