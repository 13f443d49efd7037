//! Role clarity: did each service take its own responsibility, and only its own?

use super::{Evidence, RoleResult, Rule, dimension, percent};
use crate::engine::graph::{Graph, bit};
use crate::engine::{Event, State};
use crate::scenario::model::{Breach, Dimension};

const BREACHES: [Breach; 4] = [
    Breach::Confidentiality,
    Breach::Consent,
    Breach::Investigates,
    Breach::WarnsSuspect,
];

pub fn score(g: &Graph, st: &State) -> (super::DimensionScore, Vec<RoleResult>) {
    let mut work = super::Work::default();
    let team_score = total(g, st, &mut work);
    let ev = std::mem::take(&mut work.evidence);
    let role_count = g.policies.len() as u16;
    let roles = (0..role_count)
        .map(|r| {
            let mine = ev.iter().filter(|e| e.role == Some(r));
            let (f, a) = mine.fold((0, 0), |(f, a), e| if e.positive { (f + 1, a) } else { (f, a + 1) });
            RoleResult {
                role: r,
                for_count: f,
                against_count: a,
                score: percent(f as u64, (f + a) as u64),
            }
        })
        .filter(|r| r.score.is_some())
        .collect();
    (dimension(Dimension::RoleClarity, team_score, ev), roles)
}

/// The team's score, with its evidence left in `work.evidence` (buffers reused across calls:
/// `laget explore` scores hundreds of thousands of plays).
pub fn total(g: &Graph, st: &State, work: &mut super::Work) -> u32 {
    let ev = &mut work.evidence;
    ev.clear();
    let performed = &mut work.performed;
    performed.clear();
    performed.resize(g.responsibilities.len(), false);
    let mut breached = false;
    // Round picks, gathered per round as they come.
    let round = &mut work.round;
    round.clear();
    for e in &st.events {
        match *e {
            Event::Chose {
                choice,
                role,
                at,
                round: r,
                ..
            } => {
                let ch = &g.choices[choice as usize];
                for &p in g.ids(ch.performs) {
                    performed[p as usize] = true;
                    let own = g.owners[p as usize] & bit(role) != 0;
                    let mut x = Evidence::new(if own { Rule::OwnResponsibility } else { Rule::Oversteps }, own);
                    x.choice = Some(choice);
                    x.role = Some(role);
                    x.responsibility = Some(p);
                    x.at = Some(at);
                    ev.push(x);
                }
                let breaches = g.facts.breaches[choice as usize];
                if breaches != 0 {
                    breached = true;
                    for b in BREACHES {
                        if breaches & 1 << (b as u8) != 0 {
                            let mut x = Evidence::new(Rule::Breach, false);
                            x.choice = Some(choice);
                            x.role = Some(role);
                            x.at = Some(at);
                            x.detail = Some(b.key());
                            ev.push(x);
                        }
                    }
                }
                if ch.passes_on {
                    let mut x = Evidence::new(Rule::PassesOn, false);
                    x.choice = Some(choice);
                    x.role = Some(role);
                    x.at = Some(at);
                    ev.push(x);
                }
                if r.is_some() {
                    round.push(choice);
                }
            }
            Event::RoundDone { scene, at, .. } => {
                // A round where nobody had anything to choose says nothing about leadership.
                if round.is_empty() {
                    continue;
                }
                let leads = round.iter().filter(|&&c| g.choices[c as usize].leads).count();
                let measures = round.iter().filter(|&&c| g.choices[c as usize].measure).count();
                round.clear();
                let mut team = |rule, positive| {
                    let mut x = Evidence::new(rule, positive);
                    x.scene = Some(scene);
                    x.at = Some(at);
                    ev.push(x);
                };
                match leads {
                    0 => team(Rule::NoLead, false),
                    1 => team(Rule::ClearLead, true),
                    _ => team(Rule::SeveralLeads, false),
                }
                if measures >= 2 {
                    team(Rule::ParallelMeasures, false);
                }
            }
            _ => {}
        }
    }
    for (p, done) in performed.iter().enumerate() {
        let excused = (g.not_needed[p].iter()).all(|&na| !na.is_empty() && st.all(g.conds(na)));
        if g.needed[p] && !done && !excused {
            let mut x = Evidence::new(Rule::NeededNotPerformed, false);
            x.responsibility = Some(p as u16);
            x.role = (0..64u16).find(|&r| g.owners[p] & bit(r) != 0);
            ev.push(x);
        }
    }
    let pos = ev.iter().filter(|e| e.positive).count() as u64;
    let score = percent(pos, ev.len() as u64).unwrap_or(0);
    // After a breach of a duty or boundary, role clarity cannot be strong.
    if breached { score.min(super::HARM_CAP) } else { score }
}
