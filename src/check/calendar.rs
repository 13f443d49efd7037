//! Checks on the case calendar (issue 19): closed days and anchor times that do not parse,
//! a clock that starts on a closed day, a scene whose text names another weekday than the
//! one it is anchored to, key decisions in scenes that may happen on closed days, and anchors
//! on a round's choices, which the clock does not use.

use super::diagnostic::Code;
use super::locate::{Locator, Spot};
use super::refs::{choice_anchor, scene_anchor};
use crate::scenario::calendar::{At, Calendar, Weekday, parse_closed, parse_time};
use crate::scenario::duration::Instant;
use crate::scenario::model::*;

/// Weekday names as texts write them, per `Weekday` (Monday first): bokmål, nynorsk, English.
const NAMES: [&[&str]; 7] = [
    &["mandag", "måndag", "monday"],
    &["tirsdag", "tysdag", "tuesday"],
    &["onsdag", "wednesday"],
    &["torsdag", "thursday"],
    &["fredag", "friday"],
    &["lørdag", "laurdag", "saturday"],
    &["søndag", "sundag", "sunday"],
];

/// The weekdays a text names (whole words, any case), Monday = 0.
pub fn weekdays_named(text: &str) -> Vec<u32> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (0..7u32)
        .filter(|&d| {
            NAMES[d as usize]
                .iter()
                .any(|n| words.iter().any(|w| w == n || w.strip_suffix('s') == Some(n)))
        })
        .collect()
}

fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Mon",
        Weekday::Tue => "Tue",
        Weekday::Wed => "Wed",
        Weekday::Thu => "Thu",
        Weekday::Fri => "Fri",
        Weekday::Sat => "Sat",
        Weekday::Sun => "Sun",
    }
}

pub fn check(loc: &mut Locator, s: &Scenario) {
    let mut bad_closed = false;
    for c in &s.calendar.closed {
        if parse_closed(c).is_none() {
            bad_closed = true;
            loc.report(
                Code::BadClosedDay,
                Spot {
                    after: 0,
                    key: "closed",
                    value: c,
                },
                vec![("value", c.to_string())],
            );
        }
    }
    if !bad_closed && Instant::parse(&s.clock.start).is_some() {
        let cal = Calendar::new(&s.clock.start, &s.calendar);
        let start_any_day = s
            .scenes
            .iter()
            .find(|x| x.id() == s.start)
            .is_some_and(|x| x.landing().1);
        if cal.closed_at(0).is_some() && !start_any_day {
            loc.report(
                Code::StartOnClosedDay,
                Spot {
                    after: 0,
                    key: "start",
                    value: &s.clock.start,
                },
                vec![("value", s.clock.start.to_string())],
            );
        }
    }
    for (si, scene) in s.scenes.iter().enumerate() {
        let (at, any_day) = scene.landing();
        let has_choice_at = scene.choices().iter().any(|c| c.at.is_some());
        if at.is_none() && !any_day && !has_choice_at {
            continue;
        }
        let anchor = scene_anchor(loc, s, si);
        if let Some(at) = at {
            anchored(loc, anchor, scene.id(), at, scene.text());
        }
        let round = matches!(scene, Scene::Round { .. });
        for (ci, c) in scene.choices().iter().enumerate() {
            if let Some(at) = &c.at {
                let cat = choice_anchor(loc, s, si, ci);
                let name = format!("{}.{}", scene.id(), c.id);
                anchored(loc, cat, &name, at, &c.text);
                if round {
                    loc.report_number(Code::AnchorInRound, cat, "at", 0, vec![("name", name)]);
                }
            }
            if any_day && let Some(k) = &c.decides {
                loc.report_number(
                    Code::KeyDecisionAnyDay,
                    anchor,
                    "any_day",
                    0,
                    vec![("scene", scene.id().to_string()), ("name", k.to_string())],
                );
            }
        }
    }
}

/// An anchor's time parses, and its weekday is the one the text names (if it names any).
fn anchored(loc: &mut Locator, after: usize, what: &str, at: &At, text: &str) {
    if parse_time(at.time()).is_none() {
        loc.report(
            Code::BadAnchorTime,
            Spot {
                after,
                key: "at",
                value: at.time(),
            },
            vec![("value", at.time().to_string()), ("scene", what.to_string())],
        );
    }
    if let At::NextWeekday(w, _) = at {
        let named = weekdays_named(text);
        if !named.is_empty() && !named.contains(&w.index()) {
            loc.report_number(
                Code::WeekdayNotInText,
                after,
                "NextWeekday",
                0,
                vec![("scene", what.to_string()), ("weekday", weekday_name(*w).to_string())],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::weekdays_named;

    #[test]
    fn finds_weekday_names_in_three_languages() {
        assert_eq!(weekdays_named("Torsdag klokka to møtes teamet."), vec![3]);
        assert_eq!(weekdays_named("On Thursdays and on Monday"), vec![0, 3]);
        assert_eq!(weekdays_named("Måndag og laurdag"), vec![0, 5]);
        assert!(weekdays_named("Fredrikke sier ingenting").is_empty());
    }
}
