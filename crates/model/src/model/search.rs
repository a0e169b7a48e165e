//! Finding events, organizations and sentences by any of their text, in any of the story's languages whose
//! texts are here (in the browser, the languages loaded so far).
//!
//! The index is built once: every item's texts, folded (see [`fold`]), laid end to end in one string, with
//! the byte offset where each item ends. A query is folded the same way and looked for in that string with
//! the standard library's substring search; after a hit the search jumps to the next item, so each item is
//! counted once and the cost per keystroke is one pass over the folded text, with no allocation beyond the
//! folded query and the hits kept. Korean and Chinese need no word splitting: a substring is a match.

use super::story::{Story, Text};
use super::Lang;

/// What a search result is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HitKind {
    Event,
    Organization,
    Sentence,
}

/// One result: an item of the story, by kind and index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hit {
    pub kind: HitKind,
    pub index: usize,
}

/// What a search found: every matching item counted, the first `limit` kept, in story order
/// (events, then organizations, then sentences).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// The folded text of every item, searchable by substring.
#[derive(Debug)]
pub struct SearchIndex {
    /// Every item's folded texts, each item closed by [`SEPARATOR`] (which no folded query contains).
    text: String,
    /// For each item, the byte offset just past its separator, ascending.
    ends: Vec<u32>,
    items: Vec<Hit>,
    /// The languages indexed.
    languages: Vec<Lang>,
}

const SEPARATOR: char = '\u{0}';

impl SearchIndex {
    /// Folds and lays out every event (headline, text, group, media caption), organization (name, description, members, work)
    /// and sentence of `story`, in each of [`SearchIndex::languages_of`] `story`.
    pub fn new(story: &Story) -> SearchIndex {
        let languages = SearchIndex::languages_of(story);
        let mut index = SearchIndex { text: String::new(), ends: Vec::new(), items: Vec::new(), languages };
        for (i, event) in story.events.iter().enumerate() {
            let group = event.group.map(|g| story.groups[g as usize].name);
            let caption = event.media.and_then(|m| m.caption);
            let texts = [Some(event.headline), event.text, group, caption].into_iter().flatten();
            index.push(Hit { kind: HitKind::Event, index: i }, texts.collect::<Vec<_>>().iter());
        }
        for (i, org) in story.organizations.iter().enumerate() {
            let texts = [Some(org.name), org.description, org.members_note].into_iter().flatten();
            let work = org.work.iter().map(|w| w.text);
            index.push(Hit { kind: HitKind::Organization, index: i }, texts.chain(work).collect::<Vec<_>>().iter());
        }
        for (i, sentence) in story.article.sentences.iter().enumerate() {
            index.push(Hit { kind: HitKind::Sentence, index: i }, [sentence.text].iter());
        }
        index
    }

    /// The languages an index of `story` built now covers: the story's languages whose texts are here.
    pub fn languages_of(story: &Story) -> Vec<Lang> {
        story.languages.all.iter().copied().filter(|&l| story.texts.has(l)).collect()
    }

    /// The languages this index covers.
    pub fn languages(&self) -> &[Lang] {
        &self.languages
    }

