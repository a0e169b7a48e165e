//! The timeline's two scales, derived from a story's events: the whole history, and a day view for each
//! calendar day that holds several events. On the history axis such a day is one cluster marker.
//!
//! Built once per story; everything the navigator draws (positions, breaks, ticks) comes from here.

use super::layout::{thin_labels, AxisLayout};
use super::{PartialDate, Story};

/// One minute more than a day: how far past the day's last time an event of unknown time is placed,
/// so that the layout cuts the stretch short and marks it.
const UNTIMED_OFFSET: i64 = 24 * 60 + 1;

/// The least distance between neighbouring markers, as a fraction of the axis: 34 px on a 320 px
/// phone, where the axis is 260 px wide (see `.axis` in styles/components.css).
pub const MIN_SPACING: f64 = 0.13;

/// How many markers an axis shows at once: as many as stay `MIN_SPACING` apart. A longer axis shows a
/// window of this many around the selection, so the page holds a few dozen markers whatever the story's size.
pub const WINDOW: usize = 8;

/// A calendar day with two or more events, shown hour by hour.
#[derive(Clone, Debug, PartialEq)]
pub struct DayCluster {
    /// The day (year, month and day known).
    pub date: PartialDate,
    /// The events of the day: `first..first + count` in the story.
    pub first: usize,
    pub count: usize,
    /// The minute of the day of each event (in story order); events with no time after the last, so that
    /// the layout cuts the stretch short and marks it.
    times: Vec<i64>,
}

impl DayCluster {
    /// Whether the story's event `event` belongs to this day.
    pub fn contains(&self, event: usize) -> bool {
        (self.first..self.first + self.count).contains(&event)
    }

    /// The day's events around `selected` (or its first), laid out, with whole hours as labels.
    pub fn window(&self, selected: Option<usize>) -> DayWindow {
        let focus = selected.filter(|&e| self.contains(e)).map_or(0, |e| e - self.first);
        let window = AxisWindow::around(&self.times, focus);
        let timed = || self.times[window.items.clone()].iter().copied().filter(|&t| t < UNTIMED_OFFSET);
        let hours = match (timed().min(), timed().max()) {
            (Some(a), Some(b)) => thin_labels(
                ((a + 59) / 60..=b / 60).map(|h| (h as u8, window.layout.x_at(h * 60))).collect(),
                MIN_SPACING,
            ),
            _ => vec![],
        };
        let items = window.items.start + self.first..window.items.end + self.first;
        DayWindow { window: AxisWindow { items, ..window }, hours }
    }
}

/// Part of an axis, laid out: which of its items it shows, where they sit, and whether more lie beyond.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisWindow {
    /// The items shown (history items, or the story's events for a day).
    pub items: std::ops::Range<usize>,
    /// Their positions, in the order of `items`.
    pub layout: AxisLayout,
    pub more_before: bool,
    pub more_after: bool,
}

impl AxisWindow {
    /// At most `WINDOW` of `times` (in order), around `focus`, laid out.
    fn around(times: &[i64], focus: usize) -> AxisWindow {
        let n = times.len();
        let start = focus.saturating_sub(WINDOW / 2).min(n.saturating_sub(WINDOW));
        let end = (start + WINDOW).min(n);
        let layout = AxisLayout::new(&times[start..end], MIN_SPACING);
        AxisWindow { items: start..end, layout, more_before: start > 0, more_after: end < n }
    }
}

/// The shown part of the history axis, with year labels.
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryWindow {
    pub window: AxisWindow,
    /// (year, position), one per year that has a marker, thinned.
    pub years: Vec<(i32, f64)>,
}

/// An era as the shown stretch of the axis holds it: from and to (fractions of the axis, clipped to it),
/// and its lane, so that overlapping eras sit one above the other.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EraSpan {
    /// Index into the story's `eras`.
    pub era: usize,
    pub from: f64,
    pub to: f64,
    pub lane: usize,
}

/// The shown part of a day's axis, with hour labels.
#[derive(Clone, Debug, PartialEq)]
pub struct DayWindow {
    pub window: AxisWindow,
    /// Whole hours from the shown events' first to last time, with their positions, thinned.
    pub hours: Vec<(u8, f64)>,
}

