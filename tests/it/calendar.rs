//! The case calendar (issue 19), through the library: no shipped scenario puts a scene, a key
//! decision or a timeline date on a Saturday, a Sunday, a public holiday or a day it declares
//! closed, over random plays and the always-first and always-longest plays; anchors land where
//! the text says; a scenario's own closed days are kept; `explore` reports scenes reached on
//! closed days. Plays choose by choice id, never by the number a choice is shown under.

use std::sync::Arc;

use laget::debrief::{self, WallClock};
use laget::engine::{Action, Drill, Event, Mode, Pending, Session, Setup};
use laget::explore::{self, Options};
use laget::scenario::calendar::parse_closed;
use laget::scenario::load::{load_bytes, load_path};

use crate::support::lcg::Lcg;

/// The Norwegian public holidays of the years the shipped scenarios reach, written out by
/// hand from the official list (not computed), so that this test does not trust the calendar
/// it checks.
const HOLIDAYS: &[&str] = &[
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
    "2027-01-01",
    "2027-03-25",
    "2027-03-26",
    "2027-03-28",
    "2027-03-29",
    "2027-05-01",
    "2027-05-06",
    "2027-05-16",
    "2027-05-17",
    "2027-12-25",
    "2027-12-26",
];

/// Why a simulated moment is on a closed day, or `None`: checked from the date alone.
fn closed(drill: &Drill, at: i64) -> Option<String> {
    let d = drill.date_at(at);
    let ymd = format!("{:04}-{:02}-{:02}", d.year, d.month, d.day);
    if d.weekday >= 5 {
        return Some(format!("{ymd} is a {}", ["Saturday", "Sunday"][d.weekday as usize - 5]));
    }
    if HOLIDAYS.contains(&ymd.as_str()) {
        return Some(format!("{ymd} is a public holiday"));
    }
    let day = laget::scenario::duration::Instant::parse(&ymd).unwrap().0 / 1440;
    let declared = drill.scenario.calendar.closed.iter().filter_map(|c| parse_closed(c));
    for (a, b) in declared {
        if (a..=b).contains(&day) {
            return Some(format!("{ymd} is declared closed"));
        }
    }
    None
}

#[derive(Clone, Copy, Debug)]
enum Strategy {
    First,
    Longest,
    Random(u64),
}

/// Plays to the end, choosing by id; returns the session.
fn play(drill: &Arc<Drill>, strategy: Strategy) -> Session {
    let seed = match strategy {
        Strategy::Random(s) => s,
        _ => 7,
    };
    let setup = Setup {
        seed,
        mode: Mode::Group,
        role: None,
        coach: false,
        from: None,
    };
    let mut s = Session::new(drill.clone(), setup);
    let mut rng = Lcg(seed);
    for _ in 0..10_000 {
        let Pending::Choice { choices, .. } = s.pending() else {
            break;
        };
        assert!(!choices.is_empty(), "a decision with no choice open");
        let c = match strategy {
            Strategy::First => choices[0],
            Strategy::Longest => *choices
                .iter()
                .max_by_key(|&&c| (drill.choice(c).text.chars().count(), std::cmp::Reverse(c)))
                .unwrap(),
            Strategy::Random(_) => choices[rng.below(choices.len())],
        };
        let id = s.choice_id(c).to_string();
        s.apply(Action::Choose { choice: id, seconds: 0 })
            .expect("an open choice");
    }
    assert!(s.is_over(), "the play ends");
    s
}

