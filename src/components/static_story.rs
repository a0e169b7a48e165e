//! The whole story as plain HTML for readers without JavaScript (and crawlers, feed and read-later apps):
//! every event in order with its date, text and source sentences, each at its `#event-<id>` anchor, so
//! the timeline's marker links lead somewhere. Rendered once per language at build time, inside
//! `<noscript>`; never hydrated.

use super::StoryRef;
use crate::i18n::{format_when, status_label, ui};
use crate::model::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StaticStoryProps {
    pub story: StoryRef,
    pub lang: Lang,
}

/// The no-JavaScript story.
#[component]
pub fn StaticStory(props: &StaticStoryProps) -> Html {
    let StaticStoryProps { story, lang } = props;
    let lang = *lang;
    let strings = ui(lang);
    html! {
        <section class="static-story" aria-labelledby="static-story-heading">
            <p class="noscript-note">{ strings.noscript_note }</p>
            <h2 id="static-story-heading">{ strings.all_events }</h2>
            <ol>
                { for story.events.iter().map(|e| html! {
                    <li id={format!("event-{}", e.id)}>
                        <h3>{ e.headline.get(lang) }</h3>
                        <p class="card-date">
                            <time datetime={e.when.date.iso()}>{ format_when(story, &e.when, lang) }</time>
                            if let Some((code, word)) = status_label(e.when.status, lang) {
                                { " " }<span class="status-label" data-status={code}>{ word }</span>
                            }
                        </p>
                        <p>{ e.text.get(lang) }</p>
                        <details>
                            <summary>{ strings.sources }</summary>
                            { for e.sources.iter().map(|&s| {
                                let sentence = &story.article.sentences[s as usize];
                                html! {
                                    <>
                                        <blockquote lang="ko">{ sentence.text.ko }</blockquote>
                                        if lang != Lang::Ko {
                                            <p>{ sentence.text.get(lang) }</p>
                                        }
                                    </>
                                }
                            }) }
                        </details>
                    </li>
                }) }
            </ol>
        </section>
    }
}
