//! The whole page: owns the state (one reducer) and keeps the URL, storage and `<html lang>` in step
//! with it in the browser.

use super::article_view::article;
use super::embed_dialog::use_embed_dialog;
use super::lang_switch::lang_switch;
use super::org_chart::{org_chart, use_org_chart};
use super::search::Search;
use super::static_story::static_story;
use super::story_header::story_header;
use super::timeline::{timeline_view, use_timeline};
use super::view_switch::view_switch;
use super::{Mode, StoryRef};
use crate::i18n::ui;
use crate::model::Lang;
use crate::routing::Route;
use crate::state::{Action, AppState, View};
use std::rc::Rc;
use yew::prelude::*;

/// What the page starts with.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub story: StoryRef,
    /// The page's language.
    pub lang: Lang,
    /// What the reader's URL and the static page's state ask for, applied before the first render.
    #[prop_or_default]
    pub startup: Rc<Vec<Action>>,
    /// The standalone page's address (origin and path), for embed codes and the full-page link.
    #[prop_or_default]
    pub page_url: AttrValue,
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
    let AppProps { story, lang, startup, page_url } = props;
    // The first render is already the reader's state: the static page it takes over from showed it.
    let store = use_reducer(|| {
        let state = initial_state(story, *lang);
        Store(startup.iter().fold(state, |state, action| state.apply(action.clone())))
    });
    // The state as last rendered, and the number of the reader's latest change of language, for the callback.
    let state = Rc::new(store.0.clone());
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let choice = use_mut_ref(|| 0u64);
    // One callback for the page's life: children whose state did not change are not rendered again. A
    // change of language waits for that language's texts (the bundle has none; see `model::Texts`), and
    // only the latest change is made: a slow language arriving after the reader chose another is not shown.
    // Should the texts not come, the reader goes to that language's page, which has them, at the same place.
    let on_action = {
        let (dispatcher, story) = (store.dispatcher(), *story);
        use_callback((), move |action: Action, _| {
            if !matches!(action, Action::SetLang(_) | Action::SetLang2(_) | Action::ToggleLang2) {
                return dispatcher.dispatch(action);
            }
            let this = {
                let mut choice = choice.borrow_mut();
                *choice += 1;
                *choice
            };
            let next = latest.borrow().apply(action.clone());
            let texts = story.texts;
            let missing: Vec<Lang> =
                [Some(next.lang), next.lang2].into_iter().flatten().filter(|&l| !texts.has(l)).collect();
            if missing.is_empty() {
                return dispatcher.dispatch(action);
            }
            let (dispatcher, choice, latest) = (dispatcher.clone(), choice.clone(), latest.clone());
            yew::platform::spawn_local(async move {
                match crate::browser::load_texts(texts, &missing).await {
                    Ok(()) if *choice.borrow() == this => dispatcher.dispatch(action),
                    Ok(()) => {}
                    Err(e) => {
                        crate::browser::warn(&e);
                        // That page, at the reader's place now (the address follows every step).
                        if next.lang != latest.borrow().lang && *choice.borrow() == this {
                            crate::browser::go_to_lang(next.lang, story.languages.original);
                        }
                    }
                }
            });
        })
    };
    // The views' own state: hooks of the App's, not components of their own (see `use_timeline`). Their
    // effects, and the article's below, come before the take-over's: on the first render they run while the
    // app is still hidden, and move no focus the take-over then gives back to the reader.
    let (timeline, org) = (use_timeline(&state), use_org_chart(&state));
    let embed_dialog = use_embed_dialog(*story, &state, page_url);
    // The article's highlighted sentence is brought into view and focused whenever it changes, and when
    // the article view opens.
    use_effect_with((state.view == View::Article).then_some(state.sentence).flatten(), {
        let story = *story;
        move |selected| {
            if let Some(s) = selected.and_then(|s| story.article.sentences.get(s)) {
                crate::browser::focus_by_id(&format!("sentence-{}", s.id));
            }
        }
    });
    // Once rendered, the app takes the static page's place (keeping the reader's focus and scroll).
    use_effect_with((), move |_| crate::browser::take_over());
    use_browser_sync(*story, &store.0, on_action.clone());
    // The printed list of every event is rendered only while printing: it stays out of the page, whose size
    // then does not grow with the story.
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let listeners = crate::browser::on_print(move |on| printing.set(on));
            move || drop(listeners)
        });
    }
    let lang = state.lang;
    let embed = state.embed;
    let strings = ui(lang);
    let full_page = crate::routing::full_page_url(story, page_url, lang, state.view, state.route);
    html! {
        <div class={classes!("app", embed.then_some("embedded"))} lang={lang.code()}>
            if state.view.shows_timeline() {
                { skip_link(lang) }
            }
            { site_header(*story, &state, Mode::Live, &on_action) }
            <main>
                { story_header(*story, lang) }
                if embed {
                    <p class="full-page"><a href={full_page} target="_blank" rel="noopener" data-testid="full-page-link">{ strings.full_page }</a></p>
                }
                if state.view.shows_timeline() {
                    { timeline_view(*story, &state, &on_action, &timeline) }
                }
                if state.view.shows_org() {
                    { org_chart(*story, &state, &on_action, &org) }
                }
                if state.view == View::Article {
                    { article(*story, &state, Mode::Live, &on_action) }
                }
                if *printing {
                    { static_story(story, lang) }
                }
            </main>
            if !embed {
                { site_footer(*story, &state, Mode::Live, embed_dialog) }
            }
        </div>
    }
}

