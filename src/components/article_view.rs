//! The article view: the whole article paragraph by paragraph, the original beside the reader's
//! language (interleaved on narrow screens), with every sentence that an event, organization or person cites
//! marked. Activating a marked sentence lists what cites it, each a way there; `#sentence-<id>` highlights one.

use super::story_header::published;
use super::{Mode, StoryRef};
use crate::i18n::{format_event_date, ui};
use crate::model::{Citer, Lang, Paragraph};
use crate::routing::{href, target_id, Link, Route};
use crate::state::{Action, AppState, View};
use yew::prelude::*;

/// The article view. In the app, the highlighted sentence is brought into view and focused (see
/// [`super::app::App`]). On the static page it is the view `#view-article`, and what cites each
/// cited sentence stands after its paragraph as the `:target` of that sentence's link.
pub fn article(story: StoryRef, state: &AppState, mode: Mode, on_action: &Callback<Action>) -> Html {
    let (lang, selected) = (state.lang, state.sentence);
    let strings = ui(lang);
    let article = &story.article;
    // The original first, then the reader's languages where they differ from it.
    let langs = story.languages.shown(lang, state.lang2);
    let original = story.languages.labelled_original(&langs);
    // On the static page, a long article's paragraphs are shared out over the parts (see `routing::Page`):
    // this part's, with links to the parts before and after.
    let part = |p: &Paragraph| mode.page().map(|page| page.part_of(p.first_sentence as usize));
    let here = mode.page().map(|page| page.part);
    let paragraphs: Vec<&Paragraph> = article.paragraphs.iter().filter(|p| part(p) == here).collect();
    let later = here.zip(article.paragraphs.last().and_then(part)).filter(|(here, last)| last > here);
    let continued = |label: &'static str, to: usize| {
        html! {
            <p class="article-continued"><a href={href(&story, mode.page(), Link::Article { part: to })}>{ label }</a></p>
        }
    };
    html! {
        <section id={(mode != Mode::Live).then(|| target_id(&story, Link::View(View::Article)))}
            class="article-view" data-testid="article-view" aria-labelledby="article-title">
            <h2 id="article-title">{ if story.languages.translated() { strings.the_article } else { strings.the_article_alone } }</h2>
            <p class="byline">
                if let Some(outlet) = article.outlet {
                    <span class="outlet">{ outlet.get(lang) }</span>{ " · " }
                }
                if let Some(reporter) = article.reporter {
                    { strings.reporter }{ " " }<span data-testid="article-reporter">{ story.people[reporter as usize].name.get(lang) }</span>{ " · " }
                }
                { published(story, lang) }
                if let Some(url) = article.url {
                    { " · " }<a href={url} rel="noopener" data-testid="publisher-link">
                        { (strings.at_publisher)(article.outlet.map_or(url, |o| o.get(lang))) }
                    </a>
                }
            </p>
            <p class="hint">{ strings.article_hint }</p>
            if let Some(before) = here.filter(|&h| h > 0) {
                { continued(strings.article_before, before - 1) }
            }
            { for paragraphs.into_iter().map(|p| {
                let sentences = p.first_sentence as usize..(p.first_sentence + p.sentence_count) as usize;
                // What cites a sentence: live, under the paragraph of the highlighted one; on the static page,
                // for every cited sentence, each shown when its link is followed.
                let cited: Vec<usize> = match mode {
                    Mode::Live => selected.filter(|s| sentences.contains(s)).into_iter().collect(),
                    Mode::Static(_) => sentences.clone().filter(|&s| has_aside(state, s)).collect(),
                };
                html! {
                    <>
                        <div class="paragraph-row" data-paragraph-id={p.id} style={format!("--columns:{}", langs.len())}>
                            { for langs.iter().map(|&l| html! {
                                <p lang={l.code()} class={classes!("paragraph", (Some(l) == original).then_some("original"))}>
                                    { for sentences.clone().map(|s| html! {
                                        <>
                                            { sentence(SentenceProps { story, sentence: s, text_lang: l, primary: l == lang, mode, state,
                                                selected: selected == Some(s), citations: state.citations.of(s).len(),
                                                reader: lang, on_action: on_action.clone() }) }
                                            { ui(l).sentence_gap }
                                        </>
                                    }) }
                                </p>
                            }) }
                        </div>
                        { for cited.into_iter().map(|s| cited_by(story, state, s, mode, on_action)) }
                    </>
                }
            }) }
            if let Some((here, _)) = later {
                { continued(strings.article_after, here + 1) }
            }
        </section>
    }
}