fn shipped() -> Vec<std::path::PathBuf> {
    let dir = crate::support::root().join("scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    // The tests loop over these: none may pass by looping over nothing.
    assert!(!files.is_empty(), "no scenario in {}", dir.display());
    files
}

/// Every place a play shows a date: scene headers (entering a scene), decisions, and the
/// debrief's timeline.
fn closed_dates(drill: &Drill, s: &Session) -> Vec<String> {
    let mut out = Vec::new();
    for e in &s.state.events {
        let (what, at) = match *e {
            Event::Enter { scene, at, .. } => (format!("scene {}", drill.scene(scene).id()), at),
            Event::Chose { choice, at, .. } => (format!("choice {}", drill.choice_ref(choice)), at),
            _ => continue,
        };
        if let Some(why) = closed(drill, at) {
            out.push(format!("{what}: {why}"));
        }
    }
    let d = debrief::build(s, WallClock::default());
    for t in &d.timeline {
        if let Some(why) = closed(drill, t.at) {
            out.push(format!("timeline {:?} {}: {why}", t.kind, t.date));
        }
    }
    out
}

#[test]
fn no_shipped_scenario_meets_on_a_closed_day() {
    let files = shipped();
    assert!(files.len() >= 11, "every scenario in every language");
    for path in files {
        let (source, scenario) = load_path(&path).unwrap_or_else(|d| panic!("{}: {d:?}", path.display()));
        let drill = Arc::new(Drill::new(source, scenario));
        let strategies = [Strategy::First, Strategy::Longest]
            .into_iter()
            .chain((1..=40).map(Strategy::Random));
        for strategy in strategies {
            let s = play(&drill, strategy);
            let bad = closed_dates(&drill, &s);
            assert!(bad.is_empty(), "{} {strategy:?}: {bad:#?}", path.display());
        }
    }
}

/// A small scenario starting Tuesday 31 March 2026, the week before Easter, with an autumn-
/// break-like closed week declared; each choice leads somewhere the calendar matters.
const SMALL: &str = r#"Scenario(
    id: "kalender", title: "Kalender", language: "nb", summary: "Test", duration_minutes: 10,
    clock: Clock(start: "2026-03-31 10:00", horizon: Weeks(30), timeout: "slutt"),
    calendar: (closed: ["2026-04-20..2026-04-24"]),
    roles: [Role(id: "pedagogisk_leder")],
    key_decisions: [KeyDecision(id: "mote", title: "Møtet", window: Window(ideal_from: WorkingDays(1), ideal_to: WorkingDays(3), latest: WorkingDays(10)))],
    start: "uro",
    scenes: [
        Decision(id: "uro", role: "pedagogisk_leder", text: "Tirsdag.", choices: [
            Choice(id: "torsdag", text: "Har du tid torsdag klokka to?", next: "samtale", at: NextWeekday(Thu, "14:00")),
            Choice(id: "i_morgen", text: "I morgen tidlig.", next: "samtale", at: NextWorkingDay("08:30")),
            Choice(id: "om_tre_uker", text: "Om tre uker.", next: "samtale", elapsed: Weeks(3)),
            Choice(id: "lordag", text: "Far ringer lørdag kveld.", next: "telefon", elapsed: Days(4)),
            Choice(id: "to_arbeidsdager", text: "Om to arbeidsdager.", next: "samtale", elapsed: WorkingDays(2)),
        ]),
        Decision(id: "telefon", role: "pedagogisk_leder", text: "Far i telefonen.", any_day: true, at: SameDay("19:00"), choices: [
            Choice(id: "ta_imot", text: "Ta imot.", next: "samtale"),
        ]),
        Decision(id: "samtale", role: "pedagogisk_leder", text: "Samtalen.", choices: [
            Choice(id: "ja", text: "Ja.", next: "senere", decides: "mote"),
        ]),
        Narration(id: "senere", text: "Senere samme dag.", at: SameDay("15:30"), next: "slutt"),
        Ending(id: "slutt", title: "Slutt", text: "Slutt"),
    ],
    exemplary_path: ["uro.torsdag", "samtale.ja"],
)"#;

fn small() -> Arc<Drill> {
    let (source, scenario) = load_bytes("kalender.ron", SMALL.as_bytes().to_vec()).unwrap_or_else(|d| panic!("{d:?}"));
    Arc::new(Drill::new(source, scenario))
}

