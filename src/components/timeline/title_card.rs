//! The title card shown before the first event, like TimelineJS's title slide: the summary, the
//! reporter and a button that starts the story. The headline, outlet and date stand above it.

use crate::components::bi_text::bi_text;
use crate::components::StoryRef;
use crate::i18n::ui;
use crate::model::Lang;
use yew::prelude::*;

/// The story's introduction; "Start" links to the first event (`start`).
pub fn title_card(
    story: StoryRef,
    lang: Lang,
    lang2: Option<Lang>,
    start: String,
    on_start: Callback<MouseEvent>,
) -> Html {
    let article = &story.article;
    let reporter = &story.people[article.reporter as usize];
    html! {
        <section class="title-card" data-testid="intro">
            <p class="summary">{ bi_text(article.summary, lang, lang2) }</p>
            <p class="credit">
                { article.outlet.get(lang) }{ " · " }{ reporter.name.get(lang) }
            </p>
            <a class="start" data-testid="start" href={start} onclick={on_start}>
                { ui(lang).start }<span aria-hidden="true">{ " ›" }</span>
            </a>
        </section>
    }
}