struct SentenceProps<'a> {
    story: StoryRef,
    sentence: usize,
    /// The language this copy of the sentence is in.
    text_lang: Lang,
    /// Whether this is the reader's copy: it carries the `id` the fragment names (live), and the tab stop.
    primary: bool,
    mode: Mode,
    state: &'a AppState,
    selected: bool,
    /// How many events, organizations and people cite it.
    citations: usize,
    reader: Lang,
    on_action: Callback<Action>,
}

/// One sentence in one language: a link when something cites it, plain text otherwise.
fn sentence(props: SentenceProps<'_>) -> Html {
    let SentenceProps { story, sentence, text_lang, primary, mode, state, selected, citations, reader, on_action } =
        &props;
    let cited = *citations > 0;
    let s = &story.article.sentences[*sentence];
    let route = Link::Route(Route::Sentence(*sentence));
    // The fragment's target is the reader's copy, except on the static page where what cites the sentence
    // stands apart (the copy is then marked by the page's rules). There, a sentence with one event or
    // organization behind it links to that.
    let aside = *mode != Mode::Live && has_aside(state, *sentence);
    let id = primary.then(|| if aside { format!("cite-{}", s.id) } else { target_id(story, route) });
    let link = match only_citer(state, *sentence).filter(|_| *mode != Mode::Live) {
        Some(citer) => href(story, mode.page(), citer),
        None => href(story, mode.page(), route),
    };
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

/// The one event or organization a sentence is cited by, if that is all that cites it.
fn only_citer(state: &AppState, sentence: usize) -> Option<Link> {
    match state.citations.of(sentence) {
        [Citer::Event(i)] => Some(Link::Route(Route::Event(*i))),
        [Citer::Organization(i)] => Some(Link::Route(Route::Node(*i))),
        _ => None,
    }
}

/// Whether the static page gives the sentence a list of what cites it: when more than one thing (or a
/// person) does.
pub(crate) fn has_aside(state: &AppState, sentence: usize) -> bool {
    !state.citations.of(sentence).is_empty() && only_citer(state, sentence).is_none()
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
    let target = (mode != Mode::Live).then(|| target_id(&story, Link::Route(Route::Sentence(sentence))));
    html! {
        <aside id={target} class="cited-by" data-testid="cited-by" data-sentence-id={s.id}
            aria-labelledby={title_id.clone()} tabindex={(mode != Mode::Live).then_some("-1")}>
            <h3 id={title_id}>{ strings.cited_by }</h3>
            <ul>
                { for citers.iter().map(|&citer| match citer {
                    Citer::Event(i) => {
                        let e = &story.events[i];
                        html! {
                            <li>
                                <span class="result-kind">{ strings.result_event }</span>
                                <a href={href(&story, mode.page(), Link::Route(Route::Event(i)))} data-testid="cited-event" data-event-id={e.id}
                                    onclick={on_action.reform(move |ev: MouseEvent| {
                                        ev.prevent_default();
                                        Action::ShowEvent(i)
                                    })}>
                                    { format_event_date(&story, e, lang) }{ ": " }{ e.headline.get(lang) }
                                </a>
                            </li>
                        }
                    }
                    Citer::Organization(i) => {
                        let o = &story.organizations[i];
                        html! {
                            <li>
                                <span class="result-kind">{ strings.result_org }</span>
                                <a href={href(&story, mode.page(), Link::Route(Route::Node(i)))} data-testid="cited-org" data-node-id={o.id}
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
