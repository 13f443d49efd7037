//! From a session to a `Debrief`: scores with the scenario's words attached, the timeline,
//! the transcript, conversations, the departure from the exemplary path.

use super::*;
use crate::engine::graph::{NONE, bit};
use crate::engine::{Drill, Event, Session, exemplary};
use crate::scenario::model::Scene;
use crate::score::{self, DimensionScore, Evidence};

pub fn build(session: &Session, wall: WallClock) -> Debrief {
    let drill: &Drill = &session.drill;
    let day = |m: i64| drill.day_at(m);
    let g = &drill.graph;
    let st = &session.state;
    let s = &drill.scenario;
    // Solo: the player's part (score::focus); the team's in group mode.
    let solo = (session.setup.mode == crate::engine::Mode::Solo).then(|| session.player());
    let scores = score::score_for(g, st, solo);

    let evidence = |d: &DimensionScore| -> Vec<EvidenceItem> {
        d.evidence.iter().map(|e| item(drill, d.dimension.key(), e)).collect()
    };
    let dim = |d: &DimensionScore| DimensionResult {
        score: d.score,
        band: d.band,
        evidence: evidence(d),
    };
    let all: Vec<EvidenceItem> = scores.dimensions().flat_map(evidence).collect();

    let ending = match st.ended {
        Some(e) if e != NONE => match drill.scene(e) {
            Scene::Ending {
                id,
                title,
                text,
                outcome,
                about,
                because,
                ..
            } => EndingRef {
                id: id.to_string(),
                title: title.to_string(),
                text: text.to_string(),
                outcome: outcome.key().into(),
                reached: true,
                about: about.iter().map(|d| d.key()).collect(),
                because: because.as_ref().map(|b| b.to_string()),
                led_by: scores
                    .led_to_ending
                    .iter()
                    .map(|&(c, at)| {
                        let r = g.choices[c as usize].role;
                        LedBy {
                            choice: drill.choice_ref(c),
                            text: drill.choice(c).text.to_string(),
                            role: drill.role_id(r).into(),
                            role_name: drill.role_name(r).into(),
                            day: day(at),
                        }
                    })
                    .collect(),
            },
            other => EndingRef {
                id: other.id().into(),
                title: String::new(),
                text: String::new(),
                outcome: String::new(),
                reached: true,
                about: Vec::new(),
                because: None,
                led_by: Vec::new(),
            },
        },
        _ => EndingRef {
            id: String::new(),
            title: String::new(),
            text: String::new(),
            outcome: String::new(),
            reached: false,
            about: Vec::new(),
            because: None,
            led_by: Vec::new(),
        },
    };

    let mut reflection = s.reflection.clone();
    let mut learning_points = s.learning_points.clone();
    if let Some(Scene::Ending {
        reflection: r,
        learning_points: lp,
        ..
    }) = st.ended.filter(|&e| e != NONE).map(|e| drill.scene(e))
    {
        // The ending's own material comes first: it is about what just happened.
        reflection = Reflection {
            reactions: r.reactions.iter().chain(&reflection.reactions).cloned().collect(),
            description: r.description.iter().chain(&reflection.description).cloned().collect(),
            analysis: r.analysis.iter().chain(&reflection.analysis).cloned().collect(),
            summary: r.summary.iter().chain(&reflection.summary).cloned().collect(),
        };
        learning_points = lp.iter().chain(&learning_points).cloned().collect();
    }

    Debrief {
        scenario: ScenarioRef {
            id: s.id.to_string(),
            title: s.title.to_string(),
            language: s.language.to_string(),
            version: s.version.to_string(),
            hash: drill.hash.clone(),
        },
        seed: session.setup.seed,
        mode: session.setup.mode,
        role: session.setup.role.clone(),
        ending,
        scores: Scores {
            role_clarity: dim(&scores.role_clarity),
            child_voice: dim(&scores.child_voice),
            decision_timing: dim(&scores.decision_timing),
            relational_safety: scores.relational_safety.as_ref().map(dim),
        },
        roles: scores
            .roles
            .iter()
            .map(|r| RoleResult {
                id: drill.role_id(r.role).into(),
                name: drill.role_name(r.role).into(),
                for_count: r.for_count,
                against_count: r.against_count,
                score: r.score,
            })
            .collect(),
        timeline: timeline(drill, st),
        intervals: intervals(drill, st),
        transcript: st
            .events
            .iter()
            .filter_map(|e| match *e {
                Event::Chose {
                    choice,
                    role,
                    at,
                    by_player,
                    ..
                } => Some(TranscriptItem {
                    scene: drill.scene(g.choices[choice as usize].scene).id().into(),
                    role: drill.role_id(role).into(),
                    role_name: drill.role_name(role).into(),
                    choice: drill.choice(choice).id.to_string(),
                    by_player,
                    at,
                    text: drill.choice(choice).text.to_string(),
                }),
                _ => None,
            })
            .collect(),
        strengths: all.iter().filter(|e| e.positive).cloned().collect(),
        areas_for_improvement: all
            .iter()
            .filter(|e| !e.positive && !matches!(e.rule, Rule::OpportunityMissed | Rule::NotApplicable))
            .cloned()
            .collect(),
        missed_voice: all
            .iter()
            .filter(|e| e.rule == Rule::OpportunityMissed)
            .cloned()
            .collect(),
        departure: departure(session, &scores),
        conversations: conversations(drill, st),
        improvements: improvements(drill, st),
        notes: session
            .notes
            .iter()
            .map(|n| NoteItem {
                text: n.text.clone(),
                day: day(n.at),
                after_decisions: n.after_decisions,
            })
            .collect(),
        reflection_questions: reflection,
        learning_points: learning_points.iter().map(LearningPointItem::from).collect(),
        wall_clock: wall,
    }
}

