//! The page's state in one place, and every way it changes: a pure reducer, tested natively.

use crate::model::{Citations, Lang, Languages, OrgTree, Scale, Story, Timeline};
use crate::routing::Route;
use std::rc::Rc;

/// Whether `url` is an http(s) address that is safe to link to: no spaces, double quotes or angle brackets
/// (a `javascript:` host URL, say, is refused).
fn is_web_page(url: &str) -> bool {
    crate::model::is_remote(url)
        && url.len() <= 2048
        && !url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>'))
}

/// Data derived once from the story and never changed (the timeline, the tree): shared, and compared by
/// address, since a deep comparison on every action and every props check would grow with the story.
#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Which views the page shows (`?view=`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    Timeline,
    Org,
    #[default]
    Both,
    /// The article itself, in parallel text.
    Article,
}

impl View {
    /// Every view, in the order the switch shows them.
    pub const ALL: [View; 4] = [View::Timeline, View::Org, View::Both, View::Article];

    /// The value in `?view=`.
    pub fn code(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Org => "org",
            View::Both => "both",
            View::Article => "article",
        }
    }

    /// Reads `?view=`; anything else is `None` (the caller falls back to the default).
    pub fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code)
    }

    pub fn shows_timeline(self) -> bool {
        matches!(self, View::Timeline | View::Both)
    }

    pub fn shows_org(self) -> bool {
        matches!(self, View::Org | View::Both)
    }

    /// The views a story offers: those with the org chart only if it names organizations, the article only
    /// if it has one (a timeline brought from elsewhere has neither: the timeline alone).
    pub fn offered(story: &Story) -> Vec<View> {
        Self::offered_by(story.has_org_chart(), story.has_article())
    }

    fn offered_by(org: bool, article: bool) -> Vec<View> {
        View::ALL.into_iter().filter(|v| (org || !v.shows_org()) && (article || *v != View::Article)).collect()
    }

    /// This view, or where the story does not offer it, the default: both, or the timeline alone.
    fn fit(self, org: bool, article: bool) -> View {
        let offered = Self::offered_by(org, article);
        match offered.contains(&self) {
            true => self,
            false if offered.contains(&View::Both) => View::Both,
            false => View::Timeline,
        }
    }
}

/// Everything the reader has chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The story's languages: the only ones the page can be read in.
    pub languages: Languages,
    /// The language of the page.
    pub lang: Lang,
    /// A second language shown beside the first in the event card, if any.
    pub lang2: Option<Lang>,
    /// The shown event; `None` is the title card before the first event.
    pub selected: Option<usize>,
    /// The scale the navigator shows.
    pub scale: Scale,
    /// Whether the event card shows its source sentences.
    pub sources_open: bool,
    /// The views shown.
    pub view: View,
    /// The selected organization in the chart.
    pub node: Option<usize>,
    /// The highlighted sentence of the article view.
    pub sentence: Option<usize>,
    /// The events the timeline is filtered to (by search), if it is.
    pub filter: Option<Shared<Vec<bool>>>,
    /// The group the timeline is filtered to, if any (an index into the story's `groups`).
    pub group: Option<usize>,
    /// Each event's group (derived once, shared).
    pub event_groups: Shared<Vec<Option<usize>>>,
    /// Whether the story has an org chart and an article: which views it offers.
    pub has_org_chart: bool,
    pub has_article: bool,
    /// Which organizations are collapsed in the chart (by index).
    pub collapsed: Vec<bool>,
    /// What the URL's fragment names: the last thing the reader chose.
    pub route: Route,
    /// Embed mode (`?embed=1`): a compact title, a link to the full page, no footer.
    pub embed: bool,
    /// The host page's address inside an embed, where known (`?parentUrl=`, from pym.js or our embed code):
    /// what share links name.
    pub host: Option<Rc<str>>,
    /// The story's timeline (derived once, shared).
    pub timeline: Shared<Timeline>,
    /// The story's organizations as a tree (derived once, shared).
    pub tree: Shared<OrgTree>,
    /// What cites each sentence of the article (derived once, shared).
    pub citations: Shared<Citations>,
}

