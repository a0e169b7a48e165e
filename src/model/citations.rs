//! Which events, organizations and people cite each sentence of the article: the article view marks the
//! cited sentences and lists, for one, everything that rests on it.

use super::story::Story;

/// Something that cites a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Citer {
    Event(usize),
    Organization(usize),
    Person(usize),
}

/// For each sentence, what cites it, in story order (events, organizations, people); built once.
#[derive(Debug, PartialEq)]
pub struct Citations {
    by_sentence: Vec<Vec<Citer>>,
}

impl Citations {
    pub fn new(story: &Story) -> Citations {
        let mut by_sentence = vec![Vec::new(); story.article.sentences.len()];
        let mut cite = |sources: &[super::Index], citer: Citer| {
            for &s in sources {
                let list: &mut Vec<Citer> = &mut by_sentence[s as usize];
                if list.last() != Some(&citer) {
                    list.push(citer);
                }
            }
        };
        for (i, event) in story.events.iter().enumerate() {
            cite(event.sources, Citer::Event(i));
        }
        for (i, org) in story.organizations.iter().enumerate() {
            cite(org.sources, Citer::Organization(i));
            for work in org.work {
                cite(work.sources, Citer::Organization(i));
            }
        }
        for (i, person) in story.people.iter().enumerate() {
            cite(person.sources, Citer::Person(i));
        }
        Citations { by_sentence }
    }

    /// The number of sentences in the article.
    pub fn sentence_count(&self) -> usize {
        self.by_sentence.len()
    }

    /// What cites sentence `s` (nothing for an unknown one).
    pub fn of(&self, s: usize) -> &[Citer] {
        self.by_sentence.get(s).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::fixtures::seoul_beijing::STORY;

    fn sentence(id: &str) -> usize {
        STORY.article.sentences.iter().position(|s| s.id == id).unwrap()
    }

    #[test]
    fn every_source_of_every_event_organization_and_person_is_cited_by_it() {
        let citations = Citations::new(&STORY);
        for (i, event) in STORY.events.iter().enumerate() {
            for &s in event.sources {
                assert!(citations.of(s as usize).contains(&Citer::Event(i)));
            }
        }
        for (i, org) in STORY.organizations.iter().enumerate() {
            for &s in org.sources.iter().chain(org.work.iter().flat_map(|w| w.sources)) {
                assert!(citations.of(s as usize).contains(&Citer::Organization(i)));
            }
        }
        for (i, person) in STORY.people.iter().enumerate() {
            for &s in person.sources {
                assert!(citations.of(s as usize).contains(&Citer::Person(i)));
            }
        }
    }

    #[test]
    fn lists_are_in_story_order_without_repeats() {
        let citations = Citations::new(&STORY);
        for s in 0..STORY.article.sentences.len() {
            let list = citations.of(s);
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        let p2 = citations.of(sentence("p2-s1"));
        assert!(p2.contains(&Citer::Event(STORY.event_index("sister-cities").unwrap())));
        assert!(citations.of(usize::MAX).is_empty());
    }
}
