//! Dates in the text, normalised to ISO 8601 from the article's publication
//! date: "on Monday", "Jan. 3", "january 12", "12 January 2026", "last week",
//! "mid-last week", "yesterday", "last year".
//!
//! A weekday names the latest such day on or before publication (news
//! reports the past); "next Monday" the one after. A vague expression gives a
//! range (`begin`..`end_date`).

use crate::model::DateRef;
use jiff::civil::{Date, Weekday};
use jiff::ToSpan;
use regex::Regex;
use std::sync::OnceLock;

/// The date expressions. Word boundaries are ASCII ones (`(?-u:\b)`): the
/// words beside them are ASCII, and with Unicode boundaries the regex
/// engine leaves its fast automaton for a slower one on any text with a
/// character outside ASCII (a curly quote is enough).
fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"(?i)(?-u:\b)(?:",
            r"(?P<rel>next|last|this)?\s*(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)",
            r"|(?P<mon>jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<year>\d{4})(?-u:\b))?",
            r"|(?P<day2>\d{1,2})\s+(?P<mon2>january|february|march|april|may|june|july|august|september|october|november|december)(?-u:\b)(?:\s+(?P<year2>\d{4})(?-u:\b))?",
            r"|(?P<mid>mid-|early |late )?(?P<lastweek>last week)(?-u:\b)",
            r"|(?P<yday>yesterday|today)(?-u:\b)",
            r"|(?P<lastyear>last year)(?-u:\b)",
            r"|(?P<lastmonth>last month)(?-u:\b)",
            r")"
        ))
        .expect("valid date regex")
    })
}

/// A cheap test before the regex: a digit, or a word that can start a date
/// expression (a weekday, "last", "yesterday", "today").
fn may_hold_a_date(chars: &[char]) -> bool {
    // ("yesterday" and "today" hold "day".)
    let holds = |word: &str| {
        let n = word.len();
        chars.windows(n).any(|w| {
            w.iter()
                .zip(word.chars())
                .all(|(c, l)| c.to_ascii_lowercase() == l)
        })
    };
    chars.iter().any(|c| c.is_ascii_digit()) || holds("day") || holds("last")
}

