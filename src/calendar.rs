//! Counting days the way Fed. R. Civ. P. 6(a)(1) does: exclude the day of the
//! event, count every day, and if the last day is a Saturday, Sunday or legal
//! holiday, run on to the next day that is not.
//!
//! Legal holidays are the federal holidays of 5 U.S.C. § 6103(a) on the days
//! they are observed (a Saturday holiday is observed the Friday before, a
//! Sunday one the Monday after). Days the President or Congress declare, and
//! a state holiday where the court sits (Rule 6(a)(6)(C)), are not known here;
//! the deadline findings say so.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

/// The last day of a period of `days` days that begins after `event`.
pub fn period_end(event: Date, days: u32) -> Date {
    let mut end = add_days(event, i64::from(days));
    while !is_court_day(end) {
        end = add_days(end, 1);
    }
    end
}

/// The court days after `from`, in order, to the end of the calendar.
fn court_days(from: Date) -> impl Iterator<Item = Date> {
    std::iter::successors(from.checked_add(1.day()).ok(), |d| {
        d.checked_add(1.day()).ok()
    })
    .filter(|d| is_court_day(*d))
}

/// The court days on or before `day`, latest first.
pub fn court_days_back(day: Date) -> impl Iterator<Item = Date> {
    std::iter::successors(Some(day), |d| d.yesterday().ok()).filter(|d| is_court_day(*d))
}

/// The `n`th court day after `event`: the day by which "n business days"
/// (Gill-Mulson, D. Colo. 2012: wait "at least three business days" for an
/// answer) have run. A demand sent on a Friday for an answer on Monday has
/// left the other side one such day, not three. `None` when the calendar
/// ends first (year 9999): no day gives the other side its time.
pub fn court_days_after(event: Date, n: u32) -> Option<Date> {
    match n {
        0 => Some(event),
        n => court_days(event).nth(n as usize - 1),
    }
}

/// How many court days fall after `from`, up to and including `to`.
pub fn court_days_between(from: Date, to: Date) -> u32 {
    court_days(from).take_while(|d| *d <= to).count() as u32
}

/// True unless the day is a weekend day or a federal legal holiday.
pub fn is_court_day(d: Date) -> bool {
    !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) && !is_federal_holiday(d)
}

/// Whether `d` is the observed day of a federal holiday under 5 U.S.C. § 6103.
///
/// Deadline checks ask this for many days on every keystroke, so the years
/// courts deal with (1970–2100) are computed once into a sorted table.
pub fn is_federal_holiday(d: Date) -> bool {
    static TABLE: std::sync::OnceLock<Vec<Date>> = std::sync::OnceLock::new();
    if (TABLE_FIRST..TABLE_LAST).contains(&d.year()) {
        let table = TABLE.get_or_init(|| {
            let mut all: Vec<Date> = (TABLE_FIRST..=TABLE_LAST)
                .flat_map(|y| holidays(y).into_iter().flatten())
                .collect();
            all.sort_unstable();
            all
        });
        return table.binary_search(&d).is_ok();
    }
    computed_holiday(d)
}

const TABLE_FIRST: i16 = 1970;
/// One past the last year looked up in the table: its holidays are in it so
/// that a New Year's Day observed on December 31 is found.
const TABLE_LAST: i16 = 2101;

fn computed_holiday(d: Date) -> bool {
    let y = d.year();
    // The holiday of the next year can be observed on December 31.
    [y, y + 1]
        .into_iter()
        .any(|year| holidays(year).into_iter().flatten().any(|h| h == d))
}

fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(n.days()).unwrap_or(d)
}

