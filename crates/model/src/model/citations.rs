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
