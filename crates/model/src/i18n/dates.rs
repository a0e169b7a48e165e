//! Dates per language and precision: `2015년 11월 4일 오전 10:10`, `Nov 4, 2015, 10:10 AM`,
//! `2015年11月4日 上午10:10`, `1993년`, `April 2014`, with the time zone named when there is a time. Each
//! language's words and order are in its strings file ([`super::UiStrings`]).

use super::{ui, Lang};
use crate::model::{Event, PartialDate, Story, When};

/// A date in `lang`, as precise as it is known.
pub fn format_date(date: &PartialDate, lang: Lang) -> String {
    let ui = ui(lang);
    let y = &(ui.era_year)(date.year);
    match (date.month, date.day) {
        (None, _) => (ui.year)(y),
        (Some(m), None) => (ui.month)(y, m),
        (Some(m), Some(d)) => {
            let day = (ui.day)(y, m, d);
            match date.time {
                Some((h, min)) => (ui.day_time)(&day, &(ui.clock)(h, min)),
                None => day,
            }
        }
    }
}

/// A year as an axis label: `1993`, `500 BCE`, `기원전 500`.
pub fn format_year(year: i32, lang: Lang) -> String {
    (ui(lang).era_year)(year)
}

/// A date with its time zone named, e.g. `Nov 4, 2015, 10:10 AM (Beijing time, UTC+8)`.
pub fn format_when(story: &Story, when: &When, lang: Lang) -> String {
    let date = format_date(&when.date, lang);
    match story.time_zone(when) {
        Some(zone) if when.date.time.is_some() => {
            (ui(lang).zoned)(&date, zone.name.get(lang), &format_utc_offset(zone.utc_offset_minutes))
        }
        _ => date,
    }
}

/// An event's date as its card and marker say it: the author's own wording where given ("Spring 1945"),
/// else its date (and time zone), and the date it ended for an event that lasted.
pub fn format_event_date(story: &Story, event: &Event, lang: Lang) -> String {
    if let Some(display) = event.display_date {
        return display.get(lang).to_string();
    }
    let start = format_when(story, &event.when, lang);
    match event.end {
        Some(end) if end != event.when.date => format!("{start} – {}", format_date(&end, lang)),
        _ => start,
    }
}

/// `UTC+8`, `UTC-3:30`, `UTC`.
pub fn format_utc_offset(minutes: i16) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let (h, m) = (minutes.unsigned_abs() / 60, minutes.unsigned_abs() % 60);
    match (h, m) {
        (0, 0) => "UTC".into(),
        (h, 0) => format!("UTC{sign}{h}"),
        (h, m) => format!("UTC{sign}{h}:{m:02}"),
    }
}

/// A whole hour as an axis label: `10시`, `10 AM`, `10时`.
pub fn format_hour(hour: u8, lang: Lang) -> String {
    (ui(lang).hour)(hour)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    #[test]
    fn formats_minutes_in_each_language() {
        let date = d("2015-11-04T10:10");
        assert_eq!(format_date(&date, Lang::Ko), "2015년 11월 4일 오전 10:10");
        assert_eq!(format_date(&date, Lang::En), "Nov 4, 2015, 10:10 AM");
        assert_eq!(format_date(&date, Lang::Zh), "2015年11月4日 上午10:10");
        assert_eq!(format_date(&date, Lang::Ja), "2015年11月4日 午前10:10");
    }

    #[test]
    fn formats_each_precision() {
        assert_eq!(format_date(&d("1993"), Lang::Ko), "1993년");
        assert_eq!(format_date(&d("1993"), Lang::En), "1993");
        assert_eq!(format_date(&d("1993"), Lang::Zh), "1993年");
        assert_eq!(format_date(&d("2014-04"), Lang::En), "April 2014");
        assert_eq!(format_date(&d("2014-04"), Lang::Ko), "2014년 4월");
        assert_eq!(format_date(&d("2014-04"), Lang::Zh), "2014年4月");
        assert_eq!(format_date(&d("2014-04"), Lang::Ja), "2014年4月");
        assert_eq!(format_date(&d("1993"), Lang::Ja), "1993年");
        assert_eq!(format_date(&d("2015-11-04"), Lang::En), "Nov 4, 2015");
    }

    #[test]
    fn years_before_the_common_era() {
        assert_eq!(format_date(&d("-0500"), Lang::En), "500 BCE");
        assert_eq!(format_date(&d("-0044-03-15"), Lang::En), "Mar 15, 44 BCE");
        assert_eq!(format_date(&d("-0500"), Lang::Ko), "기원전 500년");
        assert_eq!(format_date(&d("-0044-03"), Lang::Zh), "公元前44年3月");
        assert_eq!(format_date(&d("-0500"), Lang::Ja), "紀元前500年");
        assert_eq!(format_year(-500, Lang::En), "500 BCE");
        assert_eq!(format_year(1993, Lang::Ko), "1993");
    }

    #[test]
    fn afternoon_noon_and_midnight() {
        assert_eq!(format_date(&d("2015-11-04T13:20"), Lang::Ko), "2015년 11월 4일 오후 1:20");
        assert_eq!(format_date(&d("2015-11-04T12:05"), Lang::En), "Nov 4, 2015, 12:05 PM");
        assert_eq!(format_date(&d("2015-11-04T00:30"), Lang::En), "Nov 4, 2015, 12:30 AM");
        assert_eq!(format_date(&d("2015-11-04T16:00"), Lang::Zh), "2015年11月4日 下午4:00");
    }

    #[test]
    fn hours_as_axis_labels() {
        assert_eq!(format_hour(10, Lang::En), "10 AM");
        assert_eq!(format_hour(12, Lang::En), "12 PM");
        assert_eq!(format_hour(13, Lang::En), "1 PM");
        assert_eq!(format_hour(0, Lang::En), "12 AM");
        assert_eq!(format_hour(13, Lang::Ko), "13시");
        assert_eq!(format_hour(16, Lang::Zh), "16时");
        assert_eq!(format_hour(16, Lang::Ja), "16時");
    }

    #[test]
    fn offsets() {
        assert_eq!(format_utc_offset(480), "UTC+8");
        assert_eq!(format_utc_offset(-210), "UTC-3:30");
        assert_eq!(format_utc_offset(0), "UTC");
        assert_eq!(format_utc_offset(345), "UTC+5:45");
    }
}
