//! One organization in the tree: its box (name, kind, founding or "new", side, members note) and, when
//! expanded, its members, ordered by the side they belong to.

use crate::components::bi_text::bi_text;
use crate::components::{Mode, StoryRef};
use crate::i18n::{format_date, ui};
use crate::model::Lang;
use crate::routing::{href, Link, Route};
use crate::state::{Action, AppState};
use std::cmp::Ordering;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone)]
pub struct OrgNodeProps {
    pub story: StoryRef,
    pub state: Rc<AppState>,
    pub item: usize,
    /// The tree's focused item: the one tab stop.
    pub active: Option<usize>,
    /// Organizations that took part in the selected event.
    pub involved: Rc<Vec<bool>>,
    pub on_action: Callback<Action>,
    pub on_focus: Callback<usize>,
}

/// A tree item and, recursively, its children.
pub fn org_node(props: &OrgNodeProps) -> Html {
    let OrgNodeProps { story, state, item, active, involved, on_action, on_focus } = props;
    let i = *item;
    let org = &story.organizations[i];
    let lang = state.lang;
    let strings = ui(lang);
    let children: Vec<usize> =
        state.tree.children_by_side(story, i).into_iter().flat_map(|(_, members)| members).collect();
    let expanded = !state.collapsed[i];
    let selected = state.node == Some(i);
    let highlighted = involved[i];
    let name_id = format!("org-name-{i}");
    let onclick = {
        let on_action = on_action.clone();
        let on_focus = on_focus.clone();
        Callback::from(move |_: MouseEvent| {
            on_focus.emit(i);
            on_action.emit(Action::SelectNode(Some(i)));
        })
    };
    let on_twisty = on_action.reform(move |e: MouseEvent| {
        e.stop_propagation();
        Action::ToggleNode(i)
    });
    let lang2 = state.lang2;
    html! {
        <li role="treeitem" class="org-item" data-testid="org-node" data-node-id={org.id} data-index={i.to_string()}
            aria-labelledby={name_id.clone()} aria-level={(state.tree.depth[i] + 1).to_string()}
            aria-expanded={(!children.is_empty()).then(|| expanded.to_string())} aria-selected={selected.to_string()}
            data-highlighted={highlighted.then_some("true")} tabindex={if *active == Some(i) { "0" } else { "-1" }}>
            <div class={classes!("org-box", selected.then_some("selected"))} data-kind={(strings.kind)(org.kind)} {onclick}>
                if !children.is_empty() {
                    <span class="twisty" aria-hidden="true" onclick={on_twisty}>{ if expanded { "▾" } else { "▸" } }</span>
                }
                { box_contents(story, state, i, html! { <span class="org-name" id={name_id}>{ bi_text(org.name, lang, lang2) }</span> }, highlighted) }
            </div>
            if !children.is_empty() && expanded {
                <ul role="group">
                    { for children.iter().map(|&c| html! {
                        { org_node(&OrgNodeProps { item: c, ..props.clone() }) }
                    }) }
                </ul>
            }
        </li>
    }
}

/// What a box shows after its twisty: side, name (`name`), kind, founding, the members note of a box with
/// no members under it, and whether it took part in the selected event.
fn box_contents(story: &StoryRef, state: &AppState, i: usize, name: Html, highlighted: bool) -> Html {
    let org = &story.organizations[i];
    let (lang, lang2) = (state.lang, state.lang2);
    let strings = ui(lang);
    html! {
        <>
            if let Some(side) = org.side {
                <span class="org-side">{ (strings.side)(story.organizations[side as usize].name.get(lang)) }</span>
            }
            { name }
            <span class="org-kind">{ (strings.kind)(org.kind) }</span>
            if state.tree.is_apart(i) {
                <span class="org-apart" data-testid="org-apart">{ strings.apart_from_chart }</span>
            }
            if let Some((new, text)) = founding(story, i, lang) {
                <span class={classes!("org-founded", new.then_some("new"))} data-testid={new.then_some("org-new")}>{ text }</span>
            }
            if state.tree.children[i].is_empty() {
                if let Some(note) = org.members_note {
                    <span class="members-note">{ bi_text(note, lang, lang2) }</span>
                }
            }
            if highlighted {
                <span class="related-mark">{ strings.related }</span>
            }
        </>
    }
}

/// A tree item on the static page: a plain nested list. The name links to the organization's details (its
/// `#node-` fragment, over the whole box); a checkbox folds its members away.
pub fn static_org_node(story: StoryRef, state: &AppState, i: usize, mode: Mode) -> Html {
    let org = &story.organizations[i];
    let (lang, lang2) = (state.lang, state.lang2);
    let strings = ui(lang);
    let children: Vec<usize> =
        state.tree.children_by_side(&story, i).into_iter().flat_map(|(_, members)| members).collect();
    let name = html! {
        <a class="org-name" href={href(&story, mode.page(), Link::Route(Route::Node(i)))}>{ bi_text(org.name, lang, lang2) }</a>
    };
    html! {
        <li class="org-item" data-testid="org-node" data-node-id={org.id}>
            <div id={format!("org-box-{}", org.id)} class="org-box" data-kind={(strings.kind)(org.kind)}>
                if !children.is_empty() {
                    <label class="twisty">
                        <input type="checkbox" checked=true aria-label={(strings.members_of)(org.name.get(lang))} />
                        <span aria-hidden="true"></span>
                    </label>
                }
                // Marked "related" by the page's rules while an event it took part in is shown.
                { box_contents(&story, state, i, name, true) }
            </div>
            if !children.is_empty() {
                <ul>{ for children.iter().map(|&c| static_org_node(story, state, c, mode)) }</ul>
            }
        </li>
    }
}

/// An organization's founding line, and whether it is new: founded on the article's own date (as far as
/// both dates are known) or later.
pub(super) fn founding(story: &StoryRef, org: usize, lang: Lang) -> Option<(bool, String)> {
    let created = story.organizations[org].created?;
    let strings = ui(lang);
    let date = format_date(&created.date, lang);
    let published = story.article.published.map(|p| p.date);
    if published.is_some_and(|p| created.date.compare_known(&p) != Ordering::Less) {
        Some((true, (strings.new_since)(&date)))
    } else {
        Some((false, (strings.founded)(&date)))
    }
}
