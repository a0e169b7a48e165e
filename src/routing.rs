//! Deep links: `#event-<id>` (TimelineJS's convention) and `?event=<id>` choose the shown event.
//! Pure functions of strings; the browser glue reads and writes the URL.

use crate::model::Story;

/// The prefix of an event's fragment.
pub const EVENT_PREFIX: &str = "#event-";

/// The event a URL fragment names, if it names one of the story's events. Anything else is ignored.
pub fn event_from_hash(story: &Story, hash: &str) -> Option<usize> {
    hash.strip_prefix(EVENT_PREFIX).and_then(|id| story.event_index(id))
}

/// The event to open at load: the fragment wins, then `?event=`; `None` opens the title card.
pub fn initial_event(story: &Story, hash: &str, query_event: Option<&str>) -> Option<usize> {
    event_from_hash(story, hash).or_else(|| query_event.and_then(|id| story.event_index(id)))
}

/// The fragment for a selection: `#event-<id>`, or empty for the title card.
pub fn hash_for(story: &Story, selected: Option<usize>) -> String {
    selected.and_then(|i| story.events.get(i)).map_or(String::new(), |e| format!("{EVENT_PREFIX}{}", e.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::STORY;

    #[test]
    fn hashes_round_trip_for_every_event() {
        for i in 0..STORY.events.len() {
            assert_eq!(event_from_hash(&STORY, &hash_for(&STORY, Some(i))), Some(i));
        }
        assert_eq!(hash_for(&STORY, None), "");
        assert_eq!(hash_for(&STORY, Some(usize::MAX)), "");
    }

    #[test]
    fn the_fragment_beats_the_query() {
        let first = STORY.events[0].id;
        let last = STORY.events[STORY.events.len() - 1].id;
        let hash = format!("#event-{last}");
        assert_eq!(initial_event(&STORY, &hash, Some(first)), Some(STORY.events.len() - 1));
        assert_eq!(initial_event(&STORY, "", Some(first)), Some(0));
        assert_eq!(initial_event(&STORY, "#event-nope", Some(first)), Some(0));
    }

    #[test]
    fn hostile_values_open_the_title_card() {
        let long = "x".repeat(20_000);
        for hash in ["", "#", "#event-", "#event-<script>", "#EVENT-sister-cities", "#event-sister-cities%00", &long] {
            assert_eq!(initial_event(&STORY, hash, Some(&long)), None, "{hash:.40}");
        }
    }
}
