//! The sentences of the article an item comes from: the original with the reader's translation beside it,
//! behind a disclosure (a button live, `<details>` on the static page), each with a link to its place in
//! the article view.

use crate::components::{Mode, StoryRef};
use crate::i18n::ui;
use crate::model::{Index, Lang};
use crate::routing::{href, Link, Route};
use crate::state::Action;
use yew::prelude::*;

pub struct SourceListProps {
    /// The `id` of the list, which the toggle controls.
    pub id: String,
    pub story: StoryRef,
    pub sources: &'static [Index],
    pub lang: Lang,
    pub lang2: Option<Lang>,
    pub mode: Mode,
    pub open: bool,
    pub on_toggle: Callback<MouseEvent>,
    /// Receives [`Action::ShowSentence`] from each sentence's link to the article view.
    pub on_action: Callback<Action>,
}

/// The source sentences, revealed on demand: nothing for an item with none (a story without an article).
pub fn source_list(props: SourceListProps) -> Html {
    let SourceListProps { id, story, sources, lang, lang2, mode, open, on_toggle, on_action } = &props;
    let strings = ui(*lang);
    if sources.is_empty() {
        return Html::default();
    }
    // The original, then the reader's languages where they differ from it; it is labelled as the original
    // only beside a translation.
    let shown = story.languages.shown(*lang, *lang2);
    let original = story.languages.labelled_original(&shown);
    let list = html! {
        <div id={id.clone()} class="source-list" data-testid="sources" hidden={*mode == Mode::Live && !*open}>
            <h3>{ strings.sources }</h3>
            <ol>
                { for sources.iter().map(|&s| {
                    let sentence = &story.article.sentences[s as usize];
                    html! {
                        <li class="source" data-sentence-id={sentence.id}>
                            { for shown.iter().map(|&l| html! {
                                <p lang={l.code()} class={classes!("sentence", (Some(l) == original).then_some("original"))}>
                                    if Some(l) == original {
                                        <span class="original-label">{ strings.original }</span>
                                    }
                                    { sentence.text.get(l) }
                                </p>
                            }) }
                            <a href={href(story, mode.page(), Link::Route(Route::Sentence(s as usize)))} class="in-article" data-testid="source-link"
                                onclick={on_action.reform(move |e: MouseEvent| {
                                    e.prevent_default();
                                    Action::ShowSentence(s as usize)
                                })}>
                                { strings.in_article }
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </div>
    };
    match mode {
        Mode::Live => html! {
            <div class="sources">
                <button type="button" class="sources-toggle" data-testid="sources-toggle" aria-expanded={open.to_string()}
                    aria-controls={id.clone()} onclick={on_toggle.clone()}>
                    { if *open { strings.hide_sources } else { strings.show_sources } }
                </button>
                { list }
            </div>
        },
        // Without script the summary cannot change its words: it names what it opens.
        Mode::Static(_) => html! {
            <details class="sources">
                <summary class="sources-toggle" data-testid="sources-toggle">{ strings.show_sources }</summary>
                { list }
            </details>
        },
    }
}
