//! Where markers sit on a time axis: proportional to time where that helps, evenly spaced where it
//! would crowd, with long empty stretches cut short and marked as breaks.
//!
//! Positions are fractions of the axis (0 = start, 1 = end), so the view places markers with CSS
//! percentages and the layout needs no measuring of the page. The algorithm:
//! 1. Take the gaps between consecutive times (equal times give a gap of 0).
//! 2. A gap longer than `BREAK_FACTOR` × the median positive gap is a break: it counts as that cap.
//! 3. A share of the axis is split evenly between the gaps, enough that no two markers are closer than
//!    `min_spacing` (or `1 / (n - 1)` where that is smaller), even on the same minute; the rest is shared
//!    in proportion to the capped gaps.

/// How many times the median gap a gap must exceed to be cut short and shown as a break.
pub const BREAK_FACTOR: i64 = 4;

/// Markers' positions and the breaks between them.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisLayout {
    /// The times laid out, in order (minutes, any origin).
    pub times: Vec<i64>,
    /// One position per time, in 0..=1, non-decreasing.
    pub positions: Vec<f64>,
    /// Positions of breaks: midway across each gap that was cut short.
    pub breaks: Vec<f64>,
}

impl AxisLayout {
    /// Lays out times given in order (earliest first), keeping markers at least `min_spacing` apart
    /// (a fraction of the axis) where the axis has room for that.
    pub fn new(times: &[i64], min_spacing: f64) -> AxisLayout {
        let n = times.len();
        if n <= 1 {
            return AxisLayout { times: times.to_vec(), positions: vec![0.5; n], breaks: vec![] };
        }
        let gaps: Vec<i64> = times.windows(2).map(|w| (w[1] - w[0]).max(0)).collect();
        let cap = median_positive(&gaps).map(|m| m.saturating_mul(BREAK_FACTOR));
        let effective: Vec<i64> = gaps.iter().map(|&g| cap.map_or(g, |c| g.min(c))).collect();
        let total: i64 = effective.iter().sum();
        let even = if total == 0 { 1.0 } else { (min_spacing * (n - 1) as f64).clamp(0.0, 1.0) };
        let proportional = 1.0 - even;
        let mut positions = Vec::with_capacity(n);
        let mut breaks = Vec::new();
        let mut x = 0.0;
        positions.push(x);
        for (i, &e) in effective.iter().enumerate() {
            let step = even / (n - 1) as f64 + if total == 0 { 0.0 } else { proportional * e as f64 / total as f64 };
            if cap.is_some_and(|c| gaps[i] > c) {
                breaks.push(x + step / 2.0);
            }
            x += step;
            positions.push(x.min(1.0));
        }
        AxisLayout { times: times.to_vec(), positions, breaks }
    }

    /// The position of any time: linear between the laid-out times, clamped at the ends.
    pub fn x_at(&self, time: i64) -> f64 {
        let (Some(&first), Some(&last)) = (self.times.first(), self.times.last()) else { return 0.5 };
        if time <= first {
            return self.positions[0];
        }
        if time >= last {
            return self.positions[self.positions.len() - 1];
        }
        let i = self.times.partition_point(|&t| t <= time) - 1;
        let (t0, t1) = (self.times[i], self.times[i + 1]);
        let (x0, x1) = (self.positions[i], self.positions[i + 1]);
        x0 + (x1 - x0) * (time - t0) as f64 / (t1 - t0) as f64
    }

    /// The smallest distance between two neighbouring markers, as a fraction of the axis.
    pub fn min_spacing(&self) -> f64 {
        self.positions.windows(2).map(|w| w[1] - w[0]).fold(f64::INFINITY, f64::min)
    }
}

/// Drops labels that would crowd the one before: keeps the first, then each at least `min_gap` past the
/// last one kept. Labels are (value, position) pairs in order of position.
pub fn thin_labels<T>(labels: Vec<(T, f64)>, min_gap: f64) -> Vec<(T, f64)> {
    let mut kept: Vec<(T, f64)> = Vec::with_capacity(labels.len());
    for (value, x) in labels {
        if kept.last().is_none_or(|&(_, last)| x - last >= min_gap - 1e-9) {
            kept.push((value, x));
        }
    }
    kept
}

