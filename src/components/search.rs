//! Search: one field finding events, organizations and sentences in any of the story's languages, as a
//! combobox with a list of results (↑ ↓ move, Enter or a click opens, Escape clears, `/` focuses the field)
//! and the number of results announced. The languages not yet loaded are fetched when the field is first
//! focused; the index is built on the first query, and again once more languages are here.

use super::StoryRef;
use crate::i18n::{format_event_date, ui};
use crate::model::{Found, Hit, HitKind, Lang, SearchIndex};
use crate::state::{Action, Shared};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How many results the list shows; all are counted.
const SHOWN: usize = 50;

#[derive(Properties, PartialEq)]
pub struct SearchProps {
    pub story: StoryRef,
    pub lang: Lang,
    /// Whether the timeline is filtered to the matching events.
    pub filtered: bool,
    pub on_action: Callback<Action>,
}

/// What the field holds and what it found.
#[derive(Clone, Default, PartialEq)]
struct Results {
    query: String,
    found: Found,
    /// The result ↑ ↓ moved to.
    active: Option<usize>,
    /// Whether the list is open (closed after a result is opened, open again on typing or focus).
    open: bool,
}

/// The search field and its results.
#[component]
pub fn Search(props: &SearchProps) -> Html {
    let SearchProps { story, lang, filtered, on_action } = props;
    let strings = ui(*lang);
    let results = use_state(Results::default);
    let index: Rc<RefCell<Option<SearchIndex>>> = use_mut_ref(|| None);
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with((), move |_| {
            let listener = crate::browser::on_slash_key(move || {
                if let Some(input) = input.cast::<web_sys::HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            });
            move || drop(listener)
        });
    }
    // Runs the query (building the index the first time) and, if the timeline is filtered, refilters it.
    // `again`: the same query over more languages; the result ↑ ↓ moved to stays the active one.
    let run = {
        let (story, results, index, on_action, filtered) =
            (*story, results.clone(), index.clone(), on_action.clone(), *filtered);
        move |query: String, again: bool| {
            let was = results.active.and_then(|i| results.found.hits.get(i)).copied().filter(|_| again);
            let mut index = index.borrow_mut();
            // Built again once the reader has loaded another language.
            if index.as_ref().is_some_and(|i| i.languages() != SearchIndex::languages_of(&story)) {
                *index = None;
            }
            let index = index.get_or_insert_with(|| SearchIndex::new(&story));
            // Filtered: the results and the timeline's new filter come from one scan.
            let found = if filtered && !query.trim().is_empty() {
                let mut matching = vec![false; story.events.len()];
                let found = index.search_marking(&query, SHOWN, &mut matching);
                on_action.emit(Action::Filter(Some(Shared::new(matching))));
                found
            } else {
                if filtered {
                    on_action.emit(Action::Filter(None));
                }
                index.search(&query, SHOWN)
            };
            let active = was.and_then(|was| found.hits.iter().position(|&hit| hit == was));
            results.set(Results { open: !query.trim().is_empty(), query, found, active });
        }
    };
    let oninput = {
        let run = run.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(field) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                run(field.value(), false);
            }
        })
    };
    let open_hit = {
        let (results, on_action) = (results.clone(), on_action.clone());
        Callback::from(move |hit: Hit| {
            results.set(Results { open: false, ..(*results).clone() });
            on_action.emit(match hit.kind {
                HitKind::Event => Action::ShowEvent(hit.index),
                HitKind::Organization => Action::ShowNode(hit.index),
                HitKind::Sentence => Action::ShowSentence(hit.index),
            });
        })
    };
    let onkeydown = {
        let (results, open_hit, run) = (results.clone(), open_hit.clone(), run.clone());
        Callback::from(move |e: KeyboardEvent| {
            let count = results.found.hits.len();
            let active = results.active;
            match e.key().as_str() {
                "ArrowDown" | "ArrowUp" if count > 0 => {
                    e.prevent_default();
                    let down = e.key() == "ArrowDown";
                    let next = match active {
                        None if down => 0,
                        None => count - 1,
                        Some(i) if down => (i + 1) % count,
                        Some(i) => (i + count - 1) % count,
                    };
                    results.set(Results { active: Some(next), open: true, ..(*results).clone() });
                }
                "Enter" => {
                    if let Some(&hit) = results.found.hits.get(active.unwrap_or(0)) {
                        e.prevent_default();
                        open_hit.emit(hit);
                    }
                }
                "Escape" if !results.query.is_empty() => {
                    e.prevent_default();
                    if let Some(field) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        field.set_value("");
                    }
                    run(String::new(), false);
                }
                _ => {}
            }
        })
    };
    // The reader's languages are loaded; the others, which search also looks in, once the field is first
    // focused (a few KB each). Once they are here, the shown query runs again over them.
    let asked = use_mut_ref(|| false);
    let arrived = use_state(|| 0u32);
    {
        let (run, results) = (run.clone(), results.clone());
        use_effect_with(*arrived, move |&arrived| {
            if arrived > 0 && results.open && !results.query.trim().is_empty() {
                run(results.query.clone(), true);
            }
        });
    }
    let onfocus = {
        let (results, arrived, texts, all) = (results.clone(), arrived.clone(), story.texts, story.languages.all);
        Callback::from(move |_: FocusEvent| {
            if !asked.replace(true) && all.iter().any(|&l| !texts.has(l)) {
                let (asked, arrived) = (asked.clone(), arrived.clone());
                yew::platform::spawn_local(async move {
                    match crate::browser::load_texts(texts, all).await {
                        Ok(()) => arrived.set(*arrived + 1),
                        Err(e) => {
                            // Asked again at the next focus.
                            asked.replace(false);
                            crate::browser::warn(&e);
                        }
                    }
                });
            }
            if !results.open && !results.query.trim().is_empty() {
                results.set(Results { open: true, ..(*results).clone() });
            }
        })
    };
    let toggle_filter = {
        let (results, index, on_action, filtered, story) =
            (results.clone(), index, on_action.clone(), *filtered, *story);
        Callback::from(move |_: MouseEvent| match &*index.borrow() {
            Some(index) if !filtered => {
                let matching = index.matching_events(&results.query, story.events.len());
                on_action.emit(Action::Filter(Some(Shared::new(matching))))
            }
            _ => on_action.emit(Action::Filter(None)),
        })
    };
    let Results { query, found, active, open } = &*results;
    let searching = !query.trim().is_empty();
    let count_text = searching.then(|| (strings.results)(found.total, found.hits.len()));
    let events_found = found.hits.iter().any(|h| h.kind == HitKind::Event);
    html! {
        <div class="search" role="search" data-testid="search-box">
            <label for="search-input" class="visually-hidden">{ strings.search }</label>
            <input id="search-input" ref={input} type="search" data-testid="search" role="combobox" autocomplete="off"
                spellcheck="false" placeholder={(strings.search_placeholder)(story.has_org_chart(), story.has_article())} value={query.clone()}
                aria-expanded={(*open && searching).to_string()} aria-controls="search-results" aria-autocomplete="list"
                aria-activedescendant={active.filter(|_| *open).map(|i| format!("search-result-{i}"))}
                {oninput} {onkeydown} {onfocus} />
            <p class="visually-hidden" role="status" data-testid="search-status">{ count_text.clone() }</p>
            <div class="search-results" hidden={!(*open && searching)}>
                <p class="search-count" aria-hidden="true">{ count_text }</p>
                <ul id="search-results" role="listbox" aria-label={strings.search} data-testid="search-results">
                    { for found.hits.iter().enumerate().map(|(n, &hit)| {
                        let (kind, code, text) = describe(story, hit, *lang);
                        let open_hit = open_hit.clone();
                        html! {
                            <li id={format!("search-result-{n}")} role="option" data-testid="search-result" data-kind={code}
                                aria-selected={(*active == Some(n)).to_string()}
                                onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())}
                                onclick={Callback::from(move |_: MouseEvent| open_hit.emit(hit))}>
                                <span class="result-kind">{ kind }</span>{ " " }<span class="result-text">{ text }</span>
                            </li>
                        }
                    }) }
                </ul>
                if events_found || *filtered {
                    <button type="button" class="search-filter" data-testid="search-filter" aria-pressed={filtered.to_string()}
                        onclick={toggle_filter}>
                        { strings.filter_timeline }
                    </button>
                }
            </div>
        </div>
    }
}

/// A result's kind (its word and code) and its text in `lang`.
fn describe(story: &StoryRef, hit: Hit, lang: Lang) -> (&'static str, &'static str, String) {
    let strings = ui(lang);
    match hit.kind {
        HitKind::Event => {
            let e = &story.events[hit.index];
            (strings.result_event, "event", format!("{}: {}", format_event_date(story, e, lang), e.headline.get(lang)))
        }
        HitKind::Organization => (strings.result_org, "org", story.organizations[hit.index].name.get(lang).into()),
        HitKind::Sentence => {
            (strings.result_sentence, "sentence", story.article.sentences[hit.index].text.get(lang).into())
        }
    }
}
