//! Decision timing: "early enough, deep enough, long enough". Each key decision is scored by
//! when on the simulated clock it was first made, against its window.

use super::{Evidence, Rule, dimension};
use crate::engine::graph::{Graph, Window};
use crate::engine::{Event, State};
use crate::scenario::model::Dimension;

/// Points for a decision made at `t` (minutes since day 0) in its window.
pub fn points(t: Option<i64>, w: Window) -> (Rule, u32) {
    let Window {
        ideal_from: from,
        ideal_to: to,
        latest,
    } = w;
    let Some(t) = t else { return (Rule::NeverMade, 0) };
    let lin = |num: i64, den: i64| -> u32 {
        if den <= 0 {
            50
        } else {
            // 100 − 50·num/den, rounded half up like every other score.
            ((2 * (100 * den - 50 * num.clamp(0, den)) + den) / (2 * den)) as u32
        }
    };
    // A window's ends given in whole days include the whole of that day: a decision taken at
    // 08:25 on day 21 is inside a window that ends on day 21.
    let whole_day = |x: i64| if x > 0 && x % 1440 == 0 { x + 1439 } else { x };
    if t < from {
        // Too early without grounding is also a fault: from 100 at `from` down to 50 at day 0.
        (Rule::Early, lin(from - t, from))
    } else if t <= whole_day(to) {
        (Rule::InWindow, 100)
    } else if t <= whole_day(latest) {
        (Rule::Late, lin(t - to, latest - to))
    } else {
        (Rule::AfterLatest, 25)
    }
}

/// Whether key decision `k` belongs to this play: not when all its `not_applicable_when`
/// conditions hold at the end (an empty list never holds).
pub fn applies(g: &Graph, st: &State, k: usize) -> bool {
    let na = g.not_applicable[k];
    na.is_empty() || !st.all(g.conds(na))
}

/// Points with the choice that made the decision: one marked `too_early` scores `TOO_EARLY`
/// whenever it came.
fn decision_points(g: &Graph, t: Option<i64>, by: Option<u32>, window: Window) -> (Rule, u32) {
    match by {
        Some(c) if t.is_some() && g.facts.too_early[c as usize] => (Rule::TooEarly, TOO_EARLY),
        _ => points(t, window),
    }
}

/// Points for a decision made too early in substance (without grounding; closing before the
/// measures were evaluated): as much as a decision after the latest acceptable time.
pub const TOO_EARLY: u32 = 25;

fn first_decider(g: &Graph, st: &State, k: usize) -> Option<u32> {
    st.events.iter().find_map(|e| match *e {
        Event::Chose { choice, .. } if g.choices[choice as usize].decides == Some(k as u16) => Some(choice),
        _ => None,
    })
}

pub fn score(g: &Graph, st: &State) -> super::DimensionScore {
    let mut ev = Vec::new();
    let mut sum = 0u64;
    let mut counted = 0u64;
    for (k, &window) in g.windows.iter().enumerate() {
        if !applies(g, st, k) {
            let mut x = Evidence::new(Rule::NotApplicable, false);
            x.key_decision = Some(k as u16);
            ev.push(x);
            continue;
        }
        counted += 1;
        let t = st.decided[k];
        // The choice that made it: the first one that decided it.
        let by = first_decider(g, st, k);
        let (rule, p) = decision_points(g, t, by, window);
        sum += p as u64;
        let mut x = Evidence::new(rule, matches!(rule, Rule::InWindow));
        x.key_decision = Some(k as u16);
        x.points = Some(p);
        x.at = t;
        x.choice = by;
        x.role = x.choice.map(|c| g.choices[c as usize].role);
        ev.push(x);
    }
    let score = super::mean(sum, counted);
    dimension(Dimension::DecisionTiming, score, ev)
}

/// The score alone (the same points as `score`, without finding the evidence).
pub fn total(g: &Graph, st: &State) -> u32 {
    let (mut sum, mut counted) = (0u64, 0u64);
    for (k, &window) in g.windows.iter().enumerate() {
        if applies(g, st, k) {
            // Only a decision a `too_early` choice can make needs to know who made it.
            let by = if g.facts.too_early_decides[k] && st.decided[k].is_some() {
                first_decider(g, st, k)
            } else {
                None
            };
            sum += u64::from(decision_points(g, st.decided[k], by, window).1);
            counted += 1;
        }
    }
    super::mean(sum, counted)
}

#[cfg(test)]
mod tests {
    use super::*;
    const D: i64 = 1440;

    #[test]
    fn window_rules() {
        let w = Window {
            ideal_from: 2 * D,
            ideal_to: 14 * D,
            latest: 28 * D,
        };
        assert_eq!(points(None, w), (Rule::NeverMade, 0));
        assert_eq!(points(Some(5 * D), w), (Rule::InWindow, 100));
        assert_eq!(points(Some(14 * D), w), (Rule::InWindow, 100));
        assert_eq!(points(Some(21 * D), w), (Rule::Late, 75));
        assert_eq!(points(Some(28 * D), w), (Rule::Late, 50));
        assert_eq!(points(Some(29 * D), w), (Rule::AfterLatest, 25));
        assert_eq!(points(Some(D), w), (Rule::Early, 75));
        assert_eq!(points(Some(0), w), (Rule::Early, 50));
        // The last day of the window is included all day long.
        assert_eq!(points(Some(14 * D + 8 * 60 + 25), w), (Rule::InWindow, 100));
        assert_eq!(points(Some(14 * D + 1439), w), (Rule::InWindow, 100));
        assert_eq!(points(Some(15 * D), w).0, Rule::Late);
        assert_eq!(points(Some(28 * D + 600), w), (Rule::Late, 50));
    }
}
