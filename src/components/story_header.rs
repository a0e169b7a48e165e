//! The page's title block: outlet, headline and publication date, always shown.

use super::StoryRef;
use crate::i18n::{format_when, status_label, ui};
use crate::model::Lang;
use yew::prelude::*;

/// The story's headline with its outlet and date, where the story has them.
pub fn story_header(story: StoryRef, lang: Lang) -> Html {
    let article = &story.article;
    html! {
        <header class="story-header" data-testid="story-header">
            <h1 data-testid="headline">{ article.headline.get(lang) }</h1>
            if article.outlet.is_some() || article.published.is_some() {
                <p class="byline">
                    if let Some(outlet) = article.outlet {
                        <span class="outlet">{ outlet.get(lang) }</span>
                        if article.published.is_some() {
                            { " · " }
                        }
                    }
                    { published(story, lang) }
                </p>
            }
        </header>
    }
}

/// "Published" and the article's date, with its status: nothing for a story with no date of publication.
pub fn published(story: StoryRef, lang: Lang) -> Html {
    let Some(published) = &story.article.published else { return Html::default() };
    html! {
        <>
            { ui(lang).published }{ " " }
            <time datetime={published.date.datetime()}>{ format_when(&story, published, lang) }</time>
            if let Some((code, label)) = status_label(published.status, lang) {
                { " " }<span class="status-label" data-status={code}>{ label }</span>
            }
        </>
    }
}

/// The article's credit as far as the story gives it: its outlet and its reporter's name, " · " between.
pub fn credit(story: StoryRef, lang: Lang) -> Option<String> {
    let article = &story.article;
    let reporter = article.reporter.map(|r| story.people[r as usize].name);
    let mut credit: Option<String> = None;
    for part in [article.outlet, reporter].into_iter().flatten() {
        credit = Some(match credit {
            Some(before) => before + " · " + part.get(lang),
            None => part.get(lang).to_string(),
        });
    }
    credit
}
