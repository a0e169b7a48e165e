//! The article view: the whole article paragraph by paragraph, the Korean original beside the reader's
//! language (interleaved on narrow screens), with every sentence that an event, organization or person cites
//! marked. Activating a marked sentence lists what cites it, each a way there; `#sentence-<id>` highlights one.

use super::{Mode, StoryRef};
use crate::i18n::{format_when, status_label, ui};
use crate::model::{Citer, Lang};
use crate::routing::{href, Link, Route};
use crate::state::{Action, AppState, View};
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
    // Bring the highlighted sentence into view and focus, whenever it changes (and when the view opens).
    use_effect_with(state.sentence, {
        let story = *story;
        move |selected| {
            if let Some(s) = selected.and_then(|s| story.article.sentences.get(s)) {
                crate::browser::focus_by_id(&format!("sentence-{}", s.id));
            }
        }
    });
    article(*story, state, Mode::Live, on_action)
}

/// The article view's contents. On the static page it is the view `#view-article`, and what cites each
/// cited sentence stands after its paragraph as the `:target` of that sentence's link.
pub fn article(story: StoryRef, state: &AppState, mode: Mode, on_action: &Callback<Action>) -> Html {
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
    let reporter = &story.people[article.reporter as usize];
    let published = &article.published;
    html! {
        <section id={(mode == Mode::Static).then(|| href(&story, Link::View(View::Article))[1..].to_string())}
            class="article-view" data-testid="article-view" aria-labelledby="article-title">
            <h2 id="article-title">{ strings.the_article }</h2>
            <p class="byline">
                <span class="outlet">{ article.outlet.get(lang) }</span>{ " · " }
                { strings.reporter }{ " " }<span data-testid="article-reporter">{ reporter.name.get(lang) }</span>{ " · " }
                { strings.published }{ " " }
                <time datetime={published.date.iso()}>{ format_when(&story, published, lang) }</time>
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
                // What cites a sentence: live, under the paragraph of the highlighted one; on the static page,
                // for every cited sentence, each shown when its link is followed.
                let cited: Vec<usize> = match mode {
                    Mode::Live => selected.filter(|s| sentences.contains(s)).into_iter().collect(),
                    Mode::Static => sentences.clone().filter(|&s| !state.citations.of(s).is_empty()).collect(),
                };
                html! {
                    <>
                        <div class="paragraph-row" data-paragraph-id={p.id} style={format!("--columns:{}", langs.len())}>
                            { for langs.iter().map(|&l| html! {
                                <p lang={l.code()} class={classes!("paragraph", (l == Lang::Ko).then_some("original"))}>
                                    { for sentences.clone().map(|s| html! {
                                        <>
                                            { sentence(SentenceProps { story, sentence: s, text_lang: l, primary: l == lang, mode,
                                                selected: selected == Some(s), citations: state.citations.of(s).len(),
                                                reader: lang, on_action: on_action.clone() }) }
                                            { if l == Lang::Zh { "" } else { " " } }
                                        </>
                                    }) }
                                </p>
                            }) }
                        </div>
                        { for cited.into_iter().map(|s| cited_by(story, state, s, mode, on_action)) }
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
    /// Whether this is the reader's copy: it carries the `id` the fragment names (live), and the tab stop.
    primary: bool,
    mode: Mode,
    selected: bool,
    /// How many events, organizations and people cite it.
    citations: usize,
    reader: Lang,
    on_action: Callback<Action>,
}

/// One sentence in one language: a link when something cites it, plain text otherwise.
fn sentence(props: SentenceProps) -> Html {
    let SentenceProps { story, sentence, text_lang, primary, mode, selected, citations, reader, on_action } = &props;
    let cited = *citations > 0;
    let s = &story.article.sentences[*sentence];
    let link = href(story, Link::Route(Route::Sentence(*sentence)));
    // The fragment's target: live, the reader's copy; on the static page, what cites it (the copy is
    // marked by the page's rules).
    let id = primary.then(|| match mode {
        Mode::Live => link[1..].to_string(),
        Mode::Static => format!("cite-{}", s.id),
    });
    let class = classes!("sentence", cited.then_some("cited"), selected.then_some("highlighted"));
    let text = s.text.get(*text_lang);
    if cited {
        let index = *sentence;
        html! {
            <a {id} {class} href={link} data-testid="article-sentence" data-sentence-id={s.id}
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

/// What cites a sentence: its events and organizations (each opens in its view) and people. On the static
/// page it is the target of the sentence's link (it carries the sentence's id).
fn cited_by(story: StoryRef, state: &AppState, sentence: usize, mode: Mode, on_action: &Callback<Action>) -> Html {
    let lang = state.lang;
    let strings = ui(lang);
    let citers = state.citations.of(sentence);
    if citers.is_empty() {
        return html! {};
    }
    let s = &story.article.sentences[sentence];
    let title_id = format!("cited-by-{}", s.id);
    let target = (mode == Mode::Static).then(|| href(&story, Link::Route(Route::Sentence(sentence)))[1..].to_string());
    html! {
        <aside id={target} class="cited-by" data-testid="cited-by" data-sentence-id={s.id}
            aria-labelledby={title_id.clone()} tabindex={(mode == Mode::Static).then_some("-1")}>
            <h3 id={title_id}>{ strings.cited_by }</h3>
            <ul>
                { for citers.iter().map(|&citer| match citer {
                    Citer::Event(i) => {
                        let e = &story.events[i];
                        html! {
                            <li>
                                <span class="result-kind">{ strings.result_event }</span>
                                <a href={href(&story, Link::Route(Route::Event(i)))} data-testid="cited-event" data-event-id={e.id}
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
                                <a href={href(&story, Link::Route(Route::Node(i)))} data-testid="cited-org" data-node-id={o.id}
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
