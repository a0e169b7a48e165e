//! The navigator: the history axis (with each busy day as one cluster marker) and a day axis per such day.
//! Only the current scale's axis is shown. A long axis shows a window of markers around the selection (see
//! [`WINDOW`](crate::model::timeline::WINDOW)), so the page holds a few dozen markers at most whatever the
//! story's size; each event in the window, and each day in it, keeps its one marker in the page.

use super::marker::{marker, MarkerProps};
use super::{left, spanning};
use crate::components::{Mode, StoryRef};
use crate::i18n::{format_date, format_hour, format_utc_offset, format_year, ui};
use crate::model::timeline::{DayCluster, HistoryItem};
use crate::model::{Lang, Scale};
use crate::routing::{href, Link, Route};
use crate::state::{Action, AppState};
use std::rc::Rc;
use yew::prelude::*;

/// The time navigator with its zoom control. On the static page every marker is a tab stop (no arrow keys
/// move between them there), and zooming out leads to the whole story's axis, the title's.
pub fn navigator(story: StoryRef, state: &AppState, mode: Mode, on_action: &Callback<Action>) -> Html {
    let timeline = &state.timeline;
    let lang = state.lang;
    let strings = ui(lang);
    let highlighted = Rc::new(state.highlighted_events(&story));
    let (scale_label, zoom) = match state.scale {
        Scale::History => {
            let years = timeline.span.map(|(a, b)| format!("{}–{}", format_year(a, lang), format_year(b, lang)));
            // Zoom into the day of the selection, or else the first busy day.
            let target =
                state.selected.and_then(|i| timeline.cluster_of(i)).or((!timeline.clusters.is_empty()).then_some(0));
            let zoom =
                target.map(|c| ((strings.zoom_in)(&format_date(&timeline.clusters[c].date, lang)), Scale::Day(c)));
            (years.unwrap_or_default(), zoom)
        }
        Scale::Day(c) => {
            (day_label(&story, &timeline.clusters[c], lang), Some((strings.zoom_out.to_string(), Scale::History)))
        }
    };
    // One tab stop per axis: the selected marker, or else the first shown.
    let selection_on_history = state.selected.is_some_and(|i| timeline.scale_of(i) == Scale::History);
    let shown = timeline.history_window(state.selected);
    // The eras on the shown stretch (none in the bundle of a story without: `story_eras`, set by build.rs).
    let eras = if cfg!(story_eras) { timeline.eras_on(&shown.window.layout) } else { Vec::new() };
    let window = &shown.window;
    // Live, every axis in the window stays in the page, hidden but the current one; the static page, which
    // holds a navigator for every step, writes only the one it shows.
    let kept = |scale: Scale| mode == Mode::Live || state.scale == scale;
    let clusters_shown: Vec<usize> = timeline.history[window.items.clone()]
        .iter()
        .filter_map(|item| if let HistoryItem::Cluster(c) = *item { Some(c) } else { None })
        .filter(|&c| kept(Scale::Day(c)))
        .collect();
    html! {
        <div class="navigator" data-testid="timeline" data-scale={if state.scale == Scale::History { "history" } else { "day" }}
            role="group" aria-label={strings.timeline}>
            <div class="scale-bar">
                <span class="scale-label" data-testid="scale-label">{ scale_label }</span>
                if let Some((label, target)) = zoom {
                    <a class="zoom" data-testid="zoom" href={zoom_href(&story, state, mode, target)} onclick={on_action.reform(move |e: MouseEvent| {
                        e.prevent_default();
                        Action::Zoom(target)
                    })}>
                        { label }
                    </a>
                }
            </div>
            if kept(Scale::History) {
            <div class="axis" data-axis="history" hidden={state.scale != Scale::History}
                style={(!eras.is_empty()).then(|| format!("--era-lanes: {}", eras.iter().map(|s| s.lane + 1).max().unwrap_or(0)))}>
                <div class="axis-line" aria-hidden="true"></div>
                { more(window.more_before, window.more_after) }
                { for window.layout.breaks.iter().map(|&x| axis_break(x, strings.gap)) }
                { for shown.years.iter().map(|&(year, x)| html! {
                    <span class="tick" style={left(x)} aria-hidden="true">{ format_year(year, lang) }</span>
                }) }
                if !eras.is_empty() {
                    <ul class="eras" aria-label={strings.eras}>
                        { for eras.iter().map(|span| html! {
                            <li class="era" data-testid="era" style={format!("{}; --lane: {}", spanning(span.from, span.to), span.lane)}
                                title={story.eras[span.era].label.get(lang)}>
                                <span class="era-label">{ story.eras[span.era].label.get(lang) }</span>
                            </li>
                        }) }
                    </ul>
                }
                { for timeline.history[window.items.clone()].iter().zip(&window.layout.positions).enumerate().map(|(n, (item, &x))| match *item {
                    HistoryItem::Event(i) => html! {
                        { marker(MarkerProps { story, event: i, x, lang, selected: state.selected == Some(i),
                            tab_stop: (mode == Mode::Live).then_some(state.selected == Some(i) || (!selection_on_history && n == 0)),
                            highlighted: highlighted[i], filtered_out: !state.shown(i), mode, on_action: on_action.clone() }) }
                    },
                    HistoryItem::Cluster(c) => {
                        let cluster = &timeline.clusters[c];
                        let day = format_date(&cluster.date, lang);
                        let holds_selection = state.selected.is_some_and(|i| cluster.contains(i));
                        let lit = highlighted[cluster.first..cluster.first + cluster.count].contains(&true);
                        let mut label = (strings.cluster)(&day, cluster.count);
                        if lit {
                            label = format!("{label} — {}", strings.related);
                        }
                        html! {
                            <a href={href(&story, mode.page(), Link::Route(Route::Event(cluster.first)))}
                                class={classes!("cluster", holds_selection.then_some("selected"))}
                                data-testid="timeline-cluster" style={left(x)} tabindex={(mode == Mode::Live).then_some("-1")}
                                data-highlighted={lit.then_some("true")} aria-label={label}
                                onclick={on_action.reform(move |e: MouseEvent| {
                                    e.prevent_default();
                                    Action::Zoom(Scale::Day(c))
                                })}>
                                <span class="count">{ cluster.count }</span>
                            </a>
                        }
                    }
                }) }
            </div>
            }
            { for clusters_shown.into_iter().map(|c| html! {
                { day_axis(story, state, c, mode, &highlighted, on_action) }
            }) }
        </div>
    }
}

