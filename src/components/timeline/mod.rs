//! The timeline: the step links, the navigator (history and day axes), and the title or event card.
//! Keys (← → Home End) work while focus is anywhere inside; a horizontal swipe across the step (controls,
//! navigator, card) steps too.

mod event_card;
mod marker;
mod navigator;
mod title_card;

use super::{Mode, StoryRef};
use crate::i18n::{format_event_date, ui};
use crate::routing::{href, Link, Route};
use crate::state::{Action, AppState};
use event_card::{event_card, EventCardProps};
use navigator::navigator;
use std::cell::RefCell;
use std::rc::Rc;
use title_card::title_card;
use yew::prelude::*;

/// Least horizontal travel, in CSS pixels, that counts as a swipe.
const SWIPE_MIN: i32 = 50;

/// The timeline's own state, kept by the App as hooks (a component would bring its own copy of yew's
/// lifecycle code: with the org chart's, 2.1 KB gzip of wasm). None of it renders anything when it changes.
pub struct TimelineHooks {
    root: NodeRef,
    /// Set by a key pressed on a marker that moves the selection: after the render, focus follows it.
    focus_marker: Rc<RefCell<bool>>,
    /// Where a touch or pen went down, for a swipe.
    swipe_start: Rc<RefCell<Option<(i32, i32)>>>,
}

/// The timeline's hooks: after a key pressed on a marker moves the selection, focus follows it. A key that
/// moves nothing (Home on the first event) sets no flag: its action brings no render to spend it, and a
/// later change made another way (the Next button) must leave focus where the reader put it.
#[hook]
pub fn use_timeline(state: &AppState) -> TimelineHooks {
    let root = use_node_ref();
    let focus_marker = use_mut_ref(|| false);
    {
        let (root, focus_marker, selected) = (root.clone(), focus_marker.clone(), state.selected);
        use_effect(move || {
            if focus_marker.replace(false) {
                super::focus_item(&root, "timeline-marker", selected);
            }
        });
    }
    TimelineHooks { root, focus_marker, swipe_start: use_mut_ref(|| None) }
}

/// The interactive timeline.
pub fn timeline_view(
    story: StoryRef,
    state: &Rc<AppState>,
    on_action: &Callback<Action>,
    hooks: &TimelineHooks,
) -> Html {
    let TimelineHooks { root, focus_marker, swipe_start } = hooks;
    let strings = ui(state.lang);
    let onkeydown = {
        let (on_action, focus_marker, state) = (on_action.clone(), focus_marker.clone(), state.clone());
        Callback::from(move |e: KeyboardEvent| {
            // Alt+← is the browser's Back, Ctrl+Home and the like are the page's: not steps.
            if super::with_modifier(&e) {
                return;
            }
            let action = match e.key().as_str() {
                "ArrowLeft" => Action::Prev,
                "ArrowRight" => Action::Next,
                "Home" => Action::First,
                "End" => Action::Last,
                _ => return,
            };
            e.prevent_default();
            let on_marker = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|t| t.get_attribute("data-testid").as_deref() == Some("timeline-marker"));
            *focus_marker.borrow_mut() = on_marker && state.apply(action.clone()).selected != state.selected;
            on_action.emit(action);
        })
    };
    let onpointerdown = {
        let swipe_start = swipe_start.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "mouse" {
                *swipe_start.borrow_mut() = Some((e.client_x(), e.client_y()));
            }
        })
    };
    let onpointerup = {
        let (on_action, swipe_start) = (on_action.clone(), swipe_start.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some((x, y)) = swipe_start.borrow_mut().take() {
                let (dx, dy) = (e.client_x() - x, e.client_y() - y);
                if dx.abs() >= SWIPE_MIN && dx.abs() > 2 * dy.abs() {
                    on_action.emit(if dx < 0 { Action::Next } else { Action::Prev });
                }
            }
        })
    };
    let announcement = state.selected.map(|i| {
        let event = &story.events[i];
        format!("{} — {}", event.headline.get(state.lang), format_event_date(&story, event, state.lang))
    });
    html! {
        <section id="timeline" class="timeline-view" ref={root.clone()} aria-label={strings.timeline} tabindex="-1" {onkeydown}>
            { group_filter(story, state, on_action) }
            <div class="timeline-step" {onpointerdown} {onpointerup}>
                { timeline_step(story, state, Mode::Live, on_action) }
            </div>
            <p class="visually-hidden" aria-live="polite" data-testid="announcement">
                { announcement.unwrap_or_default() }
            </p>
        </section>
    }
}

