//! Dates as the article gives them: a year, a month, a day, or a minute of a day.
//!
//! A story rarely knows every date to the minute ("in 2013", "last August"), so a date carries its own
//! precision. Parsing checks the calendar (no 30 February); ordering compares two dates only as far as both
//! are known, so "2015-11-04" neither precedes nor follows "2015-11-04T10:10".

use std::cmp::Ordering;
use std::fmt;

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
    Minute,
}

/// A calendar date known to some precision; `time` is (hour, minute) on a 24-hour clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "data", derive(databake::Bake), databake(path = explainer_model::model))]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub time: Option<(u8, u8)>,
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    Format,
    Month(u8),
    Day { year: i32, month: u8, day: u8 },
    Time(u8, u8),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => {
                write!(f, "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (-YYYY before the common era)")
            }
            DateError::Month(m) => write!(f, "month {m} does not exist"),
            DateError::Day { year, month, day } => {
                write!(
                    f,
                    "day {day} does not exist in {year}-{month:02} (it has {} days)",
                    days_in_month(*year, *month)
                )
            }
            DateError::Time(h, m) => write!(f, "time {h:02}:{m:02} does not exist"),
        }
    }
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (`-YYYY…` before the common era),
    /// checking the calendar.
    pub fn parse(text: &str) -> Result<PartialDate, DateError> {
        let (day_part, time_part) = match text.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (text, None),
        };
        // A year before the common era is negative, as historians and TimelineJS number them: `-0500` is
        // 500 BCE, and there is no year 0 (1 BCE is followed by 1 CE).
        let (sign, day_part) = match day_part.strip_prefix('-') {
            Some(rest) => (-1, rest),
            None => (1, day_part),
        };
        let mut fields = day_part.split('-');
        let year = sign * number(fields.next(), 4)? as i32;
        if year == 0 {
            return Err(DateError::Format);
        }
        let month = fields.next().map(|m| number(Some(m), 2)).transpose()?.map(|m| m as u8);
        let day = fields.next().map(|d| number(Some(d), 2)).transpose()?.map(|d| d as u8);
        if fields.next().is_some() || (time_part.is_some() && day.is_none()) {
            return Err(DateError::Format);
        }
        let time = match time_part {
            None => None,
            Some(t) => {
                let (h, m) = t.split_once(':').ok_or(DateError::Format)?;
                Some((number(Some(h), 2)? as u8, number(Some(m), 2)? as u8))
            }
        };
        let date = PartialDate { year, month, day, time };
        date.check()?;
        Ok(date)
    }

    fn check(&self) -> Result<(), DateError> {
        if let Some(month) = self.month {
            if !(1..=12).contains(&month) {
                return Err(DateError::Month(month));
            }
            if let Some(day) = self.day {
                if day == 0 || day > days_in_month(self.year, month) {
                    return Err(DateError::Day { year: self.year, month, day });
                }
            }
        }
        match self.time {
            Some((h, m)) if h > 23 || m > 59 => Err(DateError::Time(h, m)),
            _ => Ok(()),
        }
    }

    /// The date in ISO 8601 form, as precise as it is known: `1993`, `2014-04`, `2015-11-04T10:10`.
    pub fn iso(&self) -> String {
        let sign = if self.year < 0 { "-" } else { "" };
        let mut text = format!("{sign}{:04}", self.year.unsigned_abs());
        if let Some(month) = self.month {
            text += &format!("-{month:02}");
        }
        if let Some(day) = self.day {
            text += &format!("-{day:02}");
        }
        if let Some((hour, minute)) = self.time {
            text += &format!("T{hour:02}:{minute:02}");
        }
        text
    }

    /// How much of this date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day, self.time) {
            (_, _, Some(_)) => Precision::Minute,
            (_, Some(_), None) => Precision::Day,
            (Some(_), None, None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Compares two dates as far as both are known: `Equal` means "not distinguishable", not "the same".
    pub fn compare_known(&self, other: &PartialDate) -> Ordering {
        let common = self.precision().min(other.precision());
        self.key(common).cmp(&other.key(common))
    }

    /// The date as an HTML `datetime`: its ISO form, for a year of the common era (HTML has none before).
    pub fn datetime(&self) -> Option<String> {
        (self.year > 0).then(|| self.iso())
    }

    /// Minutes since the start of 1 BCE (proleptic Gregorian), at the start of whatever is unknown. Good
    /// for placing dates on an axis.
    pub fn minutes(&self) -> i64 {
        let month = self.month.unwrap_or(1);
        let day = self.day.unwrap_or(1) as i64;
        let (hour, minute) = self.time.unwrap_or((0, 0));
        let days = days_before_year(self.year) + days_before_month(self.year, month) + day - 1;
        days * 1440 + hour as i64 * 60 + minute as i64
    }

    /// Minutes at the end of the date's known stretch (the start of the next year, month, day or minute):
    /// where a span ending on it ends on an axis.
    pub fn end_minutes(&self) -> i64 {
        let next = match (self.month, self.day, self.time) {
            (_, _, Some(_)) => return self.minutes() + 1,
            (Some(_), Some(_), None) => return self.minutes() + 1440,
            (Some(12), None, None) | (None, _, _) => PartialDate {
                year: if self.year == -1 { 1 } else { self.year + 1 },
                month: None,
                day: None,
                time: None,
            },
            (Some(m), None, None) => PartialDate { month: Some(m + 1), ..*self },
        };
        next.minutes()
    }

    fn key(&self, precision: Precision) -> (i32, u8, u8, u16) {
        let month = if precision >= Precision::Month { self.month.unwrap_or(0) } else { 0 };
        let day = if precision >= Precision::Day { self.day.unwrap_or(0) } else { 0 };
        let minute = match (precision, self.time) {
            (Precision::Minute, Some((h, m))) => h as u16 * 60 + m as u16,
            _ => 0,
        };
        (self.year, month, day, minute)
    }
}

