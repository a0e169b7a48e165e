//! The page's title block: outlet, headline and publication date, always shown.

use super::StoryRef;
use crate::i18n::{format_when, status_label, ui};
use crate::model::Lang;
use yew::prelude::*;

/// The story's headline with its outlet and date.
pub fn story_header(story: StoryRef, lang: Lang) -> Html {
    let article = &story.article;
    let strings = ui(lang);
    let published = &article.published;
    html! {
        <header class="story-header" data-testid="story-header">
            <h1 data-testid="headline">{ article.headline.get(lang) }</h1>
            <p class="byline">
                <span class="outlet">{ article.outlet.get(lang) }</span>{ " · " }
                { strings.published }{ " " }
                <time datetime={published.date.iso()}>{ format_when(&story, published, lang) }</time>
                if let Some((code, label)) = status_label(published.status, lang) {
                    { " " }<span class="status-label" data-status={code}>{ label }</span>
                }
            </p>
        </header>
    }
}
