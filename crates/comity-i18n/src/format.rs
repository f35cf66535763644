//! Dates, times and numbers as readers of each official language write them, from the CLDR
//! data ICU4X compiles in: `3 December 2026`, `3 décembre 2026`, `2026年12月3日`,
//! `3 декабря 2026 г.`; Arabic with the digits UN Arabic documents use (`-u-nu-latn`).
//! What the store keeps stays ISO 8601; this is only how it is shown.

use std::sync::OnceLock;

use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_datetime::input::{Date, DateTime, Time};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;

use crate::Lang;

struct Formatters {
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    date_time: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
    number: DecimalFormatter,
}

/// The locale formats are made for, as UN documents write: Arabic keeps Latin digits, English
/// puts the day first.
fn locale(lang: Lang) -> Locale {
    let tag = match lang {
        Lang::Ar => "ar-u-nu-latn",
        Lang::En => "en-GB",
        other => other.code(),
    };
    tag.parse().unwrap_or(Locale::UNKNOWN)
}

fn formatters() -> &'static [Option<Formatters>; 6] {
    static ALL: OnceLock<[Option<Formatters>; 6]> = OnceLock::new();
    ALL.get_or_init(|| {
        Lang::ALL.map(|lang| {
            let locale = locale(lang);
            Some(Formatters {
                date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long()).ok()?,
                date_time: FixedCalendarDateTimeFormatter::try_new(
                    (&locale).into(),
                    YMDT::long().with_time_precision(icu_datetime::options::TimePrecision::Minute),
                )
                .ok()?,
                number: DecimalFormatter::try_new((&locale).into(), Default::default()).ok()?,
            })
        })
    })
}

/// Year, month and day; hour and minute.
type Parsed = ((i32, u8, u8), Option<(u8, u8)>);

/// `YYYY-MM-DD` at the start of `text`, and `HH:MM` after a `T` or a space when present.
fn parse_iso(text: &str) -> Option<Parsed> {
    let digits = |range: std::ops::Range<usize>| text.get(range).filter(|s| s.bytes().all(|b| b.is_ascii_digit()));
    let year: i32 = digits(0..4)?.parse().ok()?;
    (text.get(4..5)? == "-" && text.get(7..8)? == "-").then_some(())?;
    let month: u8 = digits(5..7)?.parse().ok()?;
    let day: u8 = digits(8..10)?.parse().ok()?;
    let time = match text.get(10..11) {
        Some("T") | Some(" ") if text.get(13..14) == Some(":") => {
            Some((digits(11..13)?.parse().ok()?, digits(14..16)?.parse().ok()?))
        }
        _ => None,
    };
    Some(((year, month, day), time))
}

/// A date (`2026-12-03`, or the date of a timestamp) in the language's long form; text that
/// is not such a date is returned as it is.
pub fn date(lang: Lang, iso: &str) -> String {
    let Some(((y, m, d), _)) = parse_iso(iso) else { return iso.to_string() };
    let (Some(f), Ok(date)) = (&formatters()[lang.index()], Date::try_new_gregorian(y, m, d)) else {
        return iso.to_string();
    };
    f.date.format(&date).to_string()
}

/// A timestamp (`2026-12-03T14:05:00Z`, UTC as the store keeps them) as date and time to the
/// minute, with `UTC` after it; a bare date as [`date`]; other text as it is.
pub fn date_time(lang: Lang, iso: &str) -> String {
    let Some(((y, mo, d), time)) = parse_iso(iso) else { return iso.to_string() };
    let Some((h, mi)) = time else { return date(lang, iso) };
    let Some(f) = &formatters()[lang.index()] else { return iso.to_string() };
    let (Ok(date), Ok(time)) = (Date::try_new_gregorian(y, mo, d), Time::try_new(h, mi, 0, 0)) else {
        return iso.to_string();
    };
    format!("{} UTC", f.date_time.format(&DateTime { date, time }))
}

/// UN Headquarters' zone, in which negotiation deadlines are set and read.
pub const NEW_YORK: &str = "America/New_York";