fn item(drill: &Drill, dimension: &'static str, e: &Evidence) -> EvidenceItem {
    let s = &drill.scenario;
    let choice = e.choice.map(|c| drill.choice(c));
    let (subject, subject_text) = if let Some(p) = e.responsibility {
        let id = drill.graph.responsibilities[p as usize].clone();
        let text = s
            .roles
            .iter()
            .flat_map(|r| &r.responsibilities)
            .find(|r| r.id == id)
            .map(|r| r.text.to_string());
        (Some(id), text)
    } else if let Some(k) = e.key_decision {
        let kd = &s.key_decisions[k as usize];
        (Some(kd.id.to_string()), Some(kd.title.to_string()))
    } else if let Some(o) = e.opportunity {
        let v = &s.voice_opportunities[o as usize];
        (Some(v.id.to_string()), Some(v.text.to_string()))
    } else if let Some(c) = e.counter {
        let c = &s.counters[c as usize];
        (
            Some(c.id.to_string()),
            Some(c.label.as_ref().unwrap_or(&c.id).to_string()),
        )
    } else if let Some(sc) = e.scene {
        let scene = drill.scene(sc);
        let title = match scene {
            Scene::Ending { title, .. } => Some(title.to_string()),
            _ => None,
        };
        (Some(scene.id().to_string()), title)
    } else {
        (None, None)
    };
    EvidenceItem {
        dimension,
        rule: e.rule,
        positive: e.positive,
        choice: e.choice.map(|c| drill.choice_ref(c)),
        choice_text: choice.map(|c| c.text.to_string()),
        role: e.role.map(|r| drill.role_id(r).to_string()),
        role_name: e.role.map(|r| drill.role_name(r).to_string()),
        subject,
        subject_text,
        day: e.at.map(|m| drill.day_at(m)),
        points: e.points,
        detail: match e.rule {
            Rule::SafeLine | Rule::UnsafeLine => {
                choice.map(|c| c.qualities.iter().map(|q| q.key()).collect::<Vec<_>>().join(","))
            }
            _ => e.detail.map(str::to_string),
        },
        delta: e.delta,
        rationale: choice.and_then(|c| c.rationale.as_ref().map(|r| r.to_string())),
    }
}

fn date(drill: &Drill, at: i64) -> String {
    let d = drill.date_at(at);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.year, d.month, d.day, d.hour, d.minute
    )
}