/// The lower median of the positive gaps; `None` with fewer than two (nothing to compare a gap with).
/// Quadratic on purpose: an axis window holds at most a handful of gaps, and no sort (3 KB of wasm) is
/// linked for them.
fn median_positive(gaps: &[i64]) -> Option<i64> {
    let positive: Vec<i64> = gaps.iter().copied().filter(|&g| g > 0).collect();
    if positive.len() < 2 {
        return None;
    }
    // The k-th smallest: at most k gaps are smaller than it, and more than k are not larger.
    let k = (positive.len() - 1) / 2;
    let count = |keep: &dyn Fn(i64) -> bool| positive.iter().filter(|&&x| keep(x)).count();
    positive.iter().copied().find(|&g| count(&|x| x < g) <= k && count(&|x| x <= g) > k)
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEAR: i64 = 365 * 1440;

    fn assert_ordered_within_axis(layout: &AxisLayout) {
        assert!(layout.positions.iter().all(|x| (0.0..=1.0).contains(x)), "{:?}", layout.positions);
        assert!(layout.positions.windows(2).all(|w| w[0] < w[1]), "{:?}", layout.positions);
    }

    #[test]
    fn no_events_and_one_event() {
        assert_eq!(AxisLayout::new(&[], 0.1).positions, Vec::<f64>::new());
        let one = AxisLayout::new(&[42], 0.1);
        assert_eq!(one.positions, vec![0.5]);
        assert_eq!(one.x_at(0), 0.5);
    }

    #[test]
    fn spans_the_axis_from_0_to_1() {
        let layout = AxisLayout::new(&[0, 10, 30, 100], 0.1);
        assert_eq!(layout.positions[0], 0.0);
        assert!((layout.positions[3] - 1.0).abs() < 1e-9);
        assert_ordered_within_axis(&layout);
    }

    #[test]
    fn events_on_the_same_minute_do_not_overlap() {
        let layout = AxisLayout::new(&[600, 600, 600, 610], 0.12);
        assert_ordered_within_axis(&layout);
        assert!(layout.min_spacing() >= 0.12 - 1e-9, "{}", layout.min_spacing());
    }

    #[test]
    fn all_on_one_minute_are_evenly_spaced() {
        let layout = AxisLayout::new(&[5, 5, 5], 0.1);
        assert_eq!(layout.positions, vec![0.0, 0.5, 1.0]);
        assert!(layout.breaks.is_empty());
    }

    #[test]
    fn a_long_empty_stretch_becomes_a_break() {
        // This story's history: 1993, 2013, 2013, 2014-04, 2015-08, 2015-11-04, 2016.
        let months = |y: i64, m: i64| y * YEAR + (m - 1) * YEAR / 12;
        let times = [
            months(1993, 1),
            months(2013, 1),
            months(2013, 1),
            months(2014, 4),
            months(2015, 8),
            months(2015, 11),
            months(2016, 1),
        ];
        let layout = AxisLayout::new(&times, 0.12);
        assert_ordered_within_axis(&layout);
        assert_eq!(layout.breaks.len(), 1);
        assert!(layout.breaks[0] > layout.positions[0] && layout.breaks[0] < layout.positions[1]);
        // The 20-year gap takes far less than 20/23 of the axis.
        assert!(layout.positions[1] < 0.4, "{:?}", layout.positions);
    }

    #[test]
    fn a_500_year_span_keeps_recent_events_apart() {
        let times = [1515 * YEAR, 2014 * YEAR, 2015 * YEAR, 2015 * YEAR + YEAR / 2, 2016 * YEAR];
        let layout = AxisLayout::new(&times, 0.12);
        assert_ordered_within_axis(&layout);
        assert_eq!(layout.breaks.len(), 1);
        assert!(layout.min_spacing() > 0.12, "{:?}", layout.positions);
    }

    #[test]
    fn minimum_spacing_holds_for_many_events() {
        let times: Vec<i64> = (0..40).map(|i| i * i * i).collect();
        let layout = AxisLayout::new(&times, 0.12);
        assert_ordered_within_axis(&layout);
        // 40 markers cannot be 0.12 apart: they share the axis evenly instead.
        assert!((layout.min_spacing() - 1.0 / 39.0).abs() < 1e-9, "{}", layout.min_spacing());
    }

    #[test]
    fn x_at_interpolates_and_clamps() {
        let layout = AxisLayout::new(&[0, 100], 0.1);
        assert_eq!(layout.x_at(-5), 0.0);
        assert!((layout.x_at(50) - 0.5).abs() < 1e-9);
        assert!((layout.x_at(500) - 1.0).abs() < 1e-9);
        let same = AxisLayout::new(&[10, 10, 20], 0.1);
        assert!(same.x_at(15) > same.positions[1] && same.x_at(15) < same.positions[2]);
    }

    #[test]
    fn crowded_labels_are_thinned() {
        let labels = vec![(10, 0.0), (11, 0.19), (12, 0.25), (13, 0.31), (14, 0.45), (15, 0.5)];
        let kept: Vec<i32> = thin_labels(labels, 0.13).into_iter().map(|l| l.0).collect();
        assert_eq!(kept, vec![10, 11, 14]);
        assert!(thin_labels(Vec::<(u8, f64)>::new(), 0.1).is_empty());
    }

    #[test]
    fn out_of_order_times_do_not_panic() {
        let layout = AxisLayout::new(&[100, 50, 200], 0.1);
        assert_eq!(layout.positions.len(), 3);
        assert!(layout.positions.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn median_of_positive_gaps_matches_sorting() {
        let cases: [&[i64]; 8] = [
            &[],
            &[5],
            &[0, -3, 7],
            &[3, 1],
            &[4, 4, 4],
            &[9, 1, 5, 5, 0, 2],
            &[10, -1, 7, 7, 3, 3, 8],
            &[2, 9, 4, 6, 1, 8, 3, 7],
        ];
        for gaps in cases {
            let mut sorted: Vec<i64> = gaps.iter().copied().filter(|&g| g > 0).collect();
            sorted.sort();
            let expected = (sorted.len() >= 2).then(|| sorted[(sorted.len() - 1) / 2]);
            assert_eq!(median_positive(gaps), expected, "{gaps:?}");
        }
    }
}
