//! The org chart: the organizations as a WAI-ARIA tree (one tab stop; ↑ ↓ ← → Home End, Enter / Space,
//! type-ahead), drawn as a chart with connectors on wide screens and as an indented tree on phones,
//! with the selected organization's details beside it.

mod details;
mod node;

use super::{Mode, StoryRef};
use crate::i18n::ui;
use crate::model::org_tree::{tree_step, type_ahead, TreeMove, TreeStep};
use crate::model::Lang;
use crate::state::{Action, AppState};
use details::{details_hint, org_details};
use node::{org_node, static_org_node, OrgNodeProps};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How long, in milliseconds, typed letters add up to one type-ahead search.
const TYPE_AHEAD_MS: f64 = 700.0;

/// The org chart's own state, kept by the App as hooks (a component would bring its own copy of yew's
/// lifecycle code: with the timeline's, 2.1 KB gzip of wasm). It lives as long as the App: the focused item
/// stays the tree's tab stop when the reader comes back from another view.
pub struct OrgChartHooks {
    /// The tree's focused item (its one tab stop): the selected node, else the first root.
    active: UseStateHandle<Option<usize>>,
    /// Set by a key that moved the focused item: after the next render, focus follows it.
    focus_pending: Rc<RefCell<bool>>,
    /// The letters typed for type-ahead, and when the last came.
    typed: Rc<RefCell<(String, f64)>>,
    root: NodeRef,
    /// Whether the details' list of sources is open: kept while the reader goes from one organization to
    /// another.
    sources_open: UseStateHandle<bool>,
}

/// The org chart's hooks: a node selected elsewhere becomes the focused item, and focus follows the focused
/// item a key moved.
#[hook]
pub fn use_org_chart(state: &AppState) -> OrgChartHooks {
    let active = use_state_eq(|| state.node.or(state.tree.roots.first().copied()));
    let focus_pending = use_mut_ref(|| false);
    let root = use_node_ref();
    {
        // A node selected elsewhere (a deep link, the event card) becomes the focused item.
        let active = active.clone();
        use_effect_with(state.node, move |node| {
            if node.is_some() {
                active.set(*node);
            }
        });
    }
    {
        let root = root.clone();
        let focus_pending = focus_pending.clone();
        use_effect_with(*active, move |active| {
            if focus_pending.replace(false) {
                super::focus_item(&root, "org-node", *active);
            }
        });
    }
    OrgChartHooks {
        active,
        focus_pending,
        typed: use_mut_ref(|| (String::new(), 0.0)),
        root,
        sources_open: use_state_eq(|| false),
    }
}