/// What the history axis shows: a single event, or a day cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryItem {
    Event(usize),
    Cluster(usize),
}

/// The scale the navigator shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    History,
    Day(usize),
}

/// A story's timeline: its history axis and its day views.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub event_count: usize,
    pub clusters: Vec<DayCluster>,
    pub history: Vec<HistoryItem>,
    /// The first and last year of the story.
    pub span: Option<(i32, i32)>,
    /// The time (minutes) and year of each history item.
    history_times: Vec<i64>,
    history_years: Vec<i32>,
    /// Each era's start and end (minutes).
    era_times: Vec<(i64, i64)>,
    /// For each event, the history item that shows it (itself, or its day).
    item_of: Vec<usize>,
}

impl Timeline {
    /// Derives the timeline of a story whose events are in chronological order; linear in its size.
    pub fn new(story: &Story) -> Timeline {
        let dates: Vec<PartialDate> = story.events.iter().map(|e| e.when.date).collect();
        let clusters =
            day_groups(&dates).into_iter().map(|(first, count)| day_cluster(&dates, first, count)).collect::<Vec<_>>();
        let mut history = Vec::new();
        let mut item_of = Vec::with_capacity(dates.len());
        let mut next_cluster = clusters.iter().enumerate().peekable();
        let mut event = 0;
        while event < dates.len() {
            let item = match next_cluster.next_if(|(_, c)| c.first == event) {
                Some((c, cluster)) => {
                    item_of.extend(std::iter::repeat_n(history.len(), cluster.count));
                    event += cluster.count;
                    HistoryItem::Cluster(c)
                }
                None => {
                    item_of.push(history.len());
                    event += 1;
                    HistoryItem::Event(event - 1)
                }
            };
            history.push(item);
        }
        let date_of = |item: &HistoryItem| match *item {
            HistoryItem::Event(e) => dates[e],
            HistoryItem::Cluster(c) => clusters[c].date,
        };
        let history_times = history.iter().map(|item| date_of(item).minutes()).collect();
        let history_years: Vec<i32> = history.iter().map(|item| date_of(item).year).collect();
        let span = history_years.first().zip(history_years.last()).map(|(&a, &b)| (a, b));
        let era_times = story.eras.iter().map(|e| (e.start.minutes(), e.end.end_minutes())).collect();
        Timeline { event_count: dates.len(), clusters, history, span, history_times, history_years, era_times, item_of }
    }

    /// The history items around the selected event (or the first), laid out, with year labels.
    pub fn history_window(&self, selected: Option<usize>) -> HistoryWindow {
        let focus = selected.and_then(|e| self.item_of.get(e)).copied().unwrap_or(0);
        let window = AxisWindow::around(&self.history_times, focus);
        let mut years: Vec<(i32, f64)> = Vec::new();
        for (&year, &x) in self.history_years[window.items.clone()].iter().zip(&window.layout.positions) {
            if years.last().is_none_or(|&(y, _)| y != year) {
                years.push((year, x));
            }
        }
        HistoryWindow { years: thin_labels(years, MIN_SPACING), window }
    }

    /// The story's eras that overlap a laid-out stretch of the history axis (a [`HistoryWindow`]'s), clipped
    /// to it, each in the first lane free at its start. (Asked for by the view, so that a bundle for a story
    /// without eras holds none of this.)
    pub fn eras_on(&self, layout: &AxisLayout) -> Vec<EraSpan> {
        let (Some(&first), Some(&last)) = (layout.times.first(), layout.times.last()) else { return Vec::new() };
        let mut lane_ends: Vec<f64> = Vec::new();
        let mut spans = Vec::new();
        for (era, &(start, end)) in self.era_times.iter().enumerate() {
            if end < first || start > last {
                continue;
            }
            let (from, to) = if first == last { (0.0, 1.0) } else { (layout.x_at(start), layout.x_at(end)) };
            let lane = lane_ends.iter().position(|&e| e <= from).unwrap_or(lane_ends.len());
            match lane_ends.get_mut(lane) {
                Some(e) => *e = to,
                None => lane_ends.push(to),
            }
            spans.push(EraSpan { era, from, to, lane });
        }
        spans
    }