fn number(field: Option<&str>, digits: usize) -> Result<u32, DateError> {
    match field {
        Some(f) if f.len() == digits && f.bytes().all(|b| b.is_ascii_digit()) => {
            f.parse().map_err(|_| DateError::Format)
        }
        _ => Err(DateError::Format),
    }
}

/// The year as astronomers number it (1 BCE is year 0), on which the calendar's rules are written.
fn astronomical(year: i32) -> i32 {
    if year < 0 {
        year + 1
    } else {
        year
    }
}

fn is_leap(year: i32) -> bool {
    let year = astronomical(year);
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month of the proleptic Gregorian calendar (`month` in 1..=12).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn days_before_year(year: i32) -> i64 {
    let year = astronomical(year);
    let y = year as i64 - 1;
    365 * year as i64 + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + 1
}

fn days_before_month(year: i32, month: u8) -> i64 {
    (1..month).map(|m| days_in_month(year, m) as i64).sum()
}

/// Reads a UTC offset written `+08:00` or `-03:30` into minutes east of UTC.
pub fn parse_utc_offset(text: &str) -> Option<i16> {
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let (h, m) = rest.split_once(':')?;
    let hours = number(Some(h), 2).ok()? as i16;
    let minutes = number(Some(m), 2).ok()? as i16;
    (hours <= 14 && minutes < 60).then_some(sign * (hours * 60 + minutes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(d("1993").precision(), Precision::Year);
        assert_eq!(d("2014-04").precision(), Precision::Month);
        assert_eq!(d("2015-11-04").precision(), Precision::Day);
        let minute = d("2015-11-04T10:10");
        assert_eq!(minute.precision(), Precision::Minute);
        assert_eq!(minute.time, Some((10, 10)));
    }

    #[test]
    fn iso_round_trips() {
        for text in ["1993", "2014-04", "2015-11-04", "2015-11-04T10:10", "0900-01-01T00:00", "-0500", "-0044-03-15"] {
            assert_eq!(d(text).iso(), text);
        }
    }

    #[test]
    fn refuses_impossible_dates() {
        assert_eq!(PartialDate::parse("2015-13"), Err(DateError::Month(13)));
        assert_eq!(PartialDate::parse("2015-00-01"), Err(DateError::Month(0)));
        assert_eq!(PartialDate::parse("2015-02-29"), Err(DateError::Day { year: 2015, month: 2, day: 29 }));
        assert!(PartialDate::parse("2016-02-29").is_ok());
        assert!(PartialDate::parse("1900-02-29").is_err());
        assert!(PartialDate::parse("2000-02-29").is_ok());
        assert_eq!(PartialDate::parse("2015-11-04T24:00"), Err(DateError::Time(24, 0)));
        assert_eq!(PartialDate::parse("2015-11-04T10:60"), Err(DateError::Time(10, 60)));
    }

    #[test]
    fn refuses_malformed_text() {
        for text in [
            "",
            "15",
            "2015-1",
            "2015-11-4",
            "2015/11/04",
            "2015-11T10:10",
            "2015-11-04T10",
            "2015-11-04T10:10:00",
            "2015-11-04 10:10",
            "２０１５",
            "+2015",
            "2015-11-04-01",
            "abcd",
            "-0000",
            "0000",
            "-500",
            "--0500",
        ] {
            assert_eq!(PartialDate::parse(text), Err(DateError::Format), "{text:?}");
        }
    }

    #[test]
    fn compares_only_what_both_know() {
        assert_eq!(d("2015-11-04").compare_known(&d("2015-11-04T10:10")), Ordering::Equal);
        assert_eq!(d("2015-11").compare_known(&d("2015-11-04T10:10")), Ordering::Equal);
        assert_eq!(d("2015-11-04T10:00").compare_known(&d("2015-11-04T10:10")), Ordering::Less);
        assert_eq!(d("2016").compare_known(&d("2015-11-04T16:00")), Ordering::Greater);
        assert_eq!(d("2013").compare_known(&d("2013")), Ordering::Equal);
    }

    #[test]
    fn minutes_grow_with_time_and_respect_leap_years() {
        assert_eq!(d("2015-11-04T10:10").minutes() - d("2015-11-04").minutes(), 610);
        assert_eq!(d("2016-03-01").minutes() - d("2016-02-28").minutes(), 2 * 1440);
        assert_eq!(d("2015-03-01").minutes() - d("2015-02-28").minutes(), 1440);
        assert_eq!(d("2016").minutes() - d("2015").minutes(), 365 * 1440);
        assert!(d("1515").minutes() < d("2015").minutes());
        assert!(d("-0500").minutes() < d("-0044-03-15").minutes() && d("-0044").minutes() < d("0001").minutes());
        assert_eq!(d("-0044-03-15").compare_known(&d("-0044")), Ordering::Equal);
        assert_eq!(d("-0500").compare_known(&d("0010")), Ordering::Less);
        assert_eq!(d("0001").minutes() - d("-0001").minutes(), 366 * 1440, "1 BCE (a leap year) is just before 1 CE");
        assert!(PartialDate::parse("-0005-02-29").is_ok(), "5 BCE is a leap year, as astronomers' year -4");
        assert!(PartialDate::parse("-0004-02-29").is_err());
    }

    #[test]
    fn a_stretch_ends_where_the_next_begins() {
        assert_eq!(d("1950").end_minutes(), d("1951").minutes());
        assert_eq!(d("2014-12").end_minutes(), d("2015").minutes());
        assert_eq!(d("2014-04").end_minutes(), d("2014-05").minutes());
        assert_eq!(d("2015-11-04").end_minutes(), d("2015-11-05").minutes());
        assert_eq!(d("-0001").end_minutes(), d("0001").minutes());
        assert_eq!(d("-0001").datetime(), None);
        assert_eq!(d("2015-11").datetime().as_deref(), Some("2015-11"));
    }

    #[test]
    fn reads_utc_offsets() {
        assert_eq!(parse_utc_offset("+08:00"), Some(480));
        assert_eq!(parse_utc_offset("-03:30"), Some(-210));
        assert_eq!(parse_utc_offset("+00:00"), Some(0));
        for bad in ["08:00", "+8:00", "+15:00", "+08:60", "UTC+8", ""] {
            assert_eq!(parse_utc_offset(bad), None, "{bad:?}");
        }
    }
}