/// The org chart and the details of the selected organization.
pub fn org_chart(story: StoryRef, state: &Rc<AppState>, on_action: &Callback<Action>, hooks: &OrgChartHooks) -> Html {
    let OrgChartHooks { active, focus_pending, typed, root, sources_open } = hooks;
    let tree = state.tree.clone();
    // The tab stop, where the keys start: the focused item, or the item that hides it once its parents are
    // collapsed.
    let shown_active = active.map(|i| tree.shown_for(&state.collapsed, i));
    let onkeydown = {
        let (active, on_action, tree, state) = (active.clone(), on_action.clone(), tree.clone(), state.clone());
        let (focus_pending, typed) = (focus_pending.clone(), typed.clone());
        Callback::from(move |e: KeyboardEvent| {
            if super::with_modifier(&e) {
                return;
            }
            let Some(from) = shown_active else { return };
            let key = e.key();
            let step = match key.as_str() {
                "ArrowUp" => Some(TreeMove::Up),
                "ArrowDown" => Some(TreeMove::Down),
                "ArrowLeft" => Some(TreeMove::Left),
                "ArrowRight" => Some(TreeMove::Right),
                "Home" => Some(TreeMove::Home),
                "End" => Some(TreeMove::End),
                _ => None,
            };
            let next = if let Some(step) = step {
                match tree_step(&tree, &state.collapsed, from, step) {
                    TreeStep::Focus(i) => Some(i),
                    TreeStep::Expand(i) | TreeStep::Collapse(i) => {
                        on_action.emit(Action::ToggleNode(i));
                        None
                    }
                    TreeStep::Stay => None,
                }
            } else if key == "Enter" || key == " " {
                on_action.emit(Action::SelectNode(Some(from)));
                None
            } else if key.chars().count() == 1 {
                let now = js_sys::Date::now();
                let mut typed = typed.borrow_mut();
                if now - typed.1 > TYPE_AHEAD_MS {
                    typed.0.clear();
                }
                typed.0.push_str(&key);
                typed.1 = now;
                let names: Vec<&str> = story.organizations.iter().map(|o| o.name.get(state.lang)).collect();
                let found = type_ahead(&tree.visible(&state.collapsed), &names, from, &typed.0);
                // A repeated single letter moves on to the next match.
                found.or_else(|| type_ahead(&tree.visible(&state.collapsed), &names, from, &key))
            } else {
                return;
            };
            e.prevent_default();
            // Focus follows the focused item once it has moved (the key came from the one it is on).
            if let Some(i) = next.filter(|&i| i != from) {
                *focus_pending.borrow_mut() = true;
                active.set(Some(i));
            }
        })
    };
    let on_focus_item = {
        let active = active.clone();
        Callback::from(move |i: usize| active.set(Some(i)))
    };
    let involved: Vec<bool> = match state.selected {
        Some(e) => {
            let orgs = story.events[e].organizations;
            (0..story.organizations.len()).map(|o| orgs.contains(&(o as u16))).collect()
        }
        None => vec![false; story.organizations.len()],
    };
    let involved = Rc::new(involved);
    html! {
        <section class="org-view" aria-labelledby="org-chart-heading">
            { toolbar(state.lang, Mode::Live, on_action) }
            <div class="org-layout">
                <ul class="org-tree" role="tree" aria-labelledby="org-chart-heading" data-testid="org-chart" ref={root.clone()} {onkeydown}>
                    { for tree.roots.iter().map(|&r| html! {
                        { org_node(&OrgNodeProps { story, state: state.clone(), item: r, active: shown_active,
                            involved: involved.clone(), on_action: on_action.clone(), on_focus: on_focus_item.clone() }) }
                    }) }
                </ul>
                { match state.node {
                    Some(node) => {
                        let (open, toggle) = (**sources_open, sources_open.clone());
                        let on_toggle = Callback::from(move |_| toggle.set(!open));
                        org_details(story, state, node, Mode::Live, open, on_toggle, on_action)
                    }
                    None => details_hint(state.lang),
                } }
            </div>
        </section>
    }
}

/// The heading and the expand / collapse buttons (on the static page held in place, unseen, for the app).
fn toolbar(lang: Lang, mode: Mode, on_action: &Callback<Action>) -> Html {
    let strings = ui(lang);
    let class = classes!("tool", (mode != Mode::Live).then_some("needs-script"));
    html! {
        <div class="org-toolbar">
            <h2 id="org-chart-heading">{ strings.org_chart }</h2>
            <button type="button" class={class.clone()} data-testid="expand-all" onclick={on_action.reform(|_| Action::ExpandAll)}>
                { strings.expand_all }
            </button>
            <button type="button" {class} data-testid="collapse-all" onclick={on_action.reform(|_| Action::CollapseAll)}>
                { strings.collapse_all }
            </button>
        </div>
    }
}

/// The org chart on the static page: the tree as nested lists (each name a link to its details, a
/// checkbox to fold its members), and every organization's details, the one linked to shown as `:target`.
pub fn static_org_chart(story: StoryRef, state: &AppState, mode: Mode) -> Html {
    let none = Callback::noop();
    html! {
        <section class="org-view" aria-labelledby="org-chart-heading">
            { toolbar(state.lang, mode, &none) }
            <div class="org-layout">
                <ul class="org-tree" data-testid="org-chart" aria-labelledby="org-chart-heading">
                    { for state.tree.roots.iter().map(|&r| static_org_node(story, state, r, mode)) }
                </ul>
                <div class="org-details-list">
                    { details_hint(state.lang) }
                    { for (0..story.organizations.len()).map(|i| org_details(story, state, i, mode, false, Callback::noop(), &none)) }
                </div>
            </div>
        </section>
    }
}