fn timeline(drill: &Drill, st: &crate::engine::State) -> Vec<TimelineItem> {
    let day = |m: i64| drill.day_at(m);
    let g = &drill.graph;
    let mut out = vec![TimelineItem {
        at: 0,
        day: 0,
        date: date(drill, 0),
        kind: TimelineKind::FirstConcern,
        text: String::new(),
        role: None,
    }];
    for e in &st.events {
        match *e {
            Event::Chose { choice, role, at, .. } => {
                if let Some(k) = g.choices[choice as usize].decides
                    && st.decided[k as usize] == Some(at)
                    && !out.iter().any(|t| {
                        t.kind == TimelineKind::KeyDecision && t.text == drill.scenario.key_decisions[k as usize].title
                    })
                {
                    out.push(TimelineItem {
                        at,
                        day: day(at),
                        date: date(drill, at),
                        kind: TimelineKind::KeyDecision,
                        text: drill.scenario.key_decisions[k as usize].title.to_string(),
                        role: Some(drill.role_id(role).into()),
                    });
                }
            }
            Event::Injected { inject, at, .. } => {
                let text = drill.inject(inject).title.to_string();
                // The same event twice at the same moment is one line on the timeline.
                if !out
                    .iter()
                    .any(|t| t.kind == TimelineKind::Inject && t.at == at && t.text == text)
                {
                    out.push(TimelineItem {
                        at,
                        day: day(at),
                        date: date(drill, at),
                        kind: TimelineKind::Inject,
                        text,
                        role: None,
                    });
                }
            }
            _ => {}
        }
    }
    if let Some(e) = st.ended.filter(|&e| e != NONE) {
        let title = match drill.scene(e) {
            Scene::Ending { title, .. } => title.to_string(),
            other => other.id().to_string(),
        };
        out.push(TimelineItem {
            at: st.clock,
            day: day(st.clock),
            date: date(drill, st.clock),
            kind: TimelineKind::Ending,
            text: title,
            role: None,
        });
    }
    out
}

fn intervals(drill: &Drill, st: &crate::engine::State) -> Vec<Interval> {
    let day = |m: i64| drill.day_at(m);
    let g = &drill.graph;
    let first_action = st.events.iter().find_map(|e| match *e {
        Event::Chose { choice, at, .. } => {
            let c = &g.choices[choice as usize];
            (!c.performs.is_empty() || c.decides.is_some()).then_some(at)
        }
        _ => None,
    });
    let mut out = vec![Interval {
        key: IntervalKind::FirstConcernToFirstAction,
        days: first_action.map(day),
        subject: None,
        working_days: None,
    }];
    for (k, kd) in drill.scenario.key_decisions.iter().enumerate() {
        // A decision that does not belong to this play, and was not made, has no interval.
        if st.decided[k].is_none() && !score::key_decision_applies(&drill.graph, st, k) {
            continue;
        }
        out.push(Interval {
            key: IntervalKind::FirstConcernToDecision,
            days: st.decided[k].map(day),
            subject: Some(kd.title.to_string()),
            working_days: st.decided[k]
                .filter(|_| kd.window.in_working_days())
                .map(|at| g.calendar.working_days(0, at)),
        });
    }
    if st.ended.is_some() {
        out.push(Interval {
            key: IntervalKind::FirstConcernToEnd,
            days: Some(day(st.clock)),
            subject: None,
            working_days: None,
        });
    }
    out
}

fn departure(session: &Session, played: &score::Scores) -> Option<Departure> {
    let drill: &Drill = &session.drill;
    let g = &drill.graph;
    let taken: Vec<u32> = session
        .state
        .events
        .iter()
        .filter_map(|e| match *e {
            Event::Chose { choice, role, .. } if g.playable & bit(role) != 0 => Some(choice),
            _ => None,
        })
        .collect();
    let step = g
        .exemplary
        .iter()
        .zip(taken.iter().map(Some).chain(std::iter::repeat(None)))
        .position(|(e, t)| t != Some(e))?;
    let ex = g.exemplary[step];
    // A play that stopped early has not left the path; it just has not finished it.
    let t = taken.get(step).copied();
    if t.is_none() && session.state.ended.is_none() {
        return None;
    }
    let best = exemplary::play(g).ok().map(|st| score::score(g, &st))?;
    let d = |a: u32, b: u32| i64::from(a) - i64::from(b);
    Some(Departure {
        step,
        scene: drill.scene(g.choices[ex as usize].scene).id().into(),
        exemplary: drill.choice_ref(ex),
        exemplary_text: drill.choice(ex).text.to_string(),
        taken: t.map(|c| drill.choice_ref(c)),
        taken_text: t.map(|c| drill.choice(c).text.to_string()),
        rationale: drill.choice(ex).rationale.as_ref().map(|r| r.to_string()),
        cost: CostItem {
            role_clarity: d(best.role_clarity.score, played.role_clarity.score),
            child_voice: d(best.child_voice.score, played.child_voice.score),
            decision_timing: d(best.decision_timing.score, played.decision_timing.score),
            relational_safety: best
                .relational_safety
                .as_ref()
                .zip(played.relational_safety.as_ref())
                .map(|(b, p)| d(b.score, p.score)),
        },
    })
}

