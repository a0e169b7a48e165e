//! The sentences of the article an item comes from: the Korean original with the translation beside it,
//! behind a disclosure button, each with a link to its place in the article view.

use crate::components::StoryRef;
use crate::i18n::ui;
use crate::model::{Index, Lang};
use crate::routing::SENTENCE_PREFIX;
use crate::state::Action;
use yew::prelude::*;

pub struct SourceListProps {
    /// The `id` of the list, which the toggle controls.
    pub id: &'static str,
    pub story: StoryRef,
    pub sources: &'static [Index],
    pub lang: Lang,
    pub lang2: Option<Lang>,
    pub open: bool,
    pub on_toggle: Callback<MouseEvent>,
    /// Receives [`Action::ShowSentence`] from each sentence's link to the article view.
    pub on_action: Callback<Action>,
}

/// The source sentences, revealed on demand.
pub fn source_list(props: SourceListProps) -> Html {
    let SourceListProps { id, story, sources, lang, lang2, open, on_toggle, on_action } = &props;
    let strings = ui(*lang);
    // The original is Korean; show it, then the reader's languages where they differ from it.
    let mut shown = vec![Lang::Ko];
    for l in [Some(*lang), *lang2].into_iter().flatten() {
        if !shown.contains(&l) {
            shown.push(l);
        }
    }
    html! {
        <div class="sources">
            <button type="button" class="sources-toggle" data-testid="sources-toggle" aria-expanded={open.to_string()}
                aria-controls={*id} onclick={on_toggle.clone()}>
                { if *open { strings.hide_sources } else { strings.show_sources } }
            </button>
            <div id={*id} class="source-list" data-testid="sources" hidden={!*open}>
                <h3>{ strings.sources }</h3>
                <ol>
                    { for sources.iter().map(|&s| {
                        let sentence = &story.article.sentences[s as usize];
                        html! {
                            <li class="source" data-sentence-id={sentence.id}>
                                { for shown.iter().map(|&l| html! {
                                    <p lang={l.code()} class={classes!("sentence", (l == Lang::Ko).then_some("original"))}>
                                        if l == Lang::Ko {
                                            <span class="original-label">{ strings.original }</span>
                                        }
                                        { sentence.text.get(l) }
                                    </p>
                                }) }
                                <a href={format!("{SENTENCE_PREFIX}{}", sentence.id)} class="in-article" data-testid="source-link"
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
        </div>
    }
}
