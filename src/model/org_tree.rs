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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use crate::story::{fixtures::seoul_beijing::STORY, FIXTURE};

    fn index(id: &str) -> usize {
        STORY.organizations.iter().position(|o| o.id == id).unwrap_or_else(|| panic!("no {id}"))
    }

    #[test]
    fn the_committee_is_the_first_root_with_its_four_teams_in_order() {
        let tree = OrgTree::new(&STORY);
        assert_eq!(tree.roots[0], index("integration-committee"));
        let teams: Vec<&str> = tree.children[tree.roots[0]].iter().map(|&t| STORY.organizations[t].id).collect();
        assert_eq!(teams, vec!["team-economy", "team-culture", "team-education", "team-environment"]);
        assert_eq!(tree.depth[index("seoul-climate-environment-hq")], 2);
        // Bodies with no parent and no children are roots after it.
        assert!(tree.roots.contains(&index("seoul-government")));
        assert!(tree.roots[1..].iter().all(|&r| tree.children[r].is_empty()));
    }

    #[test]
    fn the_environment_team_splits_its_members_by_city() {
        let tree = OrgTree::new(&STORY);
        let groups = tree.children_by_side(&STORY, index("team-environment"));
        let named: Vec<(&str, Vec<&str>)> = groups
            .iter()
            .map(|(side, members)| {
                let side = STORY.organizations[side.unwrap() as usize].id;
                (side, members.iter().map(|&m| STORY.organizations[m].id).collect())
            })
            .collect();
        assert_eq!(
            named,
            vec![
                ("seoul-government", vec!["seoul-climate-environment-hq"]),
                ("beijing-government", vec!["beijing-environmental-protection-bureau"])
            ]
        );
        assert!(tree.children_by_side(&STORY, index("team-economy")).is_empty());
    }

    #[test]
    fn collapsing_hides_descendants() {
        let tree = OrgTree::new(&STORY);
        let n = STORY.organizations.len();
        assert_eq!(tree.visible(&vec![false; n]).len(), n);
        let mut collapsed = vec![false; n];
        collapsed[index("team-environment")] = true;
        let visible = tree.visible(&collapsed);
        assert_eq!(visible.len(), n - 2);
        assert!(!visible.contains(&index("seoul-climate-environment-hq")));
        collapsed[index("integration-committee")] = true;
        assert_eq!(tree.visible(&collapsed).len(), n - 6);
    }

    #[test]
    fn arrow_keys_follow_the_tree_pattern() {
        let tree = OrgTree::new(&STORY);
        let n = STORY.organizations.len();
        let mut collapsed = vec![false; n];
        let (committee, economy, env, hq) = (
            index("integration-committee"),
            index("team-economy"),
            index("team-environment"),
            index("seoul-climate-environment-hq"),
        );
        assert_eq!(tree_step(&tree, &collapsed, committee, TreeMove::Down), TreeStep::Focus(economy));
        assert_eq!(tree_step(&tree, &collapsed, economy, TreeMove::Up), TreeStep::Focus(committee));
        assert_eq!(tree_step(&tree, &collapsed, committee, TreeMove::Up), TreeStep::Stay);
        assert_eq!(tree_step(&tree, &collapsed, env, TreeMove::Right), TreeStep::Focus(hq));
        assert_eq!(tree_step(&tree, &collapsed, env, TreeMove::Left), TreeStep::Collapse(env));
        assert_eq!(tree_step(&tree, &collapsed, hq, TreeMove::Left), TreeStep::Focus(env));
        assert_eq!(tree_step(&tree, &collapsed, hq, TreeMove::Right), TreeStep::Stay);
        assert_eq!(tree_step(&tree, &collapsed, economy, TreeMove::Left), TreeStep::Focus(committee));
        collapsed[env] = true;
        assert_eq!(tree_step(&tree, &collapsed, env, TreeMove::Right), TreeStep::Expand(env));
        assert_eq!(tree_step(&tree, &collapsed, env, TreeMove::Left), TreeStep::Focus(committee));
        let visible = tree.visible(&collapsed);
        assert_eq!(tree_step(&tree, &collapsed, env, TreeMove::End), TreeStep::Focus(*visible.last().unwrap()));
        assert_eq!(tree_step(&tree, &collapsed, hq, TreeMove::Home), TreeStep::Focus(committee), "from a hidden item");
    }

    #[test]
    fn type_ahead_matches_first_letters_and_wraps() {
        let tree = OrgTree::new(&STORY);
        let visible = tree.visible(&vec![false; STORY.organizations.len()]);
        let names: Vec<&str> = STORY.organizations.iter().map(|o| o.name.get(Lang::En)).collect();
        let committee = index("integration-committee");
        assert_eq!(type_ahead(&visible, &names, committee, "e"), Some(index("team-economy")));
        assert_eq!(type_ahead(&visible, &names, index("team-economy"), "E"), Some(index("team-education")));
        assert_eq!(type_ahead(&visible, &names, committee, "envi"), Some(index("team-environment")));
        assert_eq!(type_ahead(&visible, &names, *visible.last().unwrap(), "seoul–b"), Some(committee), "wraps");
        assert_eq!(type_ahead(&visible, &names, committee, "zz"), None);
        let korean: Vec<&str> = STORY.organizations.iter().map(|o| o.name.get(Lang::Ko)).collect();
        assert_eq!(type_ahead(&visible, &korean, committee, "환"), Some(index("team-environment")));
    }

    #[test]
    fn a_team_takes_part_in_its_members_events() {
        let tree = OrgTree::new(&STORY);
        let env = events_of(&STORY, &tree, index("team-environment"));
        let ids: Vec<&str> = STORY.events.iter().zip(&env).filter(|(_, &on)| on).map(|(e, _)| e.id).collect();
        assert_eq!(ids, vec!["environment-team-mou"]);
        let seoul = events_of(&STORY, &tree, index("seoul-government"));
        assert!(seoul.iter().filter(|&&on| on).count() >= 6);
    }

    #[test]
    fn another_story_with_one_organization() {
        let tree = OrgTree::new(&FIXTURE);
        assert_eq!(tree.roots, vec![0]);
        assert_eq!(tree_step(&tree, &[false], 0, TreeMove::Right), TreeStep::Stay);
        assert_eq!(tree_step(&tree, &[false], 0, TreeMove::Down), TreeStep::Stay);
    }
}
