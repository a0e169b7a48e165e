//! The title card shown before the first event, like TimelineJS's title slide: the summary, the
//! reporter and a button that starts the story. The headline, outlet and date stand above it.

use crate::components::bi_text::BiText;
use crate::components::StoryRef;
use crate::i18n::ui;
use crate::model::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TitleCardProps {
    pub story: StoryRef,
    pub lang: Lang,
    pub lang2: Option<Lang>,
    pub on_start: Callback<MouseEvent>,
}

/// The story's introduction.
#[component]
pub fn TitleCard(props: &TitleCardProps) -> Html {
    let TitleCardProps { story, lang, lang2, on_start } = props;
    let article = &story.article;
    let reporter = &story.people[article.reporter as usize];
    html! {
        <section class="title-card" data-testid="intro">
            <p class="summary"><BiText text={article.summary} lang={*lang} lang2={*lang2} /></p>
            <p class="credit">
                { article.outlet.get(*lang) }{ " · " }{ reporter.name.get(*lang) }
            </p>
            <button type="button" class="start" data-testid="start" onclick={on_start.clone()}>
                { ui(*lang).start }<span aria-hidden="true">{ " ›" }</span>
            </button>
        </section>
    }
}