/// The observed dates of the federal holidays of `year`.
fn holidays(year: i16) -> [Option<Date>; 11] {
    let fixed = |m: i8, day: i8| Date::new(year, m, day).ok().map(observed);
    [
        fixed(1, 1),
        nth_weekday(year, 1, Weekday::Monday, 3), // Birthday of Martin Luther King, Jr.
        nth_weekday(year, 2, Weekday::Monday, 3), // Washington's Birthday
        last_weekday(year, 5, Weekday::Monday),   // Memorial Day
        if year >= 2021 { fixed(6, 19) } else { None }, // Juneteenth
        fixed(7, 4),
        nth_weekday(year, 9, Weekday::Monday, 1), // Labor Day
        nth_weekday(year, 10, Weekday::Monday, 2), // Columbus Day
        fixed(11, 11),                            // Veterans Day
        nth_weekday(year, 11, Weekday::Thursday, 4), // Thanksgiving Day
        fixed(12, 25),
    ]
}

fn observed(d: Date) -> Date {
    match d.weekday() {
        Weekday::Saturday => add_days(d, -1),
        Weekday::Sunday => add_days(d, 1),
        _ => d,
    }
}

fn nth_weekday(year: i16, month: i8, wd: Weekday, n: i32) -> Option<Date> {
    Date::new(year, month, 1)
        .ok()?
        .nth_weekday_of_month(n as i8, wd)
        .ok()
}

fn last_weekday(year: i16, month: i8, wd: Weekday) -> Option<Date> {
    Date::new(year, month, 1)
        .ok()?
        .nth_weekday_of_month(-1, wd)
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn thirty_days_landing_on_a_weekday_is_kept() {
        // Response served Tue 2026-03-03; day 30 is Thu 2026-04-02.
        assert_eq!(period_end(date(2026, 3, 3), 30), date(2026, 4, 2));
    }

    #[test]
    fn a_period_ending_on_saturday_runs_to_monday() {
        // 2026-03-07 is a Saturday.
        assert_eq!(period_end(date(2026, 2, 5), 30), date(2026, 3, 9));
    }

    #[test]
    fn a_period_ending_on_a_holiday_runs_past_it() {
        // Labor Day 2026 is Mon Sept 7; Sept 5-6 are the weekend.
        assert_eq!(period_end(date(2026, 8, 6), 30), date(2026, 9, 8));
        // Independence Day 2026 falls on Saturday: observed Friday July 3.
        assert!(is_federal_holiday(date(2026, 7, 3)));
        assert_eq!(period_end(date(2026, 6, 3), 30), date(2026, 7, 6));
    }

    #[test]
    fn business_days_skip_weekends_and_holidays() {
        // Fri 2026-03-06: Mon 9, Tue 10, Wed 11.
        assert_eq!(
            court_days_after(date(2026, 3, 6), 3),
            Some(date(2026, 3, 11))
        );
        assert_eq!(court_days_between(date(2026, 3, 6), date(2026, 3, 9)), 1);
        // Wed 2026-11-25: Thanksgiving (26th) and the weekend pass; Fri 27,
        // Mon 30, Tue Dec 1.
        assert_eq!(
            court_days_after(date(2026, 11, 25), 3),
            Some(date(2026, 12, 1))
        );
        assert_eq!(
            court_days_after(date(2026, 3, 4), 0),
            Some(date(2026, 3, 4))
        );
        assert_eq!(court_days_between(date(2026, 3, 9), date(2026, 3, 6)), 0);
        // The calendar ends before three court days have run.
        assert_eq!(court_days_after(date(9999, 12, 30), 3), None);
        assert_eq!(
            court_days_between(date(9999, 12, 30), date(9999, 12, 31)),
            1
        );
    }

    #[test]
    fn thanksgiving_and_juneteenth() {
        assert!(is_federal_holiday(date(2026, 11, 26)));
        assert!(is_federal_holiday(date(2026, 6, 19)));
        assert!(!is_federal_holiday(date(2020, 6, 19)));
        // New Year's Day 2028 is a Saturday: observed Fri Dec 31, 2027.
        assert!(is_federal_holiday(date(2027, 12, 31)));
    }

    #[test]
    fn the_table_agrees_with_the_computation_every_day() {
        let mut d = date(1969, 1, 1);
        while d < date(2103, 1, 1) {
            assert_eq!(is_federal_holiday(d), computed_holiday(d), "{d}");
            d = add_days(d, 1);
        }
    }
}