fn improvements(drill: &Drill, st: &crate::engine::State) -> Vec<Improvement> {
    let g = &drill.graph;
    let mut out: Vec<(u16, Improvement)> = Vec::new();
    for e in &st.events {
        let Event::Chose {
            choice,
            role,
            at,
            by_player: true,
            ..
        } = *e
        else {
            continue;
        };
        let i = match out.iter().position(|(r, _)| *r == role) {
            Some(i) => i,
            None => {
                out.push((
                    role,
                    Improvement {
                        role: drill.role_id(role).into(),
                        role_name: drill.role_name(role).into(),
                        day: None,
                        taken: None,
                        taken_text: None,
                        better: None,
                        better_text: None,
                    },
                ));
                out.len() - 1
            }
        };
        if out[i].1.better.is_some() {
            continue;
        }
        let scene = g.choices[choice as usize].scene;
        let ex: Vec<u32> = g.exemplary_at(scene).collect();
        if ex.is_empty() || ex.contains(&choice) {
            continue;
        }
        let better = ex
            .iter()
            .copied()
            .find(|&c| g.choices[c as usize].role == role)
            .unwrap_or(ex[0]);
        let x = &mut out[i].1;
        x.day = Some(drill.day_at(at));
        x.taken = Some(drill.choice_ref(choice));
        x.taken_text = Some(drill.choice(choice).text.to_string());
        x.better = Some(drill.choice_ref(better));
        x.better_text = Some(drill.choice(better).text.to_string());
    }
    out.sort_by_key(|(r, _)| *r);
    out.into_iter().map(|(_, x)| x).collect()
}

fn conversations(drill: &Drill, st: &crate::engine::State) -> Vec<ConversationReport> {
    let g = &drill.graph;
    let s = &drill.scenario;
    let mut out: Vec<ConversationReport> = Vec::new();
    // The counters followed through the events as the engine moved them (`score::counters`).
    let mut values = crate::score::counters::Counters::new(g);
    for e in &st.events {
        values.event(g, e);
        if let Event::Chose {
            choice, round: None, ..
        } = *e
        {
            let gc = &g.choices[choice as usize];
            let Scene::Conversation { id, with, .. } = drill.scene(gc.scene) else {
                continue;
            };
            let c = drill.choice(choice);
            let line = ConversationLine {
                choice: c.id.to_string(),
                text: c.text.to_string(),
                qualities: c.qualities.iter().map(|q| q.key()).collect(),
            };
            let report = match out.iter().position(|r| r.scene == id) {
                Some(i) => &mut out[i],
                None => {
                    out.push(ConversationReport {
                        scene: id.to_string(),
                        with: with.to_string(),
                        lines: Vec::new(),
                        state: Vec::new(),
                    });
                    out.last_mut().expect("just pushed")
                }
            };
            report.lines.push(line);
            for (ci, counter) in s.counters.iter().enumerate() {
                if counter.person.as_deref() != Some(with.as_str()) {
                    continue;
                }
                match report.state.iter_mut().find(|x| x.counter == counter.id) {
                    Some(x) => x.to = values.value(ci),
                    None => report.state.push(StateChange {
                        counter: counter.id.to_string(),
                        label: counter.label.clone().unwrap_or_else(|| counter.id.clone()).to_string(),
                        from: values.before(ci),
                        to: values.value(ci),
                    }),
                }
            }
        }
    }
    out
}