    /// The day cluster an event belongs to, if any.
    pub fn cluster_of(&self, event: usize) -> Option<usize> {
        match self.item_of.get(event).map(|&i| self.history[i]) {
            Some(HistoryItem::Cluster(c)) => Some(c),
            _ => None,
        }
    }

    /// The scale on which an event's own marker is shown.
    pub fn scale_of(&self, event: usize) -> Scale {
        self.cluster_of(event).map_or(Scale::History, Scale::Day)
    }
}

/// Runs of two or more consecutive events on the same calendar day: (first event, count).
fn day_groups(dates: &[PartialDate]) -> Vec<(usize, usize)> {
    let day = |d: &PartialDate| d.day.map(|day| (d.year, d.month, day));
    let mut groups = Vec::new();
    let mut start = 0;
    for i in 1..=dates.len() {
        let same = i < dates.len() && day(&dates[i]).is_some() && day(&dates[i]) == day(&dates[start]);
        if !same {
            if i - start >= 2 {
                groups.push((start, i - start));
            }
            start = i;
        }
    }
    groups
}

fn day_cluster(dates: &[PartialDate], first: usize, count: usize) -> DayCluster {
    let day = &dates[first..first + count];
    let minute = |d: &PartialDate| d.time.map(|(h, m)| h as i64 * 60 + m as i64);
    let last_time = day.iter().filter_map(minute).max();
    let times = day.iter().map(|d| minute(d).unwrap_or_else(|| last_time.map_or(0, |t| t) + UNTIMED_OFFSET)).collect();
    let PartialDate { year, month, day: d, .. } = dates[first];
    DayCluster { date: PartialDate { year, month, day: d, time: None }, first, count, times }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_story_shows_a_window_that_follows_the_selection() {
        let dates = long_dates(10_000);
        let clusters: Vec<DayCluster> =
            day_groups(&dates).into_iter().map(|(first, count)| day_cluster(&dates, first, count)).collect();
        assert!(clusters.len() > 1000);
        // Build a timeline by hand (the story statics are this crate's own), through the same code.
        let timeline = timeline_of(&dates);
        assert_eq!(timeline.event_count, 10_000);
        for selected in [None, Some(0), Some(1), Some(4_999), Some(9_998), Some(9_999)] {
            let shown = timeline.history_window(selected);
            assert!(shown.window.items.len() <= WINDOW);
            assert!(shown.window.layout.min_spacing() >= MIN_SPACING - 1e-9);
            if let Some(e) = selected {
                assert!(shown.window.items.contains(&timeline.item_of[e]), "{e}");
            }
        }
        let middle = timeline.history_window(Some(4_999)).window;
        assert!(middle.more_before && middle.more_after);
        assert!(!timeline.history_window(None).window.more_before);
        assert!(!timeline.history_window(Some(9_999)).window.more_after);
    }

    fn dates(texts: &[&str]) -> Vec<PartialDate> {
        texts.iter().map(|t| PartialDate::parse(t).unwrap()).collect()
    }

    #[test]
    fn groups_need_two_events_of_a_known_day() {
        assert_eq!(day_groups(&dates(&["2015-11-04", "2015-11-05"])), vec![]);
        assert_eq!(day_groups(&dates(&["2015-11", "2015-11"])), vec![]);
        assert_eq!(day_groups(&dates(&["2015", "2015-11-04T10:00", "2015-11-04", "2016"])), vec![(1, 2)]);
        assert_eq!(
            day_groups(&dates(&["2015-11-04T10:00", "2015-11-04T11:00", "2015-11-05", "2015-11-05T09:00"])),
            vec![(0, 2), (2, 2)]
        );
        assert_eq!(day_groups(&dates(&[])), vec![]);
    }

    #[test]
    fn a_day_of_untimed_events_is_evenly_spaced() {
        let all = dates(&["2015-11-04", "2015-11-04", "2015-11-04"]);
        let day = day_cluster(&all, 0, 3).window(None);
        assert_eq!(day.window.layout.positions, vec![0.0, 0.5, 1.0]);
        assert!(day.hours.is_empty());
    }

    #[test]
    fn events_on_the_same_minute_get_apart() {
        let all = dates(&["2015-11-04T10:10", "2015-11-04T10:10"]);
        let day = day_cluster(&all, 0, 2).window(None);
        assert_eq!(day.window.layout.positions, vec![0.0, 1.0]);
    }

    #[test]
    fn a_crowded_day_shows_a_window_around_the_selection() {
        let all: Vec<PartialDate> =
            (0..30).map(|m| PartialDate::parse(&format!("2015-11-04T10:{m:02}")).unwrap()).collect();
        let day = day_cluster(&all, 0, 30);
        assert_eq!(day.window(None).window.items, 0..WINDOW);
        assert_eq!(day.window(Some(20)).window.items, 16..16 + WINDOW);
        assert_eq!(day.window(Some(29)).window.items, 30 - WINDOW..30);
        assert!((WINDOW - 1) as f64 * MIN_SPACING <= 1.0, "a full window keeps its markers apart");
    }

    /// Dates over many years, with days of two events.
    fn long_dates(n: usize) -> Vec<PartialDate> {
        (0..n)
            .map(|i| {
                let (year, rest) = (2000 + (i / 300) as i32, i % 300);
                let text = format!("{year}-{:02}-{:02}", rest / 25 + 1, rest % 25 / 2 + 1);
                PartialDate::parse(&if rest % 2 == 1 { format!("{text}T12:00") } else { text }).unwrap()
            })
            .collect()
    }

    #[test]
    fn eras_are_clipped_to_the_shown_stretch_and_overlapping_ones_take_lanes() {
        let all = dates(&["1900", "1910", "1920", "1930"]);
        let eras = [("1890", "1915"), ("1905", "1925"), ("1926", "1940"), ("1950", "1960")];
        let timeline = timeline_with(&all, &eras);
        let spans = timeline.eras_on(&timeline.history_window(None).window.layout);
        assert_eq!(
            spans.iter().map(|s| s.era).collect::<Vec<_>>(),
            vec![0, 1, 2],
            "the era after the last event is left out"
        );
        assert_eq!(spans[0].from, 0.0, "clipped at the start");
        assert_eq!(spans.iter().map(|s| s.lane).collect::<Vec<_>>(), vec![0, 1, 0], "overlapping eras take lanes");
        assert_eq!(spans[2].to, 1.0, "clipped at the end");
        assert!(spans[1].from < spans[0].to && spans[1].to <= spans[2].from);
    }

    /// A timeline of events on `dates` and nothing else (no text, no article).
    fn timeline_of(dates: &[PartialDate]) -> Timeline {
        timeline_with(dates, &[])
    }

    /// A timeline of events on `dates`, with eras (start, end) and nothing else.
    fn timeline_with(dates: &[PartialDate], eras: &[(&str, &str)]) -> Timeline {
        use crate::model::{Article, Era, Event, Lang, Languages, Status, Story, Text, Texts, When};
        static NONE: Texts = Texts::new(&[], 0, "");
        let blank = Text { table: &NONE, id: 0 };
        let stated = |date| When { date, time_zone: None, status: Status::Stated, basis: None };
        let events: Vec<Event> = dates
            .iter()
            .map(|&date| Event {
                id: "",
                when: stated(date),
                end: None,
                display_date: None,
                headline: blank,
                text: None,
                media: None,
                group: None,
                place: None,
                people: &[],
                organizations: &[],
                figures: &[],
                sources: &[],
            })
            .collect();
        let article = Article {
            id: "",
            outlet: None,
            reporter: None,
            published: None,
            url: None,
            headline: blank,
            headline_from: &[],
            summary: None,
            summary_from: &[],
            copyright: None,
            paragraphs: &[],
            sentences: &[],
        };
        let story = Story {
            languages: Languages { all: &[Lang::En], original: Lang::En },
            texts: &NONE,
            article,
            time_zones: &[],
            people: &[],
            places: &[],
            organizations: &[],
            figures: &[],
            events: Box::leak(events.into_boxed_slice()),
            eras: Box::leak(
                eras.iter()
                    .map(|(a, b)| Era {
                        start: PartialDate::parse(a).unwrap(),
                        end: PartialDate::parse(b).unwrap(),
                        label: blank,
                    })
                    .collect(),
            ),
            groups: &[],
            media_origins: &[],
        };
        Timeline::new(&story)
    }
}
