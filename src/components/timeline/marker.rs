//! One event's marker on an axis: a link to the event (so navigation works without JavaScript too),
//! placed at its position and named with its date and headline.

use super::left;
use crate::components::{Mode, StoryRef};
use crate::i18n::{format_event_date, status_label, ui};
use crate::model::Lang;
use crate::routing::{href, Link, Route};
use crate::state::Action;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct MarkerProps {
    pub story: StoryRef,
    pub event: usize,
    /// Position on the axis, 0..=1.
    pub x: f64,
    pub lang: Lang,
    pub selected: bool,
    /// Whether Tab reaches this marker: one marker per axis live (the arrow keys move on), every one
    /// (`None`: no `tabindex`) on the static page.
    pub tab_stop: Option<bool>,
    /// Whether the selected organization took part in this event.
    pub highlighted: bool,
    /// Whether a filter (search, group) leaves this event out (the marker fades; the steps skip it).
    pub filtered_out: bool,
    pub mode: Mode,
    pub on_action: Callback<Action>,
}

/// A marker: a dot whose look (and name) says whether the event is stated, inferred or planned.
pub fn marker(props: MarkerProps) -> Html {
    let MarkerProps { story, event, x, lang, selected, tab_stop, highlighted, filtered_out, mode, on_action } = &props;
    let e = &story.events[*event];
    let status = status_label(e.when.status, *lang);
    let mut label = format!("{}: {}", format_event_date(story, e, *lang), e.headline.get(*lang));
    if let Some((_, word)) = status {
        label = format!("{label} ({word})");
    }
    if *highlighted {
        label = format!("{label} — {}", ui(*lang).related);
    }
    let index = *event;
    html! {
        <a href={href(story, mode.page(), Link::Route(Route::Event(index)))} class={classes!("marker", selected.then_some("selected"), filtered_out.then_some("filtered-out"))} data-testid="timeline-marker"
            data-event-id={e.id} data-index={index.to_string()} data-status={status.map_or("stated", |s| s.0)}
            style={left(*x)} aria-label={label}
            aria-current={selected.then_some("step")} data-highlighted={highlighted.then_some("true")} tabindex={tab_stop.map(|on| if on { "0" } else { "-1" })}
            onclick={on_action.reform(move |e: MouseEvent| {
                // Without JavaScript the link jumps to the event in the page; with it, the card shows it.
                e.prevent_default();
                Action::Select(Some(index))
            })}>
            <span class="dot" aria-hidden="true"></span>
        </a>
    }
}
