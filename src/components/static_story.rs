//! The whole story as plain HTML for the printed page: every event in order with its date, text and source
//! sentences (the app renders it only while printing).

use crate::i18n::{format_event_date, status_label, ui};
use crate::model::{Lang, Story};
use yew::prelude::*;

/// The printed story.
pub fn static_story(story: &Story, lang: Lang) -> Html {
    let strings = ui(lang);
    html! {
        <section class="static-story print-only">
            <h2>{ strings.all_events }</h2>
            <ol>
                { for story.events.iter().map(|e| html! {
                    <li>
                        <h3>{ e.headline.get(lang) }</h3>
                        <p class="card-date">
                            <time datetime={e.when.date.datetime()}>{ format_event_date(story, e, lang) }</time>
                            if let Some((code, word)) = status_label(e.when.status, lang) {
                                { " " }<span class="status-label" data-status={code}>{ word }</span>
                            }
                        </p>
                        if let Some(text) = e.text {
                            <p class="card-text">{ text.get(lang) }</p>
                        }
                        if !e.sources.is_empty() {
                        <div class="static-sources">
                            <p class="static-sources-label">{ strings.sources }</p>
                            { for e.sources.iter().map(|&s| {
                                let sentence = &story.article.sentences[s as usize];
                                html! {
                                    <>
                                        <blockquote lang={story.languages.original.code()}>{ sentence.text.get(story.languages.original) }</blockquote>
                                        if lang != story.languages.original {
                                            <p>{ sentence.text.get(lang) }</p>
                                        }
                                    </>
                                }
                            }) }
                        </div>
                        }
                    </li>
                }) }
            </ol>
        </section>
    }
}
