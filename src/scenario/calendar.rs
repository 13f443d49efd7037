//! The case calendar: the Norwegian working week the clock runs on.
//!
//! Kindergartens, schools, PPT, the child welfare service's office hours and the health
//! nurse are closed on Saturdays, Sundays and the public holidays (New Year's Day, Maundy
//! Thursday, Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit Sunday
//! and Monday, Christmas Day and Boxing Day), and on the days a scenario declares closed
//! itself (autumn and winter break, planning days). A scene lands on an open day unless it
//! says it may happen on any day; a scene can be anchored in the week ("next Thursday at
//! 14:00"). Written by hand like the rest of the clock (`duration`): the Easter date is
//! Gauss's computus in the anonymous Gregorian form, exact for every year a drill can reach.

use serde::{Deserialize, Serialize};

use super::duration::{Duration, Instant, civil_from_days, days_from_civil};
use super::model::Text;

/// A day of the week, as an author writes it in an anchor.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    /// 0 = Monday … 6 = Sunday, as `DateTime::weekday`.
    pub fn index(self) -> u32 {
        self as u32
    }
}

/// Where a scene lands in the week. Times are `"HH:MM"`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum At {
    /// The first such weekday at that time, at or after the clock; on an open one unless the
    /// scene may happen on any day (a Thursday that is Ascension Day gives the next Thursday).
    NextWeekday(Weekday, Text),
    /// The first open day after the clock's day, at that time.
    NextWorkingDay(Text),
    /// That time later the same day (the next day when the time has passed).
    SameDay(Text),
}

impl At {
    pub fn time(&self) -> &str {
        match self {
            At::NextWeekday(_, t) | At::NextWorkingDay(t) | At::SameDay(t) => t,
        }
    }
}

/// The scenario's own closed days: `"YYYY-MM-DD"` or a range `"YYYY-MM-DD..YYYY-MM-DD"`
/// (both ends closed).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct CalendarSpec {
    #[serde(default)]
    pub closed: Vec<Text>,
}

/// Parses `"HH:MM"` into minutes after midnight.
pub fn parse_time(s: &str) -> Option<i64> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let h: i64 = h.parse().ok()?;
    let m: i64 = m.parse().ok()?;
    ((0..24).contains(&h) && (0..60).contains(&m)).then_some(h * 60 + m)
}

/// Parses `"YYYY-MM-DD"` into days since 1970-01-01.
fn parse_day(s: &str) -> Option<i64> {
    let s = s.trim();
    (s.len() == 10).then_some(())?;
    Some(Instant::parse(s)?.0.div_euclid(1440))
}

/// Parses a closed-day entry into an inclusive range of days since 1970-01-01.
pub fn parse_closed(s: &str) -> Option<(i64, i64)> {
    match s.split_once("..") {
        Some((a, b)) => {
            let (a, b) = (parse_day(a)?, parse_day(b)?);
            (a <= b).then_some((a, b))
        }
        None => parse_day(s).map(|d| (d, d)),
    }
}

/// Easter Sunday of a Gregorian year, as (month, day).
pub fn easter_sunday(y: i64) -> (u32, u32) {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    (month as u32, day as u32)
}

/// The Norwegian public holiday on a day (days since 1970-01-01), by its Norwegian name.
pub fn public_holiday(day: i64) -> Option<&'static str> {
    let (y, m, d) = civil_from_days(day);
    let fixed = match (m, d) {
        (1, 1) => Some("første nyttårsdag"),
        (5, 1) => Some("arbeidernes dag"),
        (5, 17) => Some("grunnlovsdagen"),
        (12, 25) => Some("første juledag"),
        (12, 26) => Some("andre juledag"),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    let (em, ed) = easter_sunday(y);
    match day - days_from_civil(y, em, ed) {
        -3 => Some("skjærtorsdag"),
        -2 => Some("langfredag"),
        0 => Some("første påskedag"),
        1 => Some("andre påskedag"),
        39 => Some("Kristi himmelfartsdag"),
        49 => Some("første pinsedag"),
        50 => Some("andre pinsedag"),
        _ => None,
    }
}

