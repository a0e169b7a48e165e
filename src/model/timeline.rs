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

/// A calendar day with two or more events, shown hour by hour.
#[derive(Clone, Debug, PartialEq)]
pub struct DayCluster {
    /// The day (year, month and day known).
    pub date: PartialDate,
    /// The events of the day: `first..first + count` in the story.
    pub first: usize,
    pub count: usize,
    /// Positions of the day's events (in story order), events with no time last, after a break.
    pub layout: AxisLayout,
    /// Whole hours from the day's first to last time, with their positions, thinned so labels do not crowd.
    pub hours: Vec<(u8, f64)>,
}

impl DayCluster {
    /// Whether the story's event `event` belongs to this day.
    pub fn contains(&self, event: usize) -> bool {
        (self.first..self.first + self.count).contains(&event)
    }
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
    pub history_layout: AxisLayout,
    /// Year labels for the history axis: (year, position), one per year that has a marker, thinned.
    pub years: Vec<(i32, f64)>,
}

impl Timeline {
    /// Derives the timeline of a story whose events are in chronological order.
    pub fn new(story: &Story) -> Timeline {
        let dates: Vec<PartialDate> = story.events.iter().map(|e| e.when.date).collect();
        let clusters =
            day_groups(&dates).into_iter().map(|(first, count)| day_cluster(&dates, first, count)).collect::<Vec<_>>();
        let mut history = Vec::new();
        let mut event = 0;
        while event < dates.len() {
            match clusters.iter().position(|c| c.first == event) {
                Some(c) => {
                    history.push(HistoryItem::Cluster(c));
                    event += clusters[c].count;
                }
                None => {
                    history.push(HistoryItem::Event(event));
                    event += 1;
                }
            }
        }
        let date_of = |item: &HistoryItem| match *item {
            HistoryItem::Event(e) => dates[e],
            HistoryItem::Cluster(c) => clusters[c].date,
        };
        let times: Vec<i64> = history.iter().map(|item| date_of(item).minutes()).collect();
        let history_layout = AxisLayout::new(&times, MIN_SPACING);
        let mut years: Vec<(i32, f64)> = Vec::new();
        for (item, &x) in history.iter().zip(&history_layout.positions) {
            let year = date_of(item).year;
            if years.last().is_none_or(|&(y, _)| y != year) {
                years.push((year, x));
            }
        }
        let years = thin_labels(years, MIN_SPACING);
        Timeline { event_count: dates.len(), clusters, history, history_layout, years }
    }

    /// The day cluster an event belongs to, if any.
    pub fn cluster_of(&self, event: usize) -> Option<usize> {
        self.clusters.iter().position(|c| c.contains(event))
    }

    /// The scale on which an event's own marker is shown.
    pub fn scale_of(&self, event: usize) -> Scale {
        self.cluster_of(event).map_or(Scale::History, Scale::Day)
    }

    /// The position of an event's marker on its own scale.
    pub fn position_of(&self, event: usize) -> f64 {
        match self.cluster_of(event) {
            Some(c) => self.clusters[c].layout.positions[event - self.clusters[c].first],
            None => {
                let item = self.history.iter().position(|item| *item == HistoryItem::Event(event));
                item.map_or(0.5, |i| self.history_layout.positions[i])
            }
        }
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
    let times: Vec<i64> =
        day.iter().map(|d| minute(d).unwrap_or_else(|| last_time.map_or(0, |t| t + UNTIMED_OFFSET))).collect();
    let layout = AxisLayout::new(&times, MIN_SPACING);
    let first_time = day.iter().filter_map(minute).min();
    let hours = match (first_time, last_time) {
        (Some(a), Some(b)) => {
            thin_labels(((a + 59) / 60..=b / 60).map(|h| (h as u8, layout.x_at(h * 60))).collect(), MIN_SPACING)
        }
        _ => vec![],
    };
    let PartialDate { year, month, day: d, .. } = dates[first];
    DayCluster { date: PartialDate { year, month, day: d, time: None }, first, count, layout, hours }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::STORY;

    #[test]
    fn this_story_has_one_day_of_six_events() {
        let timeline = Timeline::new(&STORY);
        assert_eq!(timeline.clusters.len(), 1);
        let day = &timeline.clusters[0];
        assert_eq!((day.date.year, day.date.month, day.date.day), (2015, Some(11), Some(4)));
        assert_eq!(day.count, 6);
        assert_eq!(timeline.history.len(), STORY.events.len() - 6 + 1);
        // The day shows its whole hours from 10:00 to 16:00, as many as fit.
        let hours: Vec<u8> = day.hours.iter().map(|h| h.0).collect();
        assert_eq!((hours[0], hours[hours.len() - 1]), (10, 16));
        assert!(hours.len() >= 4, "{hours:?}");
        assert!(day.hours.windows(2).all(|w| w[1].1 - w[0].1 >= MIN_SPACING - 1e-9));
        // The event with no time comes after a break.
        assert_eq!(day.layout.breaks.len(), 1);
    }

    #[test]
    fn history_is_in_order_with_one_break_and_years() {
        let timeline = Timeline::new(&STORY);
        assert!(timeline.history_layout.positions.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(timeline.history_layout.breaks.len(), 1);
        let years: Vec<i32> = timeline.years.iter().map(|y| y.0).collect();
        assert_eq!(years, vec![1993, 2013, 2014, 2015, 2016]);
    }

    #[test]
    fn every_event_has_a_scale_and_a_position() {
        let timeline = Timeline::new(&STORY);
        for (i, event) in STORY.events.iter().enumerate() {
            let on_day = event.when.date.day == Some(4) && event.when.date.month == Some(11);
            assert_eq!(timeline.scale_of(i) != Scale::History, on_day, "{}", event.id);
            assert!((0.0..=1.0).contains(&timeline.position_of(i)));
        }
    }

    #[test]
    fn the_fixture_story_has_a_day_of_two_events_on_one_minute() {
        let timeline = Timeline::new(&crate::story::FIXTURE);
        assert_eq!(timeline.history, vec![HistoryItem::Event(0), HistoryItem::Cluster(0), HistoryItem::Event(3)]);
        let day = &timeline.clusters[0];
        assert_eq!(day.layout.positions, vec![0.0, 1.0]);
        assert_eq!(day.hours, vec![(9, 0.0)]);
        // 1850 to 2020 is cut short.
        assert_eq!(timeline.history_layout.breaks.len(), 1);
        assert_eq!(timeline.years.iter().map(|y| y.0).collect::<Vec<_>>(), vec![1850, 2020, 2021]);
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
        let day = day_cluster(&all, 0, 3);
        assert_eq!(day.layout.positions, vec![0.0, 0.5, 1.0]);
        assert!(day.hours.is_empty());
    }

    #[test]
    fn events_on_the_same_minute_get_apart() {
        let all = dates(&["2015-11-04T10:10", "2015-11-04T10:10"]);
        let day = day_cluster(&all, 0, 2);
        assert_eq!(day.layout.positions, vec![0.0, 1.0]);
    }
}
