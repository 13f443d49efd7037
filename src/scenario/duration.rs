//! Simulated time: durations as authors write them, and the calendar arithmetic the clock needs.
//!
//! Written by hand rather than pulling in a date crate: the clock only ever adds minutes to a
//! start date, and the calendar below is the proleptic Gregorian one (Howard Hinnant's
//! `days_from_civil`), which is exact for every date a drill can reach.

use crate::i18n::{Arg, Messages};
use serde::{Deserialize, Serialize};

/// A span of simulated time. Negative values are accepted by the parser so that `laget check`
/// can point at them with a located error.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum Duration {
    Minutes(i64),
    Hours(i64),
    Days(i64),
    Weeks(i64),
    /// Open days of the case calendar (see `calendar`): weekends, public holidays and the
    /// scenario's own closed days are skipped, the time of day is kept.
    WorkingDays(i64),
}

impl Default for Duration {
    fn default() -> Self {
        Duration::Minutes(0)
    }
}

/// The largest duration any single field may hold: 100 years. Beyond it arithmetic on the
/// clock could overflow, and no drill needs it.
pub const MAX_MINUTES: i64 = 100 * 366 * 24 * 60;

impl Duration {
    /// The number as written, before the unit is applied.
    pub fn amount(self) -> i64 {
        match self {
            Duration::Minutes(n)
            | Duration::Hours(n)
            | Duration::Days(n)
            | Duration::Weeks(n)
            | Duration::WorkingDays(n) => n,
        }
    }

    /// Minutes, or `None` when the value is out of the range a drill can hold. Working days
    /// count as calendar days here, the least they can take: the clock (`calendar::Calendar`)
    /// gives their real length, which depends on where in the week they start.
    pub fn checked_minutes(self) -> Option<i64> {
        let m = match self {
            Duration::Minutes(n) => Some(n),
            Duration::Hours(n) => n.checked_mul(60),
            Duration::Days(n) | Duration::WorkingDays(n) => n.checked_mul(24 * 60),
            Duration::Weeks(n) => n.checked_mul(7 * 24 * 60),
        }?;
        (m.abs() <= MAX_MINUTES).then_some(m)
    }

    /// Minutes, clamped into the valid range (validation reports values outside it).
    pub fn minutes(self) -> i64 {
        self.checked_minutes()
            .unwrap_or(if self.amount() < 0 { -MAX_MINUTES } else { MAX_MINUTES })
    }
}

/// A point on the calendar, in minutes since 1970-01-01 00:00.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Instant(pub i64);

/// A calendar date and time of day, for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateTime {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u32,
}

impl DateTime {
    /// This moment in words with message `id`, which may use `weekday`, `day`, `month`, `year`,
    /// `time` and `n` (`days_since`: days since day 0, the day the concern was first raised).
    pub fn words(&self, m: &Messages, id: &str, days_since: i64) -> String {
        m.fmt(
            id,
            &[
                ("weekday", Arg::Str(&m.get(&format!("weekday-{}", self.weekday)))),
                ("day", Arg::Num(self.day.into())),
                ("month", Arg::Str(&m.get(&format!("month-{}", self.month)))),
                ("year", Arg::Num(self.year)),
                ("time", Arg::Str(&format!("{:02}:{:02}", self.hour, self.minute))),
                ("n", Arg::Num(days_since)),
            ],
        )
    }
}

pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

impl Instant {
    /// Parses `"YYYY-MM-DD"` or `"YYYY-MM-DD HH:MM"` (years 1900 to 2200).
    pub fn parse(s: &str) -> Option<Instant> {
        let (date, time) = match s.trim().split_once(' ') {
            Some((d, t)) => (d, Some(t.trim())),
            None => (s.trim(), None),
        };
        let mut parts = date.split('-');
        let y: i64 = parts.next()?.parse().ok()?;
        let m: u32 = parts.next()?.parse().ok()?;
        let d: u32 = parts.next()?.parse().ok()?;
        if parts.next().is_some() || !(1900..=2200).contains(&y) || !(1..=12).contains(&m) {
            return None;
        }
        if d == 0 || d > days_in_month(y, m) {
            return None;
        }
        let (h, min) = match time {
            None => (0, 0),
            Some(t) => {
                let (h, mi) = t.split_once(':')?;
                let h: i64 = h.parse().ok()?;
                let mi: i64 = mi.parse().ok()?;
                if !(0..24).contains(&h) || !(0..60).contains(&mi) {
                    return None;
                }
                (h, mi)
            }
        };
        Some(Instant(days_from_civil(y, m, d) * 1440 + h * 60 + min))
    }

    pub fn plus_minutes(self, minutes: i64) -> Instant {
        Instant(self.0.saturating_add(minutes))
    }

    pub fn date_time(self) -> DateTime {
        let days = self.0.div_euclid(1440);
        let rest = self.0.rem_euclid(1440);
        let (year, month, day) = civil_from_days(days);
        DateTime {
            year,
            month,
            day,
            hour: (rest / 60) as u32,
            minute: (rest % 60) as u32,
            // 1970-01-01 was a Thursday (3 when Monday is 0).
            weekday: ((days + 3).rem_euclid(7)) as u32,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_dates() {
        let i = Instant::parse("2026-09-07 08:30").unwrap();
        let dt = i.date_time();
        assert_eq!((dt.year, dt.month, dt.day, dt.hour, dt.minute), (2026, 9, 7, 8, 30));
        assert_eq!(dt.weekday, 0, "7 September 2026 is a Monday");
        let later = i.plus_minutes(Duration::Days(25).minutes()).date_time();
        assert_eq!((later.month, later.day), (10, 2));
    }

    #[test]
    fn rejects_impossible_dates() {
        for s in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "07.09.2026",
            "2026-09-07 25:00",
            "",
        ] {
            assert!(Instant::parse(s).is_none(), "{s} should be rejected");
        }
        assert!(Instant::parse("2028-02-29").is_some());
    }

    #[test]
    fn huge_durations_are_out_of_range_not_overflow() {
        assert_eq!(Duration::Weeks(i64::MAX).checked_minutes(), None);
        assert_eq!(Duration::Days(-3).checked_minutes(), Some(-3 * 1440));
        assert_eq!(Duration::Weeks(i64::MAX).minutes(), MAX_MINUTES);
    }
}
