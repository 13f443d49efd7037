//! Solo mode scores the player's part. Someone practising alone plays one role while the
//! computer plays the rest of the team, mostly by the exemplary path; scored as a team, such a
//! play is strong whatever the player does (measured: always the first choice shown was strong
//! on all three in 61% of solo plays of hvem-tar-initiativet). So in solo each dimension keeps
//! only the evidence the player's role bears on, by the team's own rules:
//!
//! - role clarity: what the player's role did or left undone (its responsibilities, passing on,
//!   overstepping, breaches), and the leadership of the rounds the player took part in;
//! - the child's voice: the opportunities in whose scenes the player chose, and the player's
//!   harms;
//! - decision timing: the key decisions some choice of the player's role can make.
//!
//! A dimension the player had no part in keeps the team's score (it says so in its evidence,
//! which is the team's). The ending's cap applies as before: the ending belongs to everyone.

use super::{Band, DimensionScore, HARM_CAP, Rule, Scores, mean, percent};
use crate::engine::graph::{Graph, bit};
use crate::engine::{Event, State};

/// Narrows `s` (the team's scores of a solo play) to the part of `player`.
pub fn narrow(g: &Graph, st: &State, player: u16, s: &mut Scores) {
    let chose_in = |scene: u32, in_round: bool| {
        st.events.iter().any(|e| {
            matches!(*e, Event::Chose { choice, role, round, .. }
                if role == player && g.choices[choice as usize].scene == scene && (round.is_some() || !in_round))
        })
    };

    narrow_dimension(&mut s.role_clarity, |e| match e.rule {
        Rule::NeededNotPerformed => e
            .responsibility
            .is_some_and(|p| g.owners[p as usize] & bit(player) != 0),
        Rule::ClearLead | Rule::NoLead | Rule::SeveralLeads | Rule::ParallelMeasures => {
            e.scene.is_some_and(|sc| chose_in(sc, true))
        }
        _ => e.role == Some(player),
    });
    let (pos, n, breached) = s
        .role_clarity
        .evidence
        .iter()
        .filter(|e| e.rule != Rule::EndingOutcome)
        .fold((0u64, 0u64, false), |(p, n, b), e| {
            (p + u64::from(e.positive), n + 1, b || e.rule == Rule::Breach)
        });
    if n > 0 {
        let score = percent(pos, n).unwrap_or(0);
        set(&mut s.role_clarity, if breached { score.min(HARM_CAP) } else { score });
    }

    narrow_dimension(&mut s.child_voice, |e| match e.rule {
        Rule::OpportunityUsed | Rule::OpportunityMissed => e
            .opportunity
            .and_then(|i| g.opportunities.get(i as usize))
            .is_some_and(|o| o.scenes.iter().any(|&sc| chose_in(sc, false))),
        _ => e.role == Some(player),
    });
    let (sum, n, harmed) = points_of(&s.child_voice);
    if n > 0 {
        let score = mean(sum, n);
        set(&mut s.child_voice, if harmed { score.min(HARM_CAP) } else { score });
    }

    let mine: Vec<bool> = (0..g.windows.len())
        .map(|k| {
            g.choices
                .iter()
                .any(|c| c.decides == Some(k as u16) && c.role == player)
        })
        .collect();
    narrow_dimension(&mut s.decision_timing, |e| {
        e.rule != Rule::NotApplicable && e.key_decision.is_some_and(|k| mine[k as usize])
    });
    let (sum, n, _) = points_of(&s.decision_timing);
    if n > 0 {
        set(&mut s.decision_timing, mean(sum, n));
    }
}

/// Keeps the evidence `keep` accepts (and the ending's), unless that leaves nothing of the
/// player's: then the dimension stays the team's.
fn narrow_dimension(d: &mut DimensionScore, keep: impl Fn(&super::Evidence) -> bool) {
    if d.evidence.iter().any(|e| e.rule != Rule::EndingOutcome && keep(e)) {
        d.evidence.retain(|e| e.rule == Rule::EndingOutcome || keep(e));
    }
}

/// Sum of points and count of the items that carry points, and whether one is a harm.
fn points_of(d: &DimensionScore) -> (u64, u64, bool) {
    d.evidence
        .iter()
        .filter(|e| e.rule != Rule::EndingOutcome && e.rule != Rule::NotApplicable)
        .filter_map(|e| e.points.map(|p| (p, e.rule == Rule::VoiceHarmed)))
        .fold((0, 0, false), |(s, n, h), (p, harm)| {
            (s + u64::from(p), n + 1, h || harm)
        })
}

/// The new score, under the ending's cap if the dimension carries one.
fn set(d: &mut DimensionScore, score: u32) {
    let cap = d
        .evidence
        .iter()
        .filter(|e| e.rule == Rule::EndingOutcome)
        .filter_map(|e| e.points)
        .min();
    d.score = cap.map_or(score, |c| score.min(c));
    d.band = Band::of(d.score);
}
