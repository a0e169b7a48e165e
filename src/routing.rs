//! Deep links: `#event-<id>` (TimelineJS's convention) and `?event=<id>` choose the shown event,
//! `#node-<id>` the selected organization, `#sentence-<id>` a sentence of the article view. Pure functions
//! of strings; the browser glue reads and writes the URL.

use crate::model::Story;

/// The prefix of an event's fragment.
pub const EVENT_PREFIX: &str = "#event-";
/// The prefix of an organization's fragment.
pub const NODE_PREFIX: &str = "#node-";
/// The prefix of a sentence's fragment (the article view).
pub const SENTENCE_PREFIX: &str = "#sentence-";

/// What a fragment points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// No (known) target: the title card.
    Title,
    Event(usize),
    Node(usize),
    /// A sentence of the article, highlighted in the article view.
    Sentence(usize),
}

/// What a URL fragment names. Anything unknown or malformed is the title card.
pub fn route_from_hash(story: &Story, hash: &str) -> Route {
    if let Some(i) = hash.strip_prefix(EVENT_PREFIX).and_then(|id| story.event_index(id)) {
        Route::Event(i)
    } else if let Some(i) = hash.strip_prefix(NODE_PREFIX).and_then(|id| story.organization_index(id)) {
        Route::Node(i)
    } else if let Some(i) = hash.strip_prefix(SENTENCE_PREFIX).and_then(|id| story.sentence_index(id)) {
        Route::Sentence(i)
    } else {
        Route::Title
    }
}

/// The route a changed fragment asks for; `None` for fragments that are not routes at all (the skip link's
/// `#timeline`, say), which leave the state alone.
pub fn route_change(story: &Story, hash: &str) -> Option<Route> {
    let is_route = hash.is_empty()
        || hash == "#"
        || [EVENT_PREFIX, NODE_PREFIX, SENTENCE_PREFIX].iter().any(|p| hash.starts_with(p));
    is_route.then(|| route_from_hash(story, hash))
}

/// Where to start: the fragment wins, then `?event=`.
pub fn initial_route(story: &Story, hash: &str, query_event: Option<&str>) -> Route {
    match route_from_hash(story, hash) {
        Route::Title => query_event.and_then(|id| story.event_index(id)).map_or(Route::Title, Route::Event),
        route => route,
    }
}

/// The fragment for a route: `#event-<id>`, `#node-<id>`, or empty for the title card.
pub fn hash_for(story: &Story, route: Route) -> String {
    match route {
        Route::Event(i) => story.events.get(i).map_or(String::new(), |e| format!("{EVENT_PREFIX}{}", e.id)),
        Route::Node(i) => story.organizations.get(i).map_or(String::new(), |o| format!("{NODE_PREFIX}{}", o.id)),
        Route::Sentence(i) => {
            story.article.sentences.get(i).map_or(String::new(), |s| format!("{SENTENCE_PREFIX}{}", s.id))
        }
        Route::Title => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::STORY;

    #[test]
    fn hashes_round_trip_for_every_event_and_node() {
        for i in 0..STORY.events.len() {
            assert_eq!(route_from_hash(&STORY, &hash_for(&STORY, Route::Event(i))), Route::Event(i));
        }
        for i in 0..STORY.organizations.len() {
            assert_eq!(route_from_hash(&STORY, &hash_for(&STORY, Route::Node(i))), Route::Node(i));
        }
        for i in 0..STORY.article.sentences.len() {
            assert_eq!(route_from_hash(&STORY, &hash_for(&STORY, Route::Sentence(i))), Route::Sentence(i));
        }
        assert_eq!(hash_for(&STORY, Route::Sentence(0)), "#sentence-p1-s1");
        assert_eq!(hash_for(&STORY, Route::Title), "");
        assert_eq!(hash_for(&STORY, Route::Event(usize::MAX)), "");
    }

    #[test]
    fn the_fragment_beats_the_query() {
        let first = STORY.events[0].id;
        let last = STORY.events.len() - 1;
        let hash = format!("#event-{}", STORY.events[last].id);
        assert_eq!(initial_route(&STORY, &hash, Some(first)), Route::Event(last));
        assert_eq!(initial_route(&STORY, "", Some(first)), Route::Event(0));
        assert_eq!(initial_route(&STORY, "#event-nope", Some(first)), Route::Event(0));
        let node = format!("#node-{}", STORY.organizations[2].id);
        assert_eq!(initial_route(&STORY, &node, Some(first)), Route::Node(2));
    }

    #[test]
    fn other_fragments_are_not_routes() {
        assert_eq!(route_change(&STORY, "#timeline"), None);
        assert_eq!(route_change(&STORY, "#main"), None);
        assert_eq!(route_change(&STORY, ""), Some(Route::Title));
        assert_eq!(route_change(&STORY, "#event-nope"), Some(Route::Title));
        assert_eq!(route_change(&STORY, &format!("#event-{}", STORY.events[1].id)), Some(Route::Event(1)));
    }

    #[test]
    fn hostile_values_open_the_title_card() {
        let long = "x".repeat(20_000);
        for hash in
            ["", "#", "#event-", "#node-", "#event-<script>", "#EVENT-sister-cities", "#node-team-economy%20", &long]
        {
            assert_eq!(initial_route(&STORY, hash, Some(&long)), Route::Title, "{hash:.40}");
        }
    }
}