/// A UTC timestamp as New York's clocks read it then, date and time to the minute in the
/// language's form, without a zone name (the caller says "New York time" in its words); None
/// for text that is not a timestamp.
pub fn new_york_time(lang: Lang, iso: &str) -> Option<String> {
    let zoned = iso.parse::<jiff::Timestamp>().ok()?.in_tz(NEW_YORK).ok()?;
    let f = formatters()[lang.index()].as_ref()?;
    let date = Date::try_new_gregorian(i32::from(zoned.year()), zoned.month() as u8, zoned.day() as u8).ok()?;
    let time = Time::try_new(zoned.hour() as u8, zoned.minute() as u8, 0, 0).ok()?;
    Some(f.date_time.format(&DateTime { date, time }).to_string())
}

/// A time given as New York's clocks read it (`2026-03-14T18:00`, as a `datetime-local` field
/// sends it) as the UTC instant; None when it is not such a time.
pub fn from_new_york_time(local: &str) -> Option<jiff::Timestamp> {
    let civil: jiff::civil::DateTime = local.trim().parse().ok()?;
    civil.in_tz(NEW_YORK).ok().map(|z| z.timestamp())
}

/// A UTC timestamp as a `datetime-local` value in New York time (`2026-03-14T18:00`).
pub fn to_new_york_input(iso: &str) -> Option<String> {
    let zoned = iso.parse::<jiff::Timestamp>().ok()?.in_tz(NEW_YORK).ok()?;
    Some(zoned.strftime("%Y-%m-%dT%H:%M").to_string())
}

/// A whole number with the language's grouping (`12,345`, `12 345`, `12.345`).
pub fn number(lang: Lang, n: i64) -> String {
    match &formatters()[lang.index()] {
        Some(f) => f.number.format(&Decimal::from(n)).to_string(),
        None => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_read_in_new_york_time_across_the_change_of_clocks() {
        // 14 March 2026 is after the clocks went forward (8 March): UTC-4.
        let march = new_york_time(Lang::En, "2026-03-14T22:00:00Z").unwrap();
        assert!(march.starts_with("14 March 2026") && march.contains("18:00") && !march.contains("UTC"), "{march}");
        // In January, UTC-5.
        let january = new_york_time(Lang::En, "2026-01-15T23:00:00Z").unwrap();
        assert!(january.starts_with("15 January 2026") && january.contains("18:00"), "{january}");
        assert!(new_york_time(Lang::Zh, "2026-03-14T22:00:00Z").unwrap().contains("18:00"));
        assert_eq!(new_york_time(Lang::En, "tomorrow"), None);
        let back = from_new_york_time("2026-03-14T18:00").unwrap();
        assert_eq!(back.to_string(), "2026-03-14T22:00:00Z");
        assert_eq!(to_new_york_input("2026-03-14T22:00:00Z").as_deref(), Some("2026-03-14T18:00"));
        assert_eq!(from_new_york_time("14/03/2026 18:00"), None);
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        assert_eq!(date(Lang::En, "2026-12-03"), "3 December 2026");
        assert_eq!(date(Lang::Fr, "2026-12-03T09:30:00Z"), "3 décembre 2026");
        assert_eq!(date(Lang::Es, "2026-12-03"), "3 de diciembre de 2026");
        assert_eq!(date(Lang::Zh, "2026-12-03"), "2026年12月3日");
        assert!(date(Lang::Ru, "2026-12-03").starts_with("3 декабря 2026"), "{}", date(Lang::Ru, "2026-12-03"));
        let ar = date(Lang::Ar, "2026-12-03");
        assert!(ar.contains("2026") && ar.contains("ديسمبر"), "{ar}");
        assert_eq!(date(Lang::En, "not a date"), "not a date");
        assert_eq!(date(Lang::En, "2026-13-40"), "2026-13-40");
    }

    #[test]
    fn times_and_numbers() {
        let en = date_time(Lang::En, "2026-12-03T14:05:09Z");
        assert!(en.starts_with("3 December 2026") && en.contains("14:05") && en.ends_with(" UTC"), "{en}");
        let zh = date_time(Lang::Zh, "2026-12-03T14:05:09Z");
        assert!(zh.starts_with("2026年12月3日") && zh.contains("14:05"), "{zh}");
        assert_eq!(date_time(Lang::En, "2026-12-03"), "3 December 2026");
        assert_eq!(number(Lang::En, 12345), "12,345");
        assert_eq!(number(Lang::Ar, 12345).chars().filter(char::is_ascii_digit).count(), 5, "Latin digits in Arabic");
        assert!(number(Lang::Fr, 12345).starts_with("12") && number(Lang::Fr, 12345).ends_with("345"));
    }
}
