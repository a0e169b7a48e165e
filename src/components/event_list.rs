//! Every event in order, with its date, headline and text: the first, static form of the timeline.

use super::StoryRef;
use crate::i18n::{format_when, ui};
use crate::model::{Event, Lang, Status};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    pub story: StoryRef,
    pub lang: Lang,
}

/// The story's events as an ordered list.
#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let EventListProps { story, lang } = props;
    let strings = ui(*lang);
    let item = |event: &Event| {
        let status = match event.when.status {
            Status::Stated => None,
            Status::Inferred => Some(("inferred", strings.inferred)),
            Status::Planned => Some(("planned", strings.planned)),
        };
        html! {
            <li id={format!("event-{}", event.id)} class="event" data-testid="event-item" data-event-id={event.id}>
                <p class="event-date">
                    <time datetime={event.when.date.iso()}>{ format_when(story, &event.when, *lang) }</time>
                    if let Some((code, label)) = status {
                        { " " }<span class="status-label" data-status={code}>{ label }</span>
                    }
                </p>
                <h3>{ event.headline.get(*lang) }</h3>
                <p>{ event.text.get(*lang) }</p>
            </li>
        }
    };
    html! {
        <section class="events" aria-labelledby="events-heading">
            <h2 id="events-heading">{ strings.events_heading }</h2>
            <ol class="event-list">{ for story.events.iter().map(item) }</ol>
        </section>
    }
}
