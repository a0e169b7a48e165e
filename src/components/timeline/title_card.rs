//! The title card shown before the first event, like TimelineJS's title slide: the summary and the
//! article's credit where the story has them, and a button that starts the story. The headline (and the
//! outlet and date, where given) stand above it.

use crate::components::bi_text::bi_text;
use crate::components::story_header::credit;
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
    let credit = credit(story, lang);
    html! {
        <section class="title-card" data-testid="intro">
            if let Some(summary) = story.article.summary {
                <p class="summary">{ bi_text(summary, lang, lang2) }</p>
            }
            if let Some(credit) = credit {
                <p class="credit">{ credit }</p>
            }
            <a class="start" data-testid="start" href={start} onclick={on_start}>
                { ui(lang).start }<span aria-hidden="true">{ " ›" }</span>
            </a>
        </section>
    }
}
