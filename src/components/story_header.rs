//! The story's title block: outlet, headline, publication date and summary.

use super::StoryRef;
use crate::i18n::{format_when, ui};
use crate::model::{Lang, Status};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryHeaderProps {
    pub story: StoryRef,
    pub lang: Lang,
}

/// The title block of the story.
#[component]
pub fn StoryHeader(props: &StoryHeaderProps) -> Html {
    let StoryHeaderProps { story, lang } = props;
    let article = &story.article;
    let strings = ui(*lang);
    let published = &article.published;
    html! {
        <header class="story-header" data-testid="story-header">
            <p class="outlet">{ article.outlet.get(*lang) }</p>
            <h1 data-testid="headline">{ article.headline.get(*lang) }</h1>
            <p class="published">
                { strings.published }{ " " }
                <time datetime={published.date.iso()}>{ format_when(story, published, *lang) }</time>
                if published.status == Status::Inferred {
                    { " " }<span class="status-label">{ format!("({})", strings.inferred) }</span>
                }
            </p>
            <p class="summary">{ article.summary.get(*lang) }</p>
        </header>
    }
}