/// 0 = Monday … 6 = Sunday.
pub fn weekday(day: i64) -> u32 {
    (day + 3).rem_euclid(7) as u32
}

/// Why services are closed on a day, if they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    Weekend,
    Holiday(&'static str),
    /// Declared in the scenario's `calendar`.
    Declared,
}

/// A scene's place in the week, compiled: the anchor (time in minutes after midnight) and
/// whether it may happen on a closed day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Landing {
    pub anchor: Anchor,
    pub any_day: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Anchor {
    #[default]
    None,
    NextWeekday(u32, i64),
    NextWorkingDay(i64),
    SameDay(i64),
}

impl Landing {
    /// Compiles a scene's `at` and `any_day`; a time that does not parse (which `laget check`
    /// reports) is read as 08:00.
    pub fn new(at: Option<&At>, any_day: bool) -> Landing {
        let t = |s: &Text| parse_time(s).unwrap_or(8 * 60);
        let anchor = match at {
            None => Anchor::None,
            Some(At::NextWeekday(w, s)) => Anchor::NextWeekday(w.index(), t(s)),
            Some(At::NextWorkingDay(s)) => Anchor::NextWorkingDay(t(s)),
            Some(At::SameDay(s)) => Anchor::SameDay(t(s)),
        };
        Landing { anchor, any_day }
    }
}

/// A time span the clock adds: minutes, or working days (which depend on where they start).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Step {
    #[default]
    None,
    Minutes(i64),
    WorkingDays(i64),
}

impl Step {
    pub fn new(d: Duration) -> Step {
        match d {
            Duration::WorkingDays(n) => Step::WorkingDays(n.clamp(0, 36_600)),
            d => Step::Minutes(d.minutes().max(0)),
        }
    }
}

/// How far a search for an open day goes before giving up (a scenario that closes years on
/// end): the clock then stays where it is.
const MAX_SEARCH_DAYS: i64 = 5 * 366;

/// The calendar of one scenario: its day 0 and its closed days. The clock counts minutes
/// since day 0; nothing here reads the wall clock.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Calendar {
    /// Day 0 in minutes since 1970-01-01 00:00.
    start: i64,
    /// Declared closed days, inclusive ranges of days since 1970-01-01.
    declared: Vec<(i64, i64)>,
    /// Whether each day from `first_day` on is closed, for the years a drill usually spans:
    /// the engine asks on every scene it enters (millions of times in `laget explore`), and a
    /// lookup costs far less than the Easter computus. Days outside are computed.
    first_day: i64,
    closed_days: Vec<bool>,
}

/// Days the lookup table covers from a week before day 0: four years.
const TABLE_DAYS: i64 = 4 * 366;

impl Calendar {
    /// The calendar of a scenario whose clock starts at `start` (`"YYYY-MM-DD[ HH:MM]"`);
    /// entries that do not parse (which `laget check` reports) are left out.
    pub fn new(start: &str, spec: &CalendarSpec) -> Calendar {
        let mut cal = Calendar {
            start: Instant::parse(start).unwrap_or(Instant(0)).0,
            declared: spec.closed.iter().filter_map(|c| parse_closed(c)).collect(),
            first_day: 0,
            closed_days: Vec::new(),
        };
        let first = cal.start.div_euclid(1440) - 7;
        let table = (first..first + TABLE_DAYS).map(|d| cal.closed(d).is_some()).collect();
        cal.first_day = first;
        cal.closed_days = table;
        cal
    }

    /// Whether a day is closed (the fast form of `closed`).
    pub fn is_closed(&self, day: i64) -> bool {
        match usize::try_from(day - self.first_day)
            .ok()
            .and_then(|i| self.closed_days.get(i))
        {
            Some(&c) => c,
            None => self.closed(day).is_some(),
        }
    }

