//! The organizations as a tree for the org chart: parents from the data's `parent` links, roots with
//! children first, and the pure parts of the WAI-ARIA tree pattern (which items are visible, where the
//! arrow keys and type-ahead go) and of the links between the chart and the timeline.

use super::{Index, Story};

/// The organizations of a story arranged as a forest.
#[derive(Clone, Debug, PartialEq)]
pub struct OrgTree {
    /// Top-level organizations: those with children first, then the rest, each group in data order.
    pub roots: Vec<usize>,
    /// Each organization's children, in data order.
    pub children: Vec<Vec<usize>>,
    /// Each organization's parent.
    pub parent: Vec<Option<usize>>,
    /// Each organization's depth: 0 for roots.
    pub depth: Vec<usize>,
}

impl OrgTree {
    /// Builds the tree of a validated story (parents exist and have no cycles).
    pub fn new(story: &Story) -> OrgTree {
        let n = story.organizations.len();
        let parent: Vec<Option<usize>> = story.organizations.iter().map(|o| o.parent.map(usize::from)).collect();
        let mut children = vec![Vec::new(); n];
        for (i, p) in parent.iter().enumerate() {
            if let Some(p) = *p {
                children[p].push(i);
            }
        }
        let (mut roots, rest): (Vec<usize>, Vec<usize>) =
            (0..n).filter(|&i| parent[i].is_none()).partition(|&i| !children[i].is_empty());
        roots.extend(rest);
        let mut depth = vec![0; n];
        let mut stack: Vec<usize> = roots.clone();
        while let Some(i) = stack.pop() {
            for &c in &children[i] {
                depth[c] = depth[i] + 1;
                stack.push(c);
            }
        }
        OrgTree { roots, children, parent, depth }
    }

    /// Whether organization `i` stands apart from the chart: no parent and no members, in a story whose
    /// chart has a structure (a root with members) that it is not part of. Such organizations follow the
    /// tree; the page says what they are.
    pub fn is_apart(&self, i: usize) -> bool {
        self.parent[i].is_none()
            && self.children[i].is_empty()
            && self.roots.first().is_some_and(|&r| !self.children[r].is_empty())
    }

    /// The items a reader can see, in order, when the collapsed ones hide their descendants.
    pub fn visible(&self, collapsed: &[bool]) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack: Vec<usize> = self.roots.iter().rev().copied().collect();
        while let Some(i) = stack.pop() {
            out.push(i);
            if !collapsed.get(i).copied().unwrap_or(false) {
                stack.extend(self.children[i].iter().rev());
            }
        }
        out
    }

    /// The visible item that stands for `i`: `i` itself, or, when a collapsed item hides it, the outermost
    /// such item (the tree's one tab stop must be an item the reader can see).
    pub fn shown_for(&self, collapsed: &[bool], i: usize) -> usize {
        let (mut shown, mut up) = (i, self.parent.get(i).copied().flatten());
        while let Some(p) = up {
            if collapsed.get(p).copied().unwrap_or(false) {
                shown = p;
            }
            up = self.parent[p];
        }
        shown
    }

    /// The item and all its descendants.
    pub fn subtree(&self, root: usize) -> Vec<usize> {
        let mut out = vec![root];
        let mut i = 0;
        while i < out.len() {
            out.extend(&self.children[out[i]]);
            i += 1;
        }
        out
    }

    /// Children grouped by the party (`side`) they belong to, in order of first appearance; members with
    /// no side come in a group of their own (`None`).
    pub fn children_by_side(&self, story: &Story, item: usize) -> Vec<(Option<Index>, Vec<usize>)> {
        let mut groups: Vec<(Option<Index>, Vec<usize>)> = Vec::new();
        for &c in &self.children[item] {
            let side = story.organizations[c].side;
            match groups.iter_mut().find(|(s, _)| *s == side) {
                Some((_, members)) => members.push(c),
                None => groups.push((side, vec![c])),
            }
        }
        groups
    }
}

/// Where a key press moves in a tree, given the visible items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TreeMove {
    Up,
    Down,
    Home,
    End,
    /// → : expand a collapsed item, else go to its first child.
    Right,
    /// ← : collapse an expanded item, else go to its parent.
    Left,
}

/// What a key press does: move focus to an item, or expand / collapse one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TreeStep {
    Focus(usize),
    Expand(usize),
    Collapse(usize),
    Stay,
}

/// The WAI-ARIA tree pattern's answer to a key, from the focused item `from`.
pub fn tree_step(tree: &OrgTree, collapsed: &[bool], from: usize, key: TreeMove) -> TreeStep {
    let visible = tree.visible(collapsed);
    let Some(at) = visible.iter().position(|&i| i == from) else {
        return visible.first().map_or(TreeStep::Stay, |&i| TreeStep::Focus(i));
    };
    let has_children = !tree.children[from].is_empty();
    let is_collapsed = collapsed.get(from).copied().unwrap_or(false);
    let focus = |i: Option<&usize>| i.map_or(TreeStep::Stay, |&i| TreeStep::Focus(i));
    match key {
        TreeMove::Up => focus(at.checked_sub(1).and_then(|a| visible.get(a))),
        TreeMove::Down => focus(visible.get(at + 1)),
        TreeMove::Home => focus(visible.first()),
        TreeMove::End => focus(visible.last()),
        TreeMove::Right if has_children && is_collapsed => TreeStep::Expand(from),
        TreeMove::Right => focus(tree.children[from].first()),
        TreeMove::Left if has_children && !is_collapsed => TreeStep::Collapse(from),
        TreeMove::Left => focus(tree.parent[from].as_ref()),
    }
}

/// Type-ahead: the next visible item after `from` (wrapping) whose name starts with `typed`, ignoring
/// ASCII case (Korean and Chinese have none; full Unicode case tables would cost 12 KB of bundle).
pub fn type_ahead(visible: &[usize], names: &[&str], from: usize, typed: &str) -> Option<usize> {
    if typed.is_empty() {
        return None;
    }
    let starts_with = |name: &str| name.get(..typed.len()).is_some_and(|head| head.eq_ignore_ascii_case(typed));
    let start = visible.iter().position(|&i| i == from).map_or(0, |p| p + 1);
    (0..visible.len())
        .map(|k| visible[(start + k) % visible.len()])
        .find(|&i| names.get(i).is_some_and(|n| starts_with(n)))
}

/// For each event, whether the organization `org` or one of its descendants took part in it.
pub fn events_of(story: &Story, tree: &OrgTree, org: usize) -> Vec<bool> {
    let members = tree.subtree(org);
    story.events.iter().map(|e| e.organizations.iter().any(|&o| members.contains(&(o as usize)))).collect()
}