/// The scene entered, and its date and time, after each of `picks`.
fn landings(picks: &[&str]) -> Vec<String> {
    let drill = small();
    let setup = Setup {
        seed: 1,
        mode: Mode::Group,
        role: None,
        coach: false,
        from: None,
    };
    let mut s = Session::new(drill.clone(), setup);
    for p in picks {
        s.apply(Action::Choose {
            choice: p.to_string(),
            seconds: 0,
        })
        .unwrap_or_else(|e| panic!("{p}: {e:?}"));
    }
    s.state
        .events
        .iter()
        .filter_map(|e| match *e {
            Event::Enter { scene, at, .. } => {
                let d = drill.date_at(at);
                let wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday as usize];
                Some(format!(
                    "{} {wd} {:04}-{:02}-{:02} {:02}:{:02} day {}",
                    drill.scene(scene).id(),
                    d.year,
                    d.month,
                    d.day,
                    d.hour,
                    d.minute,
                    drill.day_at(at)
                ))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_weekday_anchor_lands_on_that_weekday_at_that_time() {
    assert_eq!(
        landings(&["torsdag", "ja"]),
        [
            "uro Tue 2026-03-31 10:00 day 0",
            // Thursday 2 April is Maundy Thursday: the Thursday after.
            "samtale Thu 2026-04-09 14:00 day 9",
            "senere Thu 2026-04-09 15:30 day 9",
            "slutt Thu 2026-04-09 15:30 day 9",
        ]
    );
}

#[test]
fn the_next_working_day_skips_easter() {
    let got = landings(&["i_morgen", "ja"]);
    assert_eq!(got[1], "samtale Wed 2026-04-01 08:30 day 1");
    let got = landings(&["to_arbeidsdager", "ja"]);
    // Wednesday 1 April, then (after Maundy Thursday to Easter Monday) Tuesday 7 April.
    assert_eq!(got[1], "samtale Tue 2026-04-07 10:00 day 7");
}

#[test]
fn a_declared_closed_week_moves_a_scene_to_the_next_open_day() {
    // Three weeks after Tuesday 31 March is Tuesday 21 April, in the declared closed week.
    let got = landings(&["om_tre_uker", "ja"]);
    assert_eq!(got[1], "samtale Mon 2026-04-27 10:00 day 27");
}

#[test]
fn an_any_day_scene_may_be_on_a_saturday_evening_and_the_next_scene_may_not() {
    let got = landings(&["lordag", "ta_imot", "ja"]);
    assert_eq!(got[1], "telefon Sat 2026-04-04 19:00 day 4");
    // Easter Sunday and Monday follow: the conversation is on Tuesday at the same time.
    assert_eq!(got[2], "samtale Tue 2026-04-07 19:00 day 7");
}

#[test]
fn working_day_windows_count_open_days() {
    let drill = small();
    // From Tuesday 31 March 10:00: WorkingDays(3) is 8 April (1, 7, 8 April), WorkingDays(10)
    // is 17 April (9, 10, 13, 14, 15, 16, 17 April).
    let w = drill.graph.windows[0];
    let (to, latest) = (w.ideal_to, w.latest);
    assert_eq!(drill.date_at(to).day, 8);
    assert_eq!((drill.date_at(latest).month, drill.date_at(latest).day), (4, 17));
}

#[test]
fn explore_reports_scenes_on_closed_days_with_a_replay() {
    let drill = small();
    let report = explore::explore(
        &drill,
        &Options {
            walks: 200,
            seed: 3,
            ..Options::default()
        },
    )
    .unwrap();
    assert_eq!(report.closed_days.len(), 1, "{:?}", report.closed_days);
    let c = &report.closed_days[0];
    assert_eq!(
        (c.scene.as_str(), c.any_day, c.date.as_str()),
        ("telefon", true, "2026-04-04")
    );
    assert!(c.walks > 0 && !c.inputs.is_empty());
    // The shipped scenarios have none.
    for path in shipped() {
        let (source, scenario) = load_path(&path).unwrap();
        let d = Drill::new(source, scenario);
        let r = explore::explore(
            &d,
            &Options {
                walks: 300,
                ..Options::default()
            },
        )
        .unwrap();
        assert!(r.closed_days.is_empty(), "{}: {:?}", path.display(), r.closed_days);
    }
}

#[test]
fn the_debrief_counts_calendar_days_and_shows_working_days_for_a_working_day_window() {
    let drill = small();
    let setup = Setup {
        seed: 1,
        mode: Mode::Group,
        role: None,
        coach: false,
        from: None,
    };
    let mut s = Session::new(drill, setup);
    for p in ["to_arbeidsdager", "ja"] {
        s.apply(Action::Choose {
            choice: p.to_string(),
            seconds: 0,
        })
        .unwrap();
    }
    let d = debrief::build(&s, WallClock::default());
    let decision = d
        .intervals
        .iter()
        .find(|i| i.subject.as_deref() == Some("Møtet"))
        .unwrap();
    // Tuesday 31 March to Tuesday 7 April: 7 calendar days, 2 working days (1 and 7 April).
    assert_eq!((decision.days, decision.working_days), (Some(7), Some(2)));
    assert!(
        d.intervals
            .iter()
            .filter(|i| i.subject.is_none())
            .all(|i| i.working_days.is_none())
    );
    let text = debrief::text(&d, &laget::i18n::Messages::new(laget::i18n::Lang::En));
    assert!(text.contains("7 days (2 working days)"), "{text}");
}