/// A change the reader asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    SetLang2(Option<Lang>),
    ToggleLang2,
    Select(Option<usize>),
    Next,
    Prev,
    First,
    Last,
    Zoom(Scale),
    ToggleSources,
    /// Select an organization in the chart (`None` clears).
    SelectNode(Option<usize>),
    /// Select an organization and make sure the chart is shown (from the event card).
    ShowNode(usize),
    /// Select an event and make sure the timeline is shown (from the chart's details).
    ShowEvent(usize),
    /// Highlight a sentence in the article view, and show that view.
    ShowSentence(usize),
    /// Show only these events on the timeline (`None`: all); the steps then go through them alone.
    Filter(Option<Shared<Vec<bool>>>),
    /// Show only the events of this group (`None`: all), as a filter does.
    SetGroup(Option<usize>),
    /// Follow a deep link (at load, Back / Forward, an edited fragment).
    Route(Route),
    ToggleNode(usize),
    ExpandAll,
    CollapseAll,
    SetView(View),
    SetEmbed(bool),
    /// The host page's address (only an http(s) one is taken).
    SetHost(Option<String>),
}

impl AppState {
    /// The state at load for `story`: the title card (or what `route` names), every organization expanded.
    pub fn new(story: &Story, lang: Lang, lang2: Option<Lang>, view: View, route: Route) -> AppState {
        let languages = story.languages;
        let (timeline, tree) = (Shared::new(Timeline::new(story)), Shared::new(OrgTree::new(story)));
        let citations = Shared::new(Citations::new(story));
        let state = AppState {
            languages,
            lang: if languages.contains(lang) { lang } else { languages.original },
            lang2: None,
            selected: None,
            scale: Scale::History,
            sources_open: false,
            view: view.fit(story.has_org_chart(), story.has_article()),
            has_org_chart: story.has_org_chart(),
            has_article: story.has_article(),
            node: None,
            sentence: None,
            filter: None,
            group: None,
            event_groups: Shared::new(story.events.iter().map(|e| e.group.map(usize::from)).collect()),
            collapsed: vec![false; tree.parent.len()],
            route: Route::Title,
            embed: false,
            host: None,
            timeline,
            tree,
            citations,
        };
        state.apply(Action::SetLang2(lang2)).apply(Action::Route(route))
    }

    /// For each event, whether the selected organization (or one inside it) took part in it.
    pub fn highlighted_events(&self, story: &crate::model::Story) -> Vec<bool> {
        match self.node {
            Some(node) => crate::model::org_tree::events_of(story, &self.tree, node),
            None => vec![false; story.events.len()],
        }
    }