    /// Why a day (days since 1970-01-01) is closed, or `None` on an open day.
    pub fn closed(&self, day: i64) -> Option<Closed> {
        if weekday(day) >= 5 {
            Some(Closed::Weekend)
        } else if let Some(h) = public_holiday(day) {
            Some(Closed::Holiday(h))
        } else if self.declared.iter().any(|&(a, b)| (a..=b).contains(&day)) {
            Some(Closed::Declared)
        } else {
            None
        }
    }

    /// The day (since 1970-01-01) the clock is on.
    pub fn day_of(&self, clock: i64) -> i64 {
        self.start.saturating_add(clock).div_euclid(1440)
    }

    /// Why the clock is on a closed day, or `None` on an open day.
    pub fn closed_at(&self, clock: i64) -> Option<Closed> {
        let day = self.day_of(clock);
        if self.is_closed(day) { self.closed(day) } else { None }
    }

    /// Calendar days since day 0 ("day N since the first concern").
    pub fn day_number(&self, clock: i64) -> i64 {
        self.day_of(clock) - self.start.div_euclid(1440)
    }

    /// The clock after a step.
    pub fn after(&self, clock: i64, step: Step) -> i64 {
        match step {
            Step::None => clock,
            Step::Minutes(m) => clock.saturating_add(m),
            Step::WorkingDays(n) => {
                let mut day = self.day_of(clock);
                let mut left = n;
                let mut guard = 0;
                while left > 0 && guard < MAX_SEARCH_DAYS * 10 {
                    day += 1;
                    guard += 1;
                    if !self.is_closed(day) {
                        left -= 1;
                    }
                }
                clock.saturating_add((day - self.day_of(clock)) * 1440)
            }
        }
    }

    /// Open days after the day of `from` up to and including the day of `to` (the working
    /// days between two moments, as `WorkingDays` counts them).
    pub fn working_days(&self, from: i64, to: i64) -> i64 {
        let (a, b) = (self.day_of(from), self.day_of(to));
        (a + 1..=b).filter(|&d| !self.is_closed(d)).count() as i64
    }

    /// A duration counted from day 0, in minutes (windows, conditions, the horizon).
    pub fn from_day0(&self, d: Duration) -> i64 {
        self.after(0, Step::new(d))
    }

    /// The first open day at or after `day`, or `day` itself if none is near.
    fn open_from(&self, day: i64) -> i64 {
        (day..day + MAX_SEARCH_DAYS)
            .find(|&d| !self.is_closed(d))
            .unwrap_or(day)
    }

    /// The clock on entering a scene that lands as `landing` says: anchored in the week, and
    /// moved to the next open day (same time) when it may not happen on a closed day. Never
    /// earlier than `clock`.
    pub fn land(&self, clock: i64, landing: Landing) -> i64 {
        let abs = self.start.saturating_add(clock);
        let today = abs.div_euclid(1440);
        let at = |day: i64, t: i64| day * 1440 + t;
        let target = match landing.anchor {
            Anchor::None => abs,
            Anchor::SameDay(t) => {
                let day = if at(today, t) >= abs { today } else { today + 1 };
                at(day, t)
            }
            Anchor::NextWorkingDay(t) => at(self.open_from(today + 1), t),
            Anchor::NextWeekday(w, t) => {
                let mut day = today + (w as i64 - weekday(today) as i64).rem_euclid(7);
                if at(day, t) < abs {
                    day += 7;
                }
                // A weekday closed this week (a holiday, a break) is the same weekday a week
                // later; a weekend day is left to the open-day rule below.
                if !landing.any_day && w < 5 {
                    let mut n = 0;
                    while self.is_closed(day) && n < MAX_SEARCH_DAYS / 7 {
                        day += 7;
                        n += 1;
                    }
                }
                at(day, t)
            }
        };
        let target = if landing.any_day || !self.is_closed(target.div_euclid(1440)) {
            target
        } else {
            let day = target.div_euclid(1440);
            target + (self.open_from(day) - day) * 1440
        };
        target.max(abs) - self.start
    }
}

