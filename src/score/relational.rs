//! Relational safety (*relasjonell trygghet*): in the play's conversations, did the lines
//! chosen build or keep the simulated person's trust? Scored only for plays with conversation
//! lines. The rules are in docs/scoring.md, section 6.

use super::counters::Counters;
use super::{Evidence, Rule, dimension, percent};
use crate::engine::graph::{Graph, Kind};
use crate::engine::{Event, State};
use crate::scenario::model::Dimension;

/// The highest score when some person's counter ended less safe, and when the lines together
/// made the people less safe.
pub const CAP_SOME_LOST: u32 = 79;
pub const CAP_LOST: u32 = 49;

pub fn score(g: &Graph, st: &State) -> Option<super::DimensionScore> {
    let f = &g.facts;
    let mut ev = Vec::new();
    let (mut pos, mut neg) = (0u64, 0u64);
    // How far each counter moved the safer way through the lines: the counters followed
    // through the play in the engine's order, within their limits, so that a trust already at
    // 0 that a line would lower by 3 moved 0, not 3.
    let mut moved: Vec<Option<i64>> = vec![None; f.person.len()];
    let mut values = Counters::new(g);
    let mut lines = 0;
    for e in &st.events {
        values.event(g, e);
        let Event::Chose {
            choice,
            role,
            at,
            round: None,
            ..
        } = *e
        else {
            continue;
        };
        let ch = &g.choices[choice as usize];
        if g.scenes[ch.scene as usize].kind != Kind::Conversation {
            continue;
        }
        lines += 1;
        let with = f.with[ch.scene as usize];
        let q = f.qualities[choice as usize];
        let (p, n) = (q.positive, q.negative);
        pos += u64::from(p);
        neg += u64::from(n);
        if p != n {
            let mut x = Evidence::new(if p > n { Rule::SafeLine } else { Rule::UnsafeLine }, p > n);
            x.choice = Some(choice);
            x.role = Some(role);
            x.at = Some(at);
            ev.push(x);
        }
        // Every counter of the conversation partner counts, moved by this line or not.
        for (c, pc) in f.person.iter().enumerate() {
            if let Some(pc) = pc
                && Some(pc.person) == with
            {
                *moved[c].get_or_insert(0) += values.last_moved(c) * pc.sign;
            }
        }
    }
    if lines == 0 {
        return None;
    }
    let mut score = percent(pos, pos + neg).unwrap_or(100);
    let mut net = 0;
    let mut any_lost = false;
    for (c, m) in moved.iter().enumerate() {
        let Some(m) = *m else { continue };
        net += m;
        any_lost |= m < 0;
        let rule = match m {
            1.. => Rule::TrustBuilt,
            0 => Rule::TrustKept,
            _ => Rule::TrustLost,
        };
        let mut x = Evidence::new(rule, m >= 0);
        x.counter = Some(c as u32);
        // The counter's own movement (a fear rising is +1, and the rule says it was not safer).
        let sign = f.person[c].map_or(1, |pc| pc.sign);
        x.delta = Some(m * sign);
        ev.push(x);
    }
    if net < 0 {
        score = score.min(CAP_LOST);
    } else if any_lost {
        score = score.min(CAP_SOME_LOST);
    }
    Some(dimension(Dimension::RelationalSafety, score, ev))
}
