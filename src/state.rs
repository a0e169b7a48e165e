//! The page's state in one place, and every way it changes: a pure reducer, tested natively.

use crate::model::{Lang, Scale, Timeline};
use std::rc::Rc;

/// Everything the reader has chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
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
    /// The story's timeline (derived once, shared).
    pub timeline: Rc<Timeline>,
}

/// A change the reader asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
}

impl AppState {
    /// The state at load: the title card (or `selected`), on the scale of the selected event.
    pub fn new(timeline: Rc<Timeline>, lang: Lang, lang2: Option<Lang>, selected: Option<usize>) -> AppState {
        let state =
            AppState { lang, lang2: None, selected: None, scale: Scale::History, sources_open: false, timeline };
        state.apply(Action::SetLang2(lang2)).apply(Action::Select(selected))
    }

    /// The state after `action`. Out-of-range requests are clamped or ignored, never a panic.
    pub fn apply(&self, action: Action) -> AppState {
        let count = self.timeline.event_count;
        let last = count.checked_sub(1);
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => {
                if next.lang2 == Some(lang) {
                    next.lang2 = Some(self.lang);
                }
                next.lang = lang;
            }
            Action::SetLang2(lang2) => next.lang2 = lang2.filter(|&l| l != self.lang),
            Action::ToggleLang2 => {
                next.lang2 = match self.lang2 {
                    Some(_) => None,
                    None => Some(if self.lang == Lang::Ko { Lang::En } else { Lang::Ko }),
                }
            }
            Action::Select(selected) => next.select(selected.filter(|&i| i < count)),
            Action::Next => next.select(match self.selected {
                None => last.map(|_| 0),
                Some(i) => Some((i + 1).min(last.unwrap_or(0))),
            }),
            Action::Prev => next.select(self.selected.and_then(|i| i.checked_sub(1))),
            Action::First => next.select(last.map(|_| 0)),
            Action::Last => next.select(last),
            Action::Zoom(Scale::History) => next.scale = Scale::History,
            Action::Zoom(Scale::Day(c)) => {
                if let Some(cluster) = self.timeline.clusters.get(c) {
                    next.scale = Scale::Day(c);
                    if !self.selected.is_some_and(|i| cluster.contains(i)) {
                        next.selected = Some(cluster.first);
                    }
                }
            }
            Action::ToggleSources => next.sources_open = !self.sources_open,
        }
        next
    }

    fn select(&mut self, selected: Option<usize>) {
        self.selected = selected;
        self.scale = selected.map_or(Scale::History, |i| self.timeline.scale_of(i));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::STORY;

    fn start() -> AppState {
        AppState::new(Rc::new(Timeline::new(&STORY)), Lang::En, None, None)
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
        assert_eq!(start().apply(Action::Zoom(Scale::Day(99))), start());
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
        let korean = AppState::new(Rc::new(Timeline::new(&STORY)), Lang::Ko, Some(Lang::Ko), None);
        assert_eq!(korean.lang2, None);
        assert_eq!(korean.apply(Action::ToggleLang2).lang2, Some(Lang::En));
    }

    #[test]
    fn switching_language_keeps_the_event() {
        let state = start().apply(Action::Select(Some(3))).apply(Action::SetLang(Lang::Zh));
        assert_eq!((state.lang, state.selected), (Lang::Zh, Some(3)));
    }
}