/// One busy day, hour by hour; events with no time given stand after a break at the end.
fn day_axis(
    story: StoryRef,
    state: &AppState,
    cluster: usize,
    mode: Mode,
    highlighted: &[bool],
    on_action: &Callback<Action>,
) -> Html {
    let day = &state.timeline.clusters[cluster];
    let lang = state.lang;
    let strings = ui(lang);
    let selected_here = state.selected.filter(|&i| day.contains(i));
    let shown = day.window(selected_here);
    let window = &shown.window;
    html! {
        <div class="axis" data-axis="day" hidden={state.scale != Scale::Day(cluster)}>
            <div class="axis-line" aria-hidden="true"></div>
            { more(window.more_before, window.more_after) }
            { for window.layout.breaks.iter().map(|&x| axis_break(x, strings.gap)) }
            { for shown.hours.iter().map(|&(hour, x)| html! {
                <span class="tick" style={left(x)} aria-hidden="true">{ format_hour(hour, lang) }</span>
            }) }
            { for window.items.clone().zip(&window.layout.positions).map(|(i, &x)| {
                let untimed = story.events[i].when.date.time.is_none();
                html! {
                    <>
                        if untimed {
                            <span class="tick untimed" style={left(x)} aria-hidden="true">{ strings.time_not_given }</span>
                        }
                        { marker(MarkerProps { story, event: i, x, lang, selected: state.selected == Some(i),
                            tab_stop: (mode == Mode::Live).then_some(selected_here.map_or(i == window.items.start, |s| s == i)), highlighted: highlighted[i],
                            filtered_out: !state.shown(i), mode, on_action: on_action.clone() }) }
                    </>
                }
            }) }
        </div>
    }
}

/// Where the zoom control leads: into a day, its state; out, the whole story's axis (on the static page the
/// history axis is shown with the title card).
fn zoom_href(story: &StoryRef, state: &AppState, mode: Mode, target: Scale) -> String {
    let route = match target {
        Scale::History => Route::Title,
        Scale::Day(_) => Route::from(state.apply(Action::Zoom(target)).selected),
    };
    href(story, mode.page(), Link::Route(route))
}

fn axis_break(x: f64, name: &str) -> Html {
    html! { <span class="axis-break" style={left(x)} title={name.to_string()} aria-hidden="true"></span> }
}

/// "Nov 4, 2015 · Beijing time (UTC+8)": the day and the zone its times are in.
fn day_label(story: &StoryRef, day: &DayCluster, lang: Lang) -> String {
    let date = format_date(&day.date, lang);
    let zone = story.events[day.first..day.first + day.count].iter().find_map(|e| story.time_zone(&e.when));
    match zone {
        Some(zone) => format!("{date} · {} ({})", zone.name.get(lang), format_utc_offset(zone.utc_offset_minutes)),
        None => date,
    }
}

/// Marks at the ends of an axis that goes on beyond its window (the steps reach what lies there).
fn more(before: bool, after: bool) -> Html {
    html! {
        <>
            if before { <span class="axis-more before" aria-hidden="true">{ "…" }</span> }
            if after { <span class="axis-more after" aria-hidden="true">{ "…" }</span> }
        </>
    }
}