    fn push<'a>(&mut self, item: Hit, texts: impl Iterator<Item = &'a Text>) {
        for text in texts {
            for &lang in &self.languages {
                fold_into(text.get(lang), &mut self.text);
                self.text.push('\n');
            }
        }
        self.text.push(SEPARATOR);
        self.ends.push(self.text.len() as u32);
        self.items.push(item);
    }

    /// The number of items in the index.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Every item whose text contains `query` (folded); a blank query finds nothing. Keeps the first `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Found {
        self.search_marking(query, limit, &mut [])
    }

    /// For each of the story's `event_count` events, whether its text contains `query`: the timeline's filter.
    pub fn matching_events(&self, query: &str, event_count: usize) -> Vec<bool> {
        let mut matching = vec![false; event_count];
        self.search_marking(query, 0, &mut matching);
        matching
    }

    /// [`search`](Self::search), and in the same pass marks in `events` (one flag per event of the story)
    /// each matching event: results and the timeline's filter from one scan.
    pub fn search_marking(&self, query: &str, limit: usize, events: &mut [bool]) -> Found {
        let mut found = Found::default();
        self.scan(query, |hit| {
            found.total += 1;
            if found.hits.len() < limit {
                found.hits.push(hit);
            }
            if let (HitKind::Event, Some(m)) = (hit.kind, events.get_mut(hit.index)) {
                *m = true;
            }
        });
        found
    }

    /// Calls `on_hit` for each item holding `query` (folded), in order, once per item.
    fn scan(&self, query: &str, mut on_hit: impl FnMut(Hit)) {
        let mut folded = String::with_capacity(query.len());
        fold_into(query.trim(), &mut folded);
        let folded = folded.trim();
        if folded.is_empty() {
            return;
        }
        let (mut start, mut item) = (0, 0);
        while let Some(at) = self.text[start..].find(folded) {
            let at = (start + at) as u32;
            // The items are in order and so are the hits: walk forward to the item holding this one.
            while self.ends[item] <= at {
                item += 1;
            }
            on_hit(self.items[item]);
            // Go on from the next item: each item counts once.
            start = self.ends[item] as usize;
            item += 1;
            if item == self.items.len() {
                break;
            }
        }
    }
}

/// Appends `s` to `out` folded for matching: Latin letters lower-cased and stripped of accents, full-width
/// forms made ASCII, the typographer's variants of quotes, dashes and middle dots made one, whitespace runs
/// made one space, combining marks and [`SEPARATOR`] dropped. Korean, Chinese and everything else stay as
/// they are, so no Unicode case tables are needed in the page.
pub fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        let c = fold(c);
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        if c != SEPARATOR {
            out.push(c);
        }
    }
}

/// Latin-1 Supplement letters U+00C0–U+00FF without their accents (`*`: kept as it is).
const LATIN_1: &[u8; 64] = b"aaaaaaaceeeeiiiidnooooo*ouuuuy*saaaaaaaceeeeiiiidnooooo*ouuuuy*y";
/// Latin Extended-A, U+0100–U+017F, without their accents.
const LATIN_EXTENDED_A: &[u8; 128] =
    b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// One character folded for matching (see [`fold_into`]); `SEPARATOR` means "drop it".
fn fold(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\u{C0}'..='\u{FF}' => match LATIN_1[c as usize - 0xC0] {
            b'*' => c,
            b => b as char,
        },
        '\u{100}'..='\u{17F}' => LATIN_EXTENDED_A[c as usize - 0x100] as char,
        '\u{300}'..='\u{36F}' | SEPARATOR => SEPARATOR,
        '\u{FF01}'..='\u{FF5E}' => fold(char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)),
        '\u{3000}' => ' ',
        '‘' | '’' | '‚' | '′' | '`' | '´' => '\'',
        '“' | '”' | '„' | '″' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        '·' | '‧' | '・' | '•' | '∙' | '⋅' => '·',
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(s: &str) -> String {
        let mut out = String::new();
        fold_into(s, &mut out);
        out
    }

    #[test]
    fn the_tables_cover_their_ranges() {
        assert_eq!(LATIN_1.len(), 0x100 - 0xC0);
        assert_eq!(LATIN_EXTENDED_A.len(), 0x180 - 0x100);
        assert_eq!(folded("ÀÉÎÕÜÇÑØßÿ"), "aeiouçnøsy".replace('ç', "c").replace('ø', "o"));
        assert_eq!(folded("ĀčĐěĞħİıĴĶŁŃŌŒŘŚŢŮŴŶŹſ"), "acdeghiijklnoorstuwyzs");
        assert_eq!(folded("×÷Þþ"), "×÷Þþ", "signs and thorn are kept");
    }

    #[test]
    fn latin_text_matches_without_case_or_accents() {
        assert_eq!(folded("Café  DÉJÀ\tvu"), "cafe deja vu");
        assert_eq!(folded("e\u{301}"), "e", "combining marks are dropped");
        assert_eq!(folded("ＡＢＣ１２"), "abc12", "full-width forms are ASCII");
        assert_eq!(folded("Park Won‑soon’s “MOU”"), "park won-soon's \"mou\"");
        assert_eq!(folded("서울‧베이징 · 北京・"), "서울·베이징 · 北京·");
    }
}