impl Calendar {
    /// The clock after a choice anchored with `at`, towards a scene that lands as `scene`
    /// says (whether it may be on a closed day decides where a weekday anchor falls). The
    /// scene's own landing applies afterwards, on entering it.
    pub fn land_choice(&self, clock: i64, at: Anchor, scene: Landing) -> i64 {
        if at == Anchor::None {
            return clock;
        }
        self.land(
            clock,
            Landing {
                anchor: at,
                any_day: scene.any_day,
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> i64 {
        parse_day(s).unwrap()
    }

    fn ymd(d: i64) -> String {
        let (y, m, dd) = civil_from_days(d);
        format!("{y:04}-{m:02}-{dd:02}")
    }

    /// The official list (Lov om helligdager og helligdagsfred; the 1 and 17 May holidays by
    /// lov om 1. og 17. mai som høgtidsdager), 2024–2030, written out by hand. Sundays that
    /// are also holidays (Easter Sunday, Whit Sunday) are in it too.
    const OFFICIAL: &[(i64, [&str; 12])] = &[
        (
            2024,
            [
                "2024-01-01",
                "2024-03-28",
                "2024-03-29",
                "2024-03-31",
                "2024-04-01",
                "2024-05-01",
                "2024-05-09",
                "2024-05-17",
                "2024-05-19",
                "2024-05-20",
                "2024-12-25",
                "2024-12-26",
            ],
        ),
        (
            2025,
            [
                "2025-01-01",
                "2025-04-17",
                "2025-04-18",
                "2025-04-20",
                "2025-04-21",
                "2025-05-01",
                "2025-05-17",
                "2025-05-29",
                "2025-06-08",
                "2025-06-09",
                "2025-12-25",
                "2025-12-26",
            ],
        ),
        (
            2026,
            [
                "2026-01-01",
                "2026-04-02",
                "2026-04-03",
                "2026-04-05",
                "2026-04-06",
                "2026-05-01",
                "2026-05-14",
                "2026-05-17",
                "2026-05-24",
                "2026-05-25",
                "2026-12-25",
                "2026-12-26",
            ],
        ),
        // 2027: Whit Monday falls on 17 May, so the year has eleven holiday dates.
        (
            2027,
            [
                "2027-01-01",
                "2027-03-25",
                "2027-03-26",
                "2027-03-28",
                "2027-03-29",
                "2027-05-01",
                "2027-05-06",
                "2027-05-16",
                "2027-05-17",
                "2027-05-17",
                "2027-12-25",
                "2027-12-26",
            ],
        ),
        (
            2028,
            [
                "2028-01-01",
                "2028-04-13",
                "2028-04-14",
                "2028-04-16",
                "2028-04-17",
                "2028-05-01",
                "2028-05-17",
                "2028-05-25",
                "2028-06-04",
                "2028-06-05",
                "2028-12-25",
                "2028-12-26",
            ],
        ),
        (
            2029,
            [
                "2029-01-01",
                "2029-03-29",
                "2029-03-30",
                "2029-04-01",
                "2029-04-02",
                "2029-05-01",
                "2029-05-10",
                "2029-05-17",
                "2029-05-20",
                "2029-05-21",
                "2029-12-25",
                "2029-12-26",
            ],
        ),
        (
            2030,
            [
                "2030-01-01",
                "2030-04-18",
                "2030-04-19",
                "2030-04-21",
                "2030-04-22",
                "2030-05-01",
                "2030-05-17",
                "2030-05-30",
                "2030-06-09",
                "2030-06-10",
                "2030-12-25",
                "2030-12-26",
            ],
        ),
    ];

    #[test]
    fn public_holidays_2024_to_2030_match_the_official_list() {
        for (year, dates) in OFFICIAL {
            let want: std::collections::BTreeSet<i64> = dates.iter().map(|d| day(d)).collect();
            let got: std::collections::BTreeSet<i64> = (day(&format!("{year}-01-01"))..=day(&format!("{year}-12-31")))
                .filter(|&d| public_holiday(d).is_some())
                .collect();
            let show = |s: &std::collections::BTreeSet<i64>| s.iter().map(|&d| ymd(d)).collect::<Vec<_>>();
            assert_eq!(show(&got), show(&want), "{year}");
        }
    }

    #[test]
    fn easter_sundays() {
        let want = [
            (2024, (3, 31)),
            (2025, (4, 20)),
            (2026, (4, 5)),
            (2027, (3, 28)),
            (2028, (4, 16)),
            (2029, (4, 1)),
            (2030, (4, 21)),
            // Extremes of the computus: the earliest and latest possible dates.
            (1818, (3, 22)),
            (2038, (4, 25)),
        ];
        for (y, md) in want {
            assert_eq!(easter_sunday(y), md, "{y}");
        }
    }

    #[test]
    fn names_the_holidays() {
        assert_eq!(public_holiday(day("2026-04-06")), Some("andre påskedag"));
        assert_eq!(public_holiday(day("2026-05-14")), Some("Kristi himmelfartsdag"));
        assert_eq!(public_holiday(day("2026-05-18")), None);
        assert_eq!(
            public_holiday(day("2026-12-24")),
            None,
            "Christmas Eve is not a public holiday"
        );
    }

    fn cal(start: &str, closed: &[&str]) -> Calendar {
        Calendar::new(
            start,
            &CalendarSpec {
                closed: closed.iter().map(|c| Text::from(*c)).collect(),
            },
        )
    }

    fn show(c: &Calendar, clock: i64) -> String {
        let dt = Instant(c.start + clock).date_time();
        format!("{} {:02}:{:02}", ymd(c.day_of(clock)), dt.hour, dt.minute)
    }

    #[test]
    fn weekends_holidays_and_declared_days_are_closed() {
        let c = cal("2026-10-05 08:00", &["2026-10-12..2026-10-16", "2026-11-20"]);
        assert_eq!(c.closed(day("2026-10-09")), None, "a Friday");
        assert_eq!(c.closed(day("2026-10-10")), Some(Closed::Weekend));
        assert_eq!(c.closed(day("2026-10-11")), Some(Closed::Weekend));
        for d in ["2026-10-12", "2026-10-14", "2026-10-16", "2026-11-20"] {
            assert_eq!(c.closed(day(d)), Some(Closed::Declared), "{d}");
        }
        assert_eq!(c.closed(day("2026-10-19")), None);
        assert_eq!(c.closed(day("2026-12-25")), Some(Closed::Holiday("første juledag")));
    }

    #[test]
    fn the_lookup_table_agrees_with_the_rules() {
        let c = cal("2026-10-05 08:00", &["2026-10-12..2026-10-16", "2030-02-18"]);
        for d in c.first_day - 400..c.first_day + TABLE_DAYS + 400 {
            assert_eq!(c.is_closed(d), c.closed(d).is_some(), "{}", ymd(d));
        }
        assert!(c.is_closed(day("2030-02-18")), "a declared day beyond the table");
    }

    #[test]
    fn closed_entries_parse_strictly() {
        assert_eq!(parse_closed("2026-10-12"), Some((day("2026-10-12"), day("2026-10-12"))));
        assert!(parse_closed("2026-10-12..2026-10-16").is_some());
        for bad in [
            "2026-10-16..2026-10-12",
            "2026-13-01",
            "12.10.2026",
            "2026-10-12 08:00",
            "",
            "2026-10-12..",
        ] {
            assert_eq!(parse_closed(bad), None, "{bad}");
        }
        assert_eq!(parse_time("14:00"), Some(840));
        for bad in ["14", "1400", "24:00", "9:30", "14:60", "ab:cd"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_scene_on_a_closed_day_moves_to_the_next_open_day_at_the_same_time() {
        // Friday 2026-10-09 10:00; the week after is the autumn break.
        let c = cal("2026-10-09 10:00", &["2026-10-12..2026-10-16"]);
        let plain = Landing::default();
        assert_eq!(show(&c, c.land(0, plain)), "2026-10-09 10:00", "an open day stays");
        let saturday = 24 * 60 + 3 * 60;
        assert_eq!(show(&c, c.land(saturday, plain)), "2026-10-19 13:00");
        let any = Landing { any_day: true, ..plain };
        assert_eq!(show(&c, c.land(saturday, any)), "2026-10-10 13:00", "any_day stays");
        // Maundy Thursday 2026 to Easter Monday: Wednesday 8 April is the next open day.
        let easter = cal("2026-04-01 09:00", &[]);
        assert_eq!(show(&easter, easter.land(1440, plain)), "2026-04-07 09:00");
    }

    #[test]
    fn anchors_land_where_the_text_says() {
        // Tuesday 2026-09-08 09:00.
        let c = cal("2026-09-08 09:00", &[]);
        let l = |a: At| Landing::new(Some(&a), false);
        let thu = l(At::NextWeekday(Weekday::Thu, "14:00".into()));
        assert_eq!(show(&c, c.land(0, thu)), "2026-09-10 14:00");
        // On Thursday at 15:00 the next Thursday at 14:00 is a week later; at 13:00 today.
        let thu_15 = 2 * 1440 + 6 * 60;
        assert_eq!(show(&c, c.land(thu_15, thu)), "2026-09-17 14:00");
        assert_eq!(show(&c, c.land(thu_15 - 120, thu)), "2026-09-10 14:00");
        let same = l(At::SameDay("13:00".into()));
        assert_eq!(show(&c, c.land(0, same)), "2026-09-08 13:00");
        assert_eq!(show(&c, c.land(5 * 60, same)), "2026-09-09 13:00", "13:00 has passed");
        let next = l(At::NextWorkingDay("08:30".into()));
        assert_eq!(show(&c, c.land(0, next)), "2026-09-09 08:30");
        // From Friday the next working day is Monday.
        assert_eq!(show(&c, c.land(3 * 1440, next)), "2026-09-14 08:30");
        // Ascension Day 2026 is Thursday 14 May: "Thursday" gives the Thursday after.
        let may = cal("2026-05-11 09:00", &[]);
        assert_eq!(show(&may, may.land(0, thu)), "2026-05-21 14:00");
        let any_thu = Landing::new(Some(&At::NextWeekday(Weekday::Thu, "14:00".into())), true);
        assert_eq!(show(&may, may.land(0, any_thu)), "2026-05-14 14:00");
        // A Saturday anchor on an open-days-only scene: the next open day at that time.
        let sat = l(At::NextWeekday(Weekday::Sat, "10:00".into()));
        assert_eq!(show(&c, c.land(0, sat)), "2026-09-14 10:00");
    }

    #[test]
    fn working_days_skip_closed_days_and_keep_the_time() {
        // Wednesday 2026-04-01 10:00, before Easter.
        let c = cal("2026-04-01 10:00", &["2026-04-08"]);
        assert_eq!(show(&c, c.after(0, Step::WorkingDays(1))), "2026-04-07 10:00");
        assert_eq!(show(&c, c.after(0, Step::WorkingDays(2))), "2026-04-09 10:00");
        assert_eq!(c.after(0, Step::WorkingDays(0)), 0);
        assert_eq!(c.from_day0(Duration::WorkingDays(2)), 8 * 1440);
        assert_eq!(c.from_day0(Duration::Days(2)), 2 * 1440);
        assert_eq!(c.working_days(0, c.after(0, Step::WorkingDays(2))), 2);
        assert_eq!(c.working_days(0, 8 * 1440 + 600), 2, "7 and 9 April");
    }

    #[test]
    fn day_numbers_count_calendar_days() {
        // Tuesday 16:00 to Thursday 09:00 is day 2, though less than 48 hours later.
        let c = cal("2026-09-08 16:00", &[]);
        assert_eq!(c.day_number(41 * 60), 2);
        assert_eq!(c.day_number(7 * 60), 0);
        assert_eq!(c.day_number(8 * 60), 1);
    }
}
