//! The child's voice: at each opportunity, the level of participation reached against the
//! best level possible there.

use super::{Evidence, Rule, dimension};
use crate::engine::graph::Graph;
use crate::engine::{Event, State};
use crate::scenario::model::{Dimension, Participation, VoiceHarm};

const HARMS: [VoiceHarm; 3] = [
    VoiceHarm::PromisesSecrecy,
    VoiceHarm::LeadingQuestions,
    VoiceHarm::BurdensChild,
];

pub fn score(g: &Graph, st: &State) -> super::DimensionScore {
    let mut ev = Vec::new();
    let mut sum = 0u64;
    let mut counted = 0u64;
    for (i, o) in g.opportunities.iter().enumerate() {
        let (scenes, best) = (&o.scenes, o.best);
        if !counts(st, scenes, o.required) {
            continue;
        }
        let (reached, by) = reached_at(g, st, scenes);
        let points = points(reached, best);
        sum += points as u64;
        counted += 1;
        let used = reached >= best;
        let mut x = Evidence::new(
            if used {
                Rule::OpportunityUsed
            } else {
                Rule::OpportunityMissed
            },
            used,
        );
        x.opportunity = Some(i as u16);
        x.points = Some(points);
        if let Some((c, at)) = by {
            x.choice = Some(c);
            x.at = Some(at);
            x.role = Some(g.choices[c as usize].role);
        }
        x.scene = scenes.first().copied();
        ev.push(x);
    }
    // Each harm counts as one more item, at 0 points.
    for e in &st.events {
        if let Event::Chose { choice, role, at, .. } = *e {
            let harms = g.facts.harms[choice as usize];
            for h in HARMS {
                if harms & 1 << (h as u8) != 0 {
                    let mut x = Evidence::new(Rule::VoiceHarmed, false);
                    x.choice = Some(choice);
                    x.role = Some(role);
                    x.at = Some(at);
                    x.points = Some(0);
                    x.detail = Some(h.key());
                    ev.push(x);
                    counted += 1;
                }
            }
        }
    }
    let harmed = ev.iter().any(|e| e.rule == Rule::VoiceHarmed);
    let score = harmed_cap(super::mean(sum, counted), harmed);
    dimension(Dimension::ChildVoice, score, ev)
}

/// The score alone (the same rules as `score`, without the evidence).
pub fn total(g: &Graph, st: &State) -> u32 {
    let (mut sum, mut counted) = (0u64, 0u64);
    for o in &g.opportunities {
        if counts(st, &o.scenes, o.required) {
            sum += u64::from(points(reached_at(g, st, &o.scenes).0, o.best));
            counted += 1;
        }
    }
    let mut harms = 0;
    if g.facts.any_harm {
        for e in &st.events {
            if let Event::Chose { choice, .. } = *e {
                harms += u64::from(g.facts.harms[choice as usize].count_ones());
            }
        }
    }
    harmed_cap(super::mean(sum, counted + harms), harms > 0)
}

/// After a harm to the child's voice the score cannot be strong.
fn harmed_cap(score: u32, harmed: bool) -> u32 {
    if harmed { score.min(super::HARM_CAP) } else { score }
}

/// An opportunity counts when one of its scenes was visited, or always when it is required.
fn counts(st: &State, scenes: &[u32], required: bool) -> bool {
    required
        || scenes
            .iter()
            .any(|&s| st.visits.get(s as usize).is_some_and(|&v| v > 0))
}

/// The highest level reached by a choice in the opportunity's scenes, and the first choice
/// (with its time) that reached it.
fn reached_at(g: &Graph, st: &State, scenes: &[u32]) -> (Participation, Option<(u32, i64)>) {
    let mut reached = Participation::NotInformed;
    let mut by = None;
    for e in &st.events {
        if let Event::Chose { choice, at, .. } = *e {
            let ch = &g.choices[choice as usize];
            if let Some(level) = ch.voice
                && scenes.contains(&ch.scene)
                && (by.is_none() || level > reached)
            {
                reached = level;
                by = Some((choice, at));
            }
        }
    }
    (reached, by)
}

/// Points out of 100 for the level reached against the best possible, rounded half up.
fn points(reached: Participation, best: Participation) -> u32 {
    let best_level = best.level().max(1) as u64;
    ((reached.level().min(best.level()) as u64 * 100 + best_level / 2) / best_level) as u32
}

/// The level a choice-by-choice evidence item reached, for the debrief.
#[allow(dead_code)]
pub fn reached(g: &Graph, e: &Evidence) -> Participation {
    e.choice
        .and_then(|c| g.choices[c as usize].voice)
        .unwrap_or(Participation::NotInformed)
}