pub fn month_number(name: &str) -> Option<i8> {
    let m = match name.to_lowercase().get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn weekday(name: &str) -> Option<Weekday> {
    Some(match name.to_lowercase().as_str() {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

fn iso(date: Date) -> String {
    date.to_string()
}

/// Finds the dates in `chars[start..end]`, normalised against `published`.
/// Without a publication date only dates that carry their year are kept.
pub fn find(chars: &[char], start: usize, end: usize, published: Option<Date>) -> Vec<DateRef> {
    if !may_hold_a_date(&chars[start..end]) {
        return Vec::new();
    }
    let text: String = chars[start..end].iter().collect();
    let mut found = Vec::new();
    for caps in pattern().captures_iter(&text) {
        let Some(whole) = caps.get(0) else { continue };
        let range = resolve(&caps, published);
        let Some((begin, end_date)) = range else {
            continue;
        };
        // "\s*" after an absent "next/last/this" takes the space before
        // a weekday: the date's span starts at its first word.
        let lead = whole.as_str().len() - whole.as_str().trim_start().len();
        let range = whole.start() + lead..whole.end();
        let span = crate::model::span_of_bytes(&text, start, range.clone());
        found.push(DateRef {
            text: text[range].to_owned(),
            start: span.char_start,
            end: span.char_end,
            begin: iso(begin),
            end_date: iso(end_date),
        });
    }
    found
}

fn resolve(caps: &regex::Captures<'_>, published: Option<Date>) -> Option<(Date, Date)> {
    if let Some(wd) = caps.name("wd") {
        let pubdate = published?;
        let target = weekday(wd.as_str())?;
        let rel = caps.name("rel").map(|m| m.as_str().to_lowercase());
        let back = (pubdate.weekday().to_monday_zero_offset() - target.to_monday_zero_offset())
            .rem_euclid(7);
        let date = match rel.as_deref() {
            Some("next") => pubdate.checked_add((7 - back).days()).ok()?,
            Some("last") if back == 0 => pubdate.checked_sub(7.days()).ok()?,
            _ => pubdate.checked_sub(i64::from(back).days()).ok()?,
        };
        return Some((date, date));
    }
    let month_day = caps
        .name("mon")
        .zip(caps.name("day"))
        .map(|(m, d)| (m, d, caps.name("year")))
        .or_else(|| {
            caps.name("mon2")
                .zip(caps.name("day2"))
                .map(|(m, d)| (m, d, caps.name("year2")))
        });
    if let Some((m, d, y)) = month_day {
        let month = month_number(m.as_str())?;
        let day: i8 = d.as_str().parse().ok()?;
        let year: i16 = match y {
            Some(y) => y.as_str().parse().ok()?,
            None => published?.year(),
        };
        let mut date = Date::new(year, month, day).ok()?;
        if y.is_none() {
            if let Some(p) = published {
                // "Dec. 30" read in a January article is last year's.
                if date > p.checked_add(180.days()).ok()? {
                    date = Date::new(year - 1, month, day).ok()?;
                }
            }
        }
        return Some((date, date));
    }
    let pubdate = published?;
    if caps.name("lastweek").is_some() {
        let monday = pubdate
            .checked_sub(i64::from(pubdate.weekday().to_monday_zero_offset() + 7).days())
            .ok()?;
        let (from, to) = match caps.name("mid").map(|m| m.as_str().trim().to_lowercase()) {
            Some(ref m) if m == "mid-" => (1, 3),
            Some(ref m) if m == "early" => (0, 2),
            Some(ref m) if m == "late" => (3, 6),
            _ => (0, 6),
        };
        return Some((
            monday.checked_add(i64::from(from).days()).ok()?,
            monday.checked_add(i64::from(to).days()).ok()?,
        ));
    }
    if let Some(m) = caps.name("yday") {
        let date = if m.as_str().eq_ignore_ascii_case("yesterday") {
            pubdate.checked_sub(1.days()).ok()?
        } else {
            pubdate
        };
        return Some((date, date));
    }
    if caps.name("lastyear").is_some() {
        let y = pubdate.year() - 1;
        return Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?));
    }
    if caps.name("lastmonth").is_some() {
        let first = pubdate.first_of_month().checked_sub(1.days()).ok()?;
        return Some((first.first_of_month(), first));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_text_that_may_hold_a_date_is_searched() {
        let may = |text: &str| may_hold_a_date(&text.chars().collect::<Vec<_>>());
        for text in [
            "on MONDAY",
            "LAST week",
            "“Yesterday”",
            "in 2016",
            "Today’s",
        ] {
            assert!(may(text), "{text:?}");
        }
        for text in ["he said", "the lasso", "", "dáy"] {
            assert!(!may(text), "{text:?}");
        }
    }

    fn one(text: &str, published: &str) -> (String, String) {
        let chars: Vec<char> = text.chars().collect();
        let date: Date = published.parse().unwrap();
        let found = find(&chars, 0, chars.len(), Some(date));
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (found[0].begin.clone(), found[0].end_date.clone())
    }

    #[test]
    fn weekdays_count_back_from_publication() {
        // 2026-01-13 is a Tuesday.
        assert_eq!(one("on Monday", "2026-01-13").0, "2026-01-12");
        assert_eq!(one("on Sunday", "2026-01-13").0, "2026-01-11");
        assert_eq!(one("on Tuesday", "2026-01-13").0, "2026-01-13");
        assert_eq!(one("On Friday", "2026-01-12").0, "2026-01-09");
        assert_eq!(one("next Monday", "2026-01-13").0, "2026-01-19");
    }

    #[test]
    fn month_days_in_several_spellings() {
        assert_eq!(one("on Jan. 3", "2026-01-12").0, "2026-01-03");
        assert_eq!(one("on january 12", "2026-01-13").0, "2026-01-12");
        assert_eq!(one("on Jan 22", "2026-01-13").0, "2026-01-22");
        assert_eq!(one("12 January 2025", "2026-01-13").0, "2025-01-12");
        assert_eq!(one("Dec. 30", "2026-01-13").0, "2025-12-30");
    }

    #[test]
    fn vague_expressions_give_ranges() {
        assert_eq!(
            one("mid-last week", "2026-01-13"),
            ("2026-01-06".to_owned(), "2026-01-08".to_owned())
        );
        assert_eq!(
            one("Last week", "2026-01-13"),
            ("2026-01-05".to_owned(), "2026-01-11".to_owned())
        );
        assert_eq!(
            one("last year", "2026-01-13"),
            ("2025-01-01".to_owned(), "2025-12-31".to_owned())
        );
    }

    #[test]
    fn offsets_are_code_points() {
        let chars: Vec<char> = "“Olá” on Monday".chars().collect();
        let found = find(&chars, 0, chars.len(), "2026-01-13".parse().ok());
        assert_eq!((found[0].start, found[0].end), (9, 15));
        assert_eq!(found[0].text, "Monday");
    }
}