    /// The state after `action`. Out-of-range requests are clamped or ignored, never a panic.
    pub fn apply(&self, action: Action) -> AppState {
        let count = self.timeline.event_count;
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) if !self.languages.contains(lang) => {}
            Action::SetLang(lang) => {
                if next.lang2 == Some(lang) {
                    next.lang2 = Some(self.lang);
                }
                next.lang = lang;
            }
            Action::SetLang2(lang2) => next.lang2 = lang2.filter(|&l| l != self.lang && self.languages.contains(l)),
            Action::ToggleLang2 => {
                next.lang2 = match self.lang2 {
                    Some(_) => None,
                    None => self.languages.second_for(self.lang),
                }
            }
            Action::Select(selected) => next.select(selected.filter(|&i| i < count)),
            Action::Next => {
                let from = self.selected.map_or(0, |i| i + 1);
                next.select((from..count).find(|&i| self.shown(i)).or(self.selected))
            }
            Action::Prev => next.select(self.selected.and_then(|i| (0..i).rev().find(|&i| self.shown(i)))),
            Action::First => next.select((0..count).find(|&i| self.shown(i))),
            Action::Last => next.select((0..count).rev().find(|&i| self.shown(i))),
            Action::Zoom(Scale::History) => next.scale = Scale::History,
            Action::Zoom(Scale::Day(c)) => {
                if let Some(cluster) = self.timeline.clusters.get(c) {
                    next.scale = Scale::Day(c);
                    if !self.selected.is_some_and(|i| cluster.contains(i)) {
                        next.select(Some(cluster.first));
                    }
                }
            }
            Action::ToggleSources => next.sources_open = !self.sources_open,
            Action::SelectNode(node) => next.select_node(node),
            Action::ShowNode(node) => {
                next.select_node(Some(node));
                if !next.view.shows_org() && next.node.is_some() {
                    next.view = View::Both;
                }
            }
            Action::ShowEvent(event) => {
                next.select(Some(event).filter(|&i| i < count));
                if !next.view.shows_timeline() && next.selected.is_some() {
                    next.view = View::Both.fit(self.has_org_chart, self.has_article);
                }
            }
            Action::ShowSentence(s) | Action::Route(Route::Sentence(s)) => {
                if s < self.citations.sentence_count() {
                    next.sentence = Some(s);
                    next.view = View::Article;
                    next.route = Route::Sentence(s);
                }
            }
            Action::Filter(filter) => next.filter = filter.filter(|f| f.len() == count),
            Action::SetGroup(group) => {
                next.group = group.filter(|g| self.event_groups.contains(&Some(*g)));
            }
            Action::Route(route) => {
                match route {
                    Route::Event(i) => next.select(Some(i).filter(|&i| i < count)),
                    Route::Node(i) => next.select_node(Some(i)),
                    _ => next.select(None),
                }
                // Back from a sentence to an event, a node or the title: leave the article for the views.
                if matches!(self.route, Route::Sentence(_)) && self.view == View::Article {
                    next.view = View::Both.fit(self.has_org_chart, self.has_article);
                }
            }
            Action::ToggleNode(i) => {
                if let Some(c) = next.collapsed.get_mut(i) {
                    *c = !*c && !self.tree.children[i].is_empty();
                }
            }
            Action::ExpandAll => next.collapsed.fill(false),
            Action::CollapseAll => {
                for (i, c) in next.collapsed.iter_mut().enumerate() {
                    *c = !self.tree.children[i].is_empty();
                }
            }
            Action::SetView(view) => {
                let view = view.fit(self.has_org_chart, self.has_article);
                next.view = view;
                if view != View::Article && matches!(self.route, Route::Sentence(_)) {
                    next.route = next.fallback_route();
                }
            }
            Action::SetEmbed(embed) => next.embed = embed,
            Action::SetHost(host) => next.host = host.filter(|h| is_web_page(h)).map(Rc::from),
        }
        next
    }

    /// Whether event `i` is on the timeline, filtered by search and by group.
    pub fn shown(&self, i: usize) -> bool {
        self.filter.as_ref().is_none_or(|f| f[i]) && self.group.is_none_or(|g| self.event_groups[i] == Some(g))
    }

    /// What the URL names when it names no sentence: the selected node, else the event, else the title.
    fn fallback_route(&self) -> Route {
        match (self.node, self.selected) {
            (Some(i), _) => Route::Node(i),
            (None, Some(e)) => Route::Event(e),
            (None, None) => Route::Title,
        }
    }

    fn select(&mut self, selected: Option<usize>) {
        self.selected = selected;
        self.scale = selected.map_or(Scale::History, |i| self.timeline.scale_of(i));
        self.route = Route::from(selected);
    }

    fn select_node(&mut self, node: Option<usize>) {
        let node = node.filter(|&i| i < self.collapsed.len());
        self.node = node;
        if let Some(i) = node {
            // A selected node is never hidden inside a collapsed one.
            let mut up = self.tree.parent[i];
            while let Some(p) = up {
                self.collapsed[p] = false;
                up = self.tree.parent[p];
            }
        }
        self.route = self.fallback_route();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::fixtures::seoul_beijing::STORY;

    fn start_with(lang: Lang, lang2: Option<Lang>, view: View, route: Route) -> AppState {
        AppState::new(&STORY, lang, lang2, view, route)
    }

    fn start() -> AppState {
        start_with(Lang::En, None, View::Both, Route::Title)
    }

    fn org(id: &str) -> usize {
        STORY.organization_index(id).unwrap()
    }

    fn day_first() -> usize {
        Timeline::new(&STORY).clusters[0].first
    }

    #[test]
    fn steps_from_the_title_card_through_every_event_and_back() {
        let mut state = start();
        assert_eq!(state.selected, None);
        for i in 0..STORY.events.len() {
            state = state.apply(Action::Next);
            assert_eq!(state.selected, Some(i));
        }
        assert_eq!(state.apply(Action::Next).selected, Some(STORY.events.len() - 1), "next stops at the end");
        for i in (0..STORY.events.len() - 1).rev() {
            state = state.apply(Action::Prev);
            assert_eq!(state.selected, Some(i));
        }
        assert_eq!(state.apply(Action::Prev).selected, None, "prev from the first event is the title card");
        assert_eq!(start().apply(Action::Prev).selected, None);
    }

    #[test]
    fn home_and_end() {
        assert_eq!(start().apply(Action::Last).selected, Some(STORY.events.len() - 1));
        assert_eq!(start().apply(Action::Last).apply(Action::First).selected, Some(0));
    }

    #[test]
    fn the_scale_follows_the_selection() {
        let day = day_first();
        let state = start().apply(Action::Select(Some(day - 1)));
        assert_eq!(state.scale, Scale::History);
        let state = state.apply(Action::Next);
        assert_eq!(state.scale, Scale::Day(0));
        let state = state.apply(Action::Last);
        assert_eq!(state.scale, Scale::History);
    }

    #[test]
    fn zooming_in_opens_the_day_at_its_first_event_and_zooming_out_keeps_the_selection() {
        let state = start().apply(Action::Zoom(Scale::Day(0)));
        assert_eq!((state.scale, state.selected), (Scale::Day(0), Some(day_first())));
        let inside = start().apply(Action::Select(Some(day_first() + 2))).apply(Action::Zoom(Scale::Day(0)));
        assert_eq!(inside.selected, Some(day_first() + 2));
        let out = inside.apply(Action::Zoom(Scale::History));
        assert_eq!((out.scale, out.selected), (Scale::History, Some(day_first() + 2)));
        let state = start();
        assert_eq!(state.apply(Action::Zoom(Scale::Day(99))), state);
    }

    #[test]
    fn out_of_range_selection_is_ignored() {
        assert_eq!(start().apply(Action::Select(Some(10_000))).selected, None);
    }

    #[test]
    fn second_language_never_repeats_the_first() {
        let state = start().apply(Action::SetLang2(Some(Lang::Ko)));
        assert_eq!(state.lang2, Some(Lang::Ko));
        let swapped = state.apply(Action::SetLang(Lang::Ko));
        assert_eq!((swapped.lang, swapped.lang2), (Lang::Ko, Some(Lang::En)));
        assert_eq!(start().apply(Action::SetLang2(Some(Lang::En))).lang2, None);
        let toggled = start().apply(Action::ToggleLang2);
        assert_eq!(toggled.lang2, Some(Lang::Ko));
        assert_eq!(toggled.apply(Action::ToggleLang2).lang2, None);
        let korean = start_with(Lang::Ko, Some(Lang::Ko), View::Both, Route::Title);
        assert_eq!(korean.lang2, None);
        assert_eq!(korean.apply(Action::ToggleLang2).lang2, Some(Lang::En));
    }

    #[test]
    fn switching_language_keeps_the_event() {
        let state = start().apply(Action::Select(Some(3))).apply(Action::SetLang(Lang::Zh));
        assert_eq!((state.lang, state.selected), (Lang::Zh, Some(3)));
    }

    #[test]
    fn views_parse_and_fall_back() {
        for view in View::ALL {
            assert_eq!(View::from_code(view.code()), Some(view));
        }
        assert_eq!(View::from_code("Org"), None);
        assert_eq!(View::from_code(""), None);
        assert_eq!(View::default(), View::Both);
    }

    #[test]
    fn switching_views_keeps_both_selections() {
        let state = start().apply(Action::Select(Some(2))).apply(Action::SelectNode(Some(org("team-culture"))));
        for view in View::ALL {
            let switched = state.apply(Action::SetView(view));
            assert_eq!((switched.selected, switched.node), (Some(2), Some(org("team-culture"))));
        }
    }

    #[test]
    fn the_url_names_the_last_choice() {
        let state = start().apply(Action::Select(Some(2)));
        assert_eq!(state.route, Route::Event(2));
        let state = state.apply(Action::SelectNode(Some(1)));
        assert_eq!(state.route, Route::Node(1));
        assert_eq!(state.apply(Action::Next).route, Route::Event(3));
        assert_eq!(state.apply(Action::SelectNode(None)).route, Route::Event(2));
        assert_eq!(start_with(Lang::En, None, View::Both, Route::Node(3)).node, Some(3));
        assert_eq!(start().apply(Action::Route(Route::Event(4))).selected, Some(4));
    }

    #[test]
    fn showing_a_node_or_event_reveals_its_view() {
        let timeline_only = start_with(Lang::En, None, View::Timeline, Route::Title);
        assert_eq!(timeline_only.apply(Action::SelectNode(Some(1))).view, View::Timeline);
        assert_eq!(timeline_only.apply(Action::ShowNode(1)).view, View::Both);
        let org_only = start_with(Lang::En, None, View::Org, Route::Title);
        let shown = org_only.apply(Action::ShowEvent(3));
        assert_eq!((shown.view, shown.selected), (View::Both, Some(3)));
        assert_eq!(org_only.apply(Action::ShowEvent(10_000)).view, View::Org);
    }

    #[test]
    fn a_sentence_opens_the_article_view_and_leaving_it_names_the_event_again() {
        let state = start().apply(Action::Select(Some(2))).apply(Action::ShowSentence(4));
        assert_eq!((state.view, state.sentence, state.route), (View::Article, Some(4), Route::Sentence(4)));
        let back = state.apply(Action::SetView(View::Timeline));
        assert_eq!((back.route, back.sentence), (Route::Event(2), Some(4)));
        let back = state.apply(Action::Route(Route::Event(2)));
        assert_eq!((back.view, back.selected), (View::Both, Some(2)), "Back from a sentence leaves the article");
        let tab = start_with(Lang::En, None, View::Article, Route::Event(3));
        assert_eq!(
            (tab.view, tab.selected),
            (View::Article, Some(3)),
            "?view=article with #event- stays in the article"
        );
        let routed = start().apply(Action::Route(Route::Sentence(1)));
        assert_eq!((routed.view, routed.sentence), (View::Article, Some(1)));
        let unknown = start().apply(Action::ShowSentence(10_000));
        assert_eq!(
            (unknown.view, unknown.sentence, unknown.route),
            (View::Both, None, Route::Title),
            "unknown: no change"
        );
        assert!(!View::Article.shows_timeline() && !View::Article.shows_org());
        let shown = state.apply(Action::ShowEvent(5));
        assert_eq!((shown.view, shown.route), (View::Both, Route::Event(5)));
    }

    #[test]
    fn a_group_limits_the_steps_to_its_events() {
        let story = &crate::story::fixtures::imported::STORY;
        let state = AppState::new(story, Lang::En, None, View::Both, Route::Title);
        let navigation = story.groups.iter().position(|g| g.id == "navigation").unwrap();
        let members: Vec<usize> =
            (0..story.events.len()).filter(|&i| story.events[i].group == Some(navigation as u16)).collect();
        assert!(members.len() >= 2 && members[0] > 0);
        let grouped = state.apply(Action::SetGroup(Some(navigation)));
        assert_eq!(grouped.apply(Action::Next).selected, Some(members[0]));
        assert_eq!(grouped.apply(Action::Last).selected, members.last().copied());
        assert_eq!(grouped.apply(Action::Next).apply(Action::Next).selected, Some(members[1]));
        assert_eq!(grouped.apply(Action::SetGroup(None)).apply(Action::Next).selected, Some(0));
        assert_eq!(state.apply(Action::SetGroup(Some(99))).group, None, "a group the story lacks is refused");
    }

    #[test]
    fn a_story_without_an_article_or_organizations_has_the_timeline_alone() {
        let story = &crate::story::fixtures::imported::STORY;
        assert_eq!(View::offered(story), vec![View::Timeline]);
        let state = AppState::new(story, Lang::En, None, View::Both, Route::Title);
        assert_eq!(state.view, View::Timeline);
        for view in View::ALL {
            assert_eq!(state.apply(Action::SetView(view)).view, View::Timeline, "{view:?}");
        }
        assert_eq!(state.apply(Action::ShowSentence(0)).view, View::Timeline);
        assert_eq!(View::offered(&STORY), View::ALL.to_vec(), "the first story offers every view");
    }

    #[test]
    fn only_a_web_address_is_taken_as_the_host_page() {
        let host = |url: &str| start().apply(Action::SetHost(Some(url.into()))).host.map(|h| h.to_string());
        assert_eq!(host("https://news.example/a?b=1&c='d'").as_deref(), Some("https://news.example/a?b=1&c='d'"));
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "//news.example/a",
            "https://x.example/\"><b>",
            "https://x .example",
        ] {
            assert_eq!(host(bad), None, "{bad}");
        }
        let set = start().apply(Action::SetHost(Some("https://news.example/a".into())));
        assert!(set.host.is_some());
        assert_eq!(set.apply(Action::SetHost(None)).host, None, "cleared");
    }

    #[test]
    fn a_filter_limits_the_steps_to_its_events() {
        let count = STORY.events.len();
        let only = |events: &[usize]| Shared::new((0..count).map(|i| events.contains(&i)).collect::<Vec<_>>());
        let state = start().apply(Action::Filter(Some(only(&[2, 5, 7]))));
        assert_eq!(state.apply(Action::Next).selected, Some(2));
        assert_eq!(state.apply(Action::Last).selected, Some(7));
        assert_eq!(state.apply(Action::Last).apply(Action::First).selected, Some(2));
        let at5 = state.apply(Action::Select(Some(5)));
        assert_eq!(at5.apply(Action::Next).selected, Some(7));
        assert_eq!(at5.apply(Action::Prev).selected, Some(2));
        assert_eq!(at5.apply(Action::Next).apply(Action::Next).selected, Some(7), "stays on the last match");
        assert_eq!(at5.apply(Action::Prev).apply(Action::Prev).selected, None, "before the first is the title card");
        let at3 = state.apply(Action::Select(Some(3)));
        assert_eq!(at3.selected, Some(3), "a filter never moves the selection by itself");
        assert_eq!(at3.apply(Action::Next).selected, Some(5));
        let none = start().apply(Action::Filter(Some(only(&[]))));
        assert_eq!(none.apply(Action::Next).selected, None);
        assert_eq!(state.apply(Action::Filter(None)).apply(Action::Last).selected, Some(count - 1));
        let wrong = Shared::new(vec![true; count + 1]);
        assert_eq!(start().apply(Action::Filter(Some(wrong))).filter, None, "a filter of the wrong length is refused");
    }

    #[test]
    fn expand_and_collapse_one_and_all() {
        let env = org("team-environment");
        let state = start().apply(Action::ToggleNode(env));
        assert!(state.collapsed[env]);
        assert!(!state.apply(Action::ToggleNode(env)).collapsed[env]);
        let leaf = org("seoul-climate-environment-hq");
        assert!(!state.apply(Action::ToggleNode(leaf)).collapsed[leaf], "a leaf never collapses");
        let all = start().apply(Action::CollapseAll);
        assert!(all.collapsed[org("integration-committee")] && all.collapsed[env] && !all.collapsed[leaf]);
        assert!(all.apply(Action::ExpandAll).collapsed.iter().all(|c| !c));
        // Selecting a hidden node opens its ancestors.
        let opened = all.apply(Action::SelectNode(Some(leaf)));
        assert!(!opened.collapsed[env] && !opened.collapsed[org("integration-committee")]);
        let state = start();
        assert_eq!(state.apply(Action::ToggleNode(10_000)), state);
    }

    #[test]
    fn a_selected_node_highlights_its_events() {
        let state = start().apply(Action::SelectNode(Some(org("team-environment"))));
        let lit = state.highlighted_events(&STORY);
        assert_eq!(lit.iter().filter(|&&on| on).count(), 1);
        assert!(start().highlighted_events(&STORY).iter().all(|on| !on));
    }
}
