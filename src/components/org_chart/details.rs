//! The selected organization's details: what it is, its members, what it did together so far and newly
//! proposed, the events it took part in (each opens that event), the people in them, and its sources.

use super::node::founding;
use crate::components::bi_text::bi_text;
use crate::components::sources::{source_list, SourceListProps};
use crate::components::{Mode, StoryRef};
use crate::i18n::ui;
use crate::model::org_tree::events_of;
use crate::model::{Lang, WorkKind};
use crate::routing::{href, target_id, Link, Route};
use crate::state::{Action, AppState};
use yew::prelude::*;

/// How many of an organization's events its details list (a long story's organizations take part in
/// thousands; the timeline and search reach the rest).
const EVENTS_LISTED: usize = 50;

/// The panel before any organization is chosen.
pub fn details_hint(lang: Lang) -> Html {
    html! { <section class="org-details" data-testid="org-details"><p class="hint">{ ui(lang).pick_a_node }</p></section> }
}

/// One organization's details. On the static page each organization has one, shown as the `:target` of
/// its `#node-` link.
pub fn org_details(
    story: StoryRef,
    state: &AppState,
    i: usize,
    mode: Mode,
    sources_open: bool,
    on_toggle: Callback<MouseEvent>,
    on_action: &Callback<Action>,
) -> Html {
    let (lang, lang2) = (state.lang, state.lang2);
    let strings = ui(lang);
    let org = &story.organizations[i];
    let bi = |text| bi_text(text, lang, lang2);
    let events: Vec<usize> =
        events_of(&story, &state.tree, i).into_iter().enumerate().filter(|(_, on)| *on).map(|(e, _)| e).collect();
    let mut people: Vec<usize> = Vec::new();
    for &e in &events {
        for &p in story.events[e].people {
            if !people.contains(&(p as usize)) {
                people.push(p as usize);
            }
        }
    }
    let groups = state.tree.children_by_side(&story, i);
    let work = |kind: WorkKind, code: &'static str, heading: &'static str| {
        let items: Vec<_> = org.work.iter().filter(|w| w.kind == kind).collect();
        (!items.is_empty()).then(|| {
            html! {
                <div class="work" data-work={code}>
                    <h4>{ heading }</h4>
                    <ul>{ for items.into_iter().map(|w| html! { <li>{ bi(w.text) }</li> }) }</ul>
                </div>
            }
        })
    };
    let name_id = format!("details-{}", org.id);
    let target = (mode != Mode::Live).then(|| target_id(&story, Link::Route(Route::Node(i))));
    html! {
        <section id={target} class="org-details" data-testid="org-details" data-node-id={org.id} aria-labelledby={name_id.clone()}>
            <h3 id={name_id}>{ bi(org.name) }</h3>
            <p class="org-meta">
                { (strings.kind)(org.kind) }
                if let Some((new, text)) = founding(&story, i, lang) {
                    { " · " }<span class={classes!("org-founded", new.then_some("new"))}>{ text }</span>
                }
            </p>
            if let Some(description) = org.description {
                <p>{ bi(description) }</p>
            }
            if !groups.is_empty() || org.members_note.is_some() {
                <div class="members">
                    <h4>{ strings.members }</h4>
                    if let Some(note) = org.members_note {
                        <p>{ bi(note) }</p>
                    }
                    { for groups.iter().map(|(side, members)| html! {
                        <div class="side-group">
                            if let Some(side) = side {
                                <p class="side-name">{ (strings.side)(story.organizations[*side as usize].name.get(lang)) }</p>
                            }
                            <ul class="links">{ for members.iter().map(|&m| html! {
                                <li>
                                    <a href={href(&story, mode.page(), Link::Route(Route::Node(m)))} onclick={on_action.reform(move |e: MouseEvent| {
                                        e.prevent_default();
                                        Action::SelectNode(Some(m))
                                    })}>
                                        { bi(story.organizations[m].name) }
                                    </a>
                                </li>
                            }) }</ul>
                        </div>
                    }) }
                </div>
            }
            { work(WorkKind::Remit, "remit", strings.work_remit) }
            { work(WorkKind::Past, "past", strings.work_past) }
            { work(WorkKind::Proposed, "proposed", strings.work_proposed) }
            if !events.is_empty() {
                <div class="org-events">
                    <h4>{ strings.related_events }</h4>
                    <ul class="links">{ for events.iter().take(EVENTS_LISTED).map(|&e| html! {
                        <li>
                            <a data-testid="org-event" data-event-id={story.events[e].id} href={href(&story, mode.page(), Link::Route(Route::Event(e)))}
                                onclick={on_action.reform(move |ev: MouseEvent| {
                                    ev.prevent_default();
                                    Action::ShowEvent(e)
                                })}>
                                { bi(story.events[e].headline) }
                            </a>
                        </li>
                    }) }
                    if events.len() > EVENTS_LISTED {
                        <li class="more">{ (strings.more_events)(events.len() - EVENTS_LISTED) }</li>
                    }
                    </ul>
                </div>
            }
            if !people.is_empty() {
                <div class="org-people">
                    <h4>{ strings.people }</h4>
                    <ul>{ for people.iter().map(|&p| html! {
                        <li>{ bi(story.people[p].name) }<span class="detail">{ bi(story.people[p].role) }</span></li>
                    }) }</ul>
                </div>
            }
            { source_list(SourceListProps { id: format!("org-sources-{}", org.id), story, sources: org.sources, lang, lang2,
                mode, open: sources_open, on_toggle, on_action: on_action.clone() }) }
        </section>
    }
}
