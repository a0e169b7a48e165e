//! The article view: the whole article paragraph by paragraph, the Korean original beside the reader's
//! language (interleaved on narrow screens), with every sentence that an event, organization or person cites
//! marked. Activating a marked sentence lists what cites it, each a way there; `#sentence-<id>` highlights one.

use super::StoryRef;
use crate::i18n::{format_when, status_label, ui};
use crate::model::{Citer, Lang};
use crate::routing::{EVENT_PREFIX, NODE_PREFIX, SENTENCE_PREFIX};
use crate::state::{Action, AppState};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub story: StoryRef,
    pub state: Rc<AppState>,
    pub on_action: Callback<Action>,
}

/// The article in parallel text.
#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let ArticleViewProps { story, state, on_action } = props;
    let (lang, selected) = (state.lang, state.sentence);
    let strings = ui(lang);
    let article = &story.article;
    // The original first, then the reader's languages where they differ from it.
    let mut langs = vec![Lang::Ko];
    for l in [Some(lang), state.lang2].into_iter().flatten() {
        if !langs.contains(&l) {
            langs.push(l);
        }
    }
    // Bring the highlighted sentence into view and focus, whenever it changes (and when the view opens).
    use_effect_with(selected, {
        let story = *story;
        move |selected| {
            if let Some(s) = selected.and_then(|s| story.article.sentences.get(s)) {
                crate::browser::focus_by_id(&format!("sentence-{}", s.id));
            }
        }
    });
    let reporter = &story.people[article.reporter as usize];
    let published = &article.published;
    html! {
        <section class="article-view" data-testid="article-view" aria-labelledby="article-title">
            <h2 id="article-title">{ strings.the_article }</h2>
            <p class="byline">
                <span class="outlet">{ article.outlet.get(lang) }</span>{ " · " }
                { strings.reporter }{ " " }<span data-testid="article-reporter">{ reporter.name.get(lang) }</span>{ " · " }
                { strings.published }{ " " }
                <time datetime={published.date.iso()}>{ format_when(story, published, lang) }</time>
                if let Some((code, label)) = status_label(published.status, lang) {
                    { " " }<span class="status-label" data-status={code}>{ label }</span>
                }
                if let Some(url) = article.url {
                    { " · " }<a href={url} rel="noopener" data-testid="publisher-link">{ (strings.at_publisher)(article.outlet.get(lang)) }</a>
                }
            </p>
            <p class="hint">{ strings.article_hint }</p>
            { for article.paragraphs.iter().map(|p| {
                let sentences = p.first_sentence as usize..(p.first_sentence + p.sentence_count) as usize;
                let holds_selection = selected.filter(|s| sentences.contains(s));
                html! {
                    <>
                        <div class="paragraph-row" data-paragraph-id={p.id} style={format!("--columns:{}", langs.len())}>
                            { for langs.iter().map(|&l| html! {
                                <p lang={l.code()} class={classes!("paragraph", (l == Lang::Ko).then_some("original"))}>
                                    { for sentences.clone().map(|s| html! {
                                        <>
                                            { sentence(SentenceProps { story: *story, sentence: s, text_lang: l, primary: l == lang,
                                                selected: selected == Some(s), citations: state.citations.of(s).len(),
                                                reader: lang, on_action: on_action.clone() }) }
                                            { if l == Lang::Zh { "" } else { " " } }
                                        </>
                                    }) }
                                </p>
                            }) }
                        </div>
                        if let Some(s) = holds_selection {
                            { cited_by(*story, state, s, on_action) }
                        }
                    </>
                }
            }) }
        </section>
    }
}

struct SentenceProps {
    story: StoryRef,
    sentence: usize,
    /// The language this copy of the sentence is in.
    text_lang: Lang,
    /// Whether this is the reader's copy: it carries the `id` the fragment names, and the tab stop.
    primary: bool,
    selected: bool,
    /// How many events, organizations and people cite it.
    citations: usize,
    reader: Lang,
    on_action: Callback<Action>,
}

/// One sentence in one language: a link when something cites it, plain text otherwise.
fn sentence(props: SentenceProps) -> Html {
    let SentenceProps { story, sentence, text_lang, primary, selected, citations, reader, on_action } = &props;
    let cited = *citations > 0;
    let s = &story.article.sentences[*sentence];
    let id = primary.then(|| format!("sentence-{}", s.id));
    let class = classes!("sentence", cited.then_some("cited"), selected.then_some("highlighted"));
    let text = s.text.get(*text_lang);
    if cited {
        let index = *sentence;
        html! {
            <a {id} {class} href={format!("{SENTENCE_PREFIX}{}", s.id)} data-testid="article-sentence" data-sentence-id={s.id}
                aria-current={selected.then_some("true")} tabindex={(!primary).then_some("-1")}
                onclick={on_action.reform(move |e: MouseEvent| {
                    e.prevent_default();
                    Action::ShowSentence(index)
                })}>
                { text }
                if *primary {
                    <span class="visually-hidden" lang={reader.code()}>{ format!(" ({})", (ui(*reader).cited_times)(*citations)) }</span>
                }
            </a>
        }
    } else {
        html! {
            <span {id} {class} data-testid="article-sentence" data-sentence-id={s.id} tabindex={primary.then_some("-1")}>{ text }</span>
        }
    }
}

/// What cites the highlighted sentence: its events and organizations (each opens in its view) and people.
fn cited_by(story: StoryRef, state: &AppState, sentence: usize, on_action: &Callback<Action>) -> Html {
    let lang = state.lang;
    let strings = ui(lang);
    let citers = state.citations.of(sentence);
    if citers.is_empty() {
        return html! {};
    }
    html! {
        <aside class="cited-by" data-testid="cited-by" data-sentence-id={story.article.sentences[sentence].id}
            aria-labelledby="cited-by-title">
            <h3 id="cited-by-title">{ strings.cited_by }</h3>
            <ul>
                { for citers.iter().map(|&citer| match citer {
                    Citer::Event(i) => {
                        let e = &story.events[i];
                        html! {
                            <li>
                                <span class="result-kind">{ strings.result_event }</span>
                                <a href={format!("{EVENT_PREFIX}{}", e.id)} data-testid="cited-event" data-event-id={e.id}
                                    onclick={on_action.reform(move |ev: MouseEvent| {
                                        ev.prevent_default();
                                        Action::ShowEvent(i)
                                    })}>
                                    { format_when(&story, &e.when, lang) }{ ": " }{ e.headline.get(lang) }
                                </a>
                            </li>
                        }
                    }
                    Citer::Organization(i) => {
                        let o = &story.organizations[i];
                        html! {
                            <li>
                                <span class="result-kind">{ strings.result_org }</span>
                                <a href={format!("{NODE_PREFIX}{}", o.id)} data-testid="cited-org" data-node-id={o.id}
                                    onclick={on_action.reform(move |ev: MouseEvent| {
                                        ev.prevent_default();
                                        Action::ShowNode(i)
                                    })}>
                                    { o.name.get(lang) }
                                </a>
                            </li>
                        }
                    }
                    Citer::Person(i) => {
                        let p = &story.people[i];
                        html! {
                            <li data-testid="cited-person">
                                <span class="result-kind">{ strings.people }</span>
                                { p.name.get(lang) }{ " · " }{ p.role.get(lang) }
                            </li>
                        }
                    }
                }) }
            </ul>
        </aside>
    }
}
