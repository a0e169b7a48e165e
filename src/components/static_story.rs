//! The whole story as plain HTML: every event in order with its date, text and source sentences.
//! Two uses: inside `<noscript>` for readers without JavaScript (and crawlers, feed and read-later apps),
//! rendered at build time with each event at its `#event-<id>` anchor so the marker links lead somewhere;
//! and in the app as the printed page's list of events (rendered only while printing, no anchors).

use super::StoryRef;
use crate::i18n::{format_when, status_label, ui};
use crate::model::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StaticStoryProps {
    pub story: StoryRef,
    pub lang: Lang,
    /// The `<noscript>` copy: with anchors and the note on what JavaScript brings. Otherwise the print copy.
    pub noscript: bool,
}

/// The no-JavaScript story.
#[component]
pub fn StaticStory(props: &StaticStoryProps) -> Html {
    let StaticStoryProps { story, lang, noscript } = props;
    let lang = *lang;
    let strings = ui(lang);
    html! {
        <section class={classes!("static-story", if *noscript { "noscript-story" } else { "print-only" })}>
            if *noscript {
                <p class="noscript-note">{ strings.noscript_note }</p>
            }
            <h2>{ strings.all_events }</h2>
            <ol>
                { for story.events.iter().map(|e| html! {
                    <li id={noscript.then(|| format!("event-{}", e.id))}>
                        <h3>{ e.headline.get(lang) }</h3>
                        <p class="card-date">
                            <time datetime={e.when.date.iso()}>{ format_when(story, &e.when, lang) }</time>
                            if let Some((code, word)) = status_label(e.when.status, lang) {
                                { " " }<span class="status-label" data-status={code}>{ word }</span>
                            }
                        </p>
                        <p>{ e.text.get(lang) }</p>
                        <div class="static-sources">
                            <p class="static-sources-label">{ strings.sources }</p>
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
                        </div>
                    </li>
                }) }
            </ol>
        </section>
    }
}