/// The state the page starts in, before the reader's choices: the title card, both views, one language.
pub(crate) fn initial_state(story: &StoryRef, lang: Lang) -> AppState {
    AppState::new(story, lang, None, View::Both, Route::Title)
}

/// The link past the header to the timeline, shown when focused.
pub(crate) fn skip_link(lang: Lang) -> Html {
    html! { <a class="skip-link" href={crate::routing::TIMELINE} data-testid="skip-link">{ ui(lang).skip_to_timeline }</a> }
}

/// The page's header: the view switch, side by side, the language switch and search. On the static page
/// the controls that need script (side by side, search) hold their place unseen until the app takes over.
pub(crate) fn site_header(story: StoryRef, state: &AppState, mode: Mode, on_action: &Callback<Action>) -> Html {
    let lang = state.lang;
    let strings = ui(lang);
    let second = state.lang2.or(story.languages.second_for(lang));
    let needs_script = (mode != Mode::Live).then_some("needs-script");
    html! {
        <header class="site-header">
            { view_switch(story, state.view, lang, mode, &on_action.reform(Action::SetView)) }
            if let Some(second) = second {
                // On a phone the button shows the language alone (its full name stays its accessible name).
                <button type="button" class={classes!("lang2-toggle", needs_script)} data-testid="lang2-toggle"
                    aria-label={(strings.side_by_side)(second)}
                    aria-pressed={state.lang2.is_some().to_string()} onclick={on_action.reform(|_| Action::ToggleLang2)}>
                    <span class="lang2-full">{ (strings.side_by_side)(second) }</span>
                    <span class="lang2-short" aria-hidden="true" lang={second.code()}>{ second.endonym() }</span>
                </button>
            }
            { lang_switch(story, lang, mode, &on_action.reform(Action::SetLang)) }
            <div class={classes!("search-slot", needs_script)}>
                <Search {story} {lang} filtered={state.filter.is_some()} on_action={on_action.clone()} />
            </div>
        </header>
    }
}

/// The page's footer: the source article, its copyright, and `embed`, the embed button and dialog (on the
/// static page the button alone, hidden: it needs script).
pub(crate) fn site_footer(story: StoryRef, state: &Rc<AppState>, mode: Mode, embed: Html) -> Html {
    let lang = state.lang;
    let article = &story.article;
    let credit = super::story_header::credit(story, lang)
        .or_else(|| article.url.map(|_| article.headline.get(lang).to_string()));
    html! {
        <footer class="site-footer">
            if let Some(credit) = credit {
                <p>
                    { ui(lang).source_article }{ ": " }{ credit }
                    if let Some(url) = article.url {
                        { " · " }<a href={url} rel="noopener">{ url }</a>
                    }
                </p>
            }
            if let Some(copyright) = article.copyright {
                <p lang={story.languages.original.code()}>{ copyright.get(story.languages.original) }</p>
            }
            <div class={classes!("embed-slot", (mode != Mode::Live).then_some("needs-script"))}>{ embed }</div>
        </footer>
    }
}

/// Mirrors the state into the browser: the last choice into the URL (`#event-<id>` or `#node-<id>`), the
/// language into `<html lang>` and the title (and, when the reader chose it, into the URL's page and
/// storage); and follows Back / Forward and edited fragments.
/// Effects never run when rendering natively, so this touches the browser only in the browser.
#[hook]
fn use_browser_sync(story: StoryRef, state: &AppState, on_action: Callback<Action>) {
    use crate::browser;
    use crate::routing::{hash_for, route_change};
    let rendered = use_mut_ref(|| false);
    use_effect_with(state.route, move |route| {
        // The first render shows the URL's state: leave the URL alone. After that, each change is a reader's step.
        if rendered.replace(true) {
            browser::write_hash(&hash_for(&story, *route), true);
        }
    });
    // The first language is the page's; every later one is the reader's choice.
    let chosen = use_mut_ref(|| false);
    use_effect_with(state.lang, move |&lang| {
        browser::show_lang(lang, story.languages.original, story.article.headline.get(lang), chosen.replace(true));
    });
    use_effect_with((), move |_| {
        let listener = browser::on_route_change(move |hash| {
            if let Some(route) = route_change(&story, &hash) {
                on_action.emit(Action::Route(route));
            }
        });
        move || drop(listener)
    });
}