/// The groups' filter, for a story whose events have groups: "All" and each group, the shown one pressed.
/// (Script only: the static page shows every event, each card naming its group.)
fn group_filter(story: StoryRef, state: &AppState, on_action: &Callback<Action>) -> Html {
    if !cfg!(story_groups) {
        return Html::default();
    }
    // The groups some event is in (a group of none would filter to nothing).
    let used: Vec<usize> = (0..story.groups.len()).filter(|g| state.event_groups.contains(&Some(*g))).collect();
    if used.is_empty() {
        return Html::default();
    }
    let strings = ui(state.lang);
    let button = |group: Option<usize>, name: &'static str| {
        html! {
            <button type="button" aria-pressed={(state.group == group).to_string()} data-testid="group-filter"
                data-group={group.map(|g| story.groups[g].id)} onclick={on_action.reform(move |_| Action::SetGroup(group))}>
                { name }
            </button>
        }
    };
    html! {
        <div class="segmented group-filter" role="group" aria-label={strings.groups}>
            { button(None, strings.all_groups) }
            { for used.into_iter().map(|g| button(Some(g), story.groups[g].name.get(state.lang))) }
        </div>
    }
}

/// One state of the timeline: the step links, the navigator and the card. The live timeline shows the
/// reader's; the static page holds one for the title and one for each event, each shown as its `:target`.
/// Every control is a link to the state it leads to, which the live page follows without leaving the page.
pub fn timeline_step(story: StoryRef, state: &AppState, mode: Mode, on_action: &Callback<Action>) -> Html {
    let strings = ui(state.lang);
    let count = story.events.len();
    let position = match state.selected {
        None => strings.intro.to_string(),
        Some(i) => (strings.position)(i + 1, count),
    };
    // Where each step leads, as the reducer decides, and whether it leads anywhere (at either end it does
    // not: the link stays, focusable and marked disabled, pointing at the state already shown).
    let lead = |action: Action| {
        let next = state.apply(action);
        (next.selected == state.selected, href(&story, mode.page(), Link::Route(Route::from(next.selected))))
    };
    let step = |action: Action| {
        on_action.reform(move |e: MouseEvent| {
            e.prevent_default();
            action.clone()
        })
    };
    let ((prev_off, prev), (next_off, next)) = (lead(Action::Prev), lead(Action::Next));
    html! {
        <>
            <div class="timeline-controls">
                <a class="step" data-testid="prev-event" aria-label={strings.previous_event}
                    aria-disabled={prev_off.to_string()} href={prev} onclick={step(Action::Prev)}>
                    <span aria-hidden="true">{ "‹" }</span><span class="step-text">{ strings.previous }</span>
                </a>
                <span class="position" data-testid="position">{ position }</span>
                <a class="step" data-testid="next-event" aria-label={strings.next_event}
                    aria-disabled={next_off.to_string()} href={next.clone()} onclick={step(Action::Next)}>
                    <span class="step-text">{ strings.next }</span><span aria-hidden="true">{ "›" }</span>
                </a>
            </div>
            { navigator(story, state, mode, on_action) }
            <div class="card-frame">
                if let Some(i) = state.selected {
                    { event_card(EventCardProps { story, event: i, lang: state.lang, lang2: state.lang2, mode,
                        sources_open: state.sources_open, host: state.host.clone(), on_action: on_action.clone() }) }
                } else {
                    { title_card(story, state.lang, state.lang2, next, step(Action::Next)) }
                }
            </div>
        </>
    }
}

/// The CSS placing something from `from` to `to` (0..=1) along an axis, as [`left`] does.
fn spanning(from: f64, to: f64) -> String {
    let width = ((to - from).clamp(0.0, 1.0) * 10_000.0).round() as u32;
    format!("{}; width: {}.{:02}%", left(from), width / 100, width % 100)
}

/// The CSS placing something at `x` (0..=1) along an axis, to a hundredth of a percent. Integer
/// formatting only: Rust's float formatting would add some 20 KB to the bundle.
fn left(x: f64) -> String {
    let hundredths = (x.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    format!("left: {}.{:02}%", hundredths / 100, hundredths % 100)
}
