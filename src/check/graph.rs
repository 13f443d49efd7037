//! Checks on the shape of the story: what cannot be reached, what cannot end, what could loop
//! without time passing, and the warnings an author wants before a drill (roles that never
//! act, a scenario that cannot measure the child's voice).

use foldhash::HashSet;

use super::diagnostic::Code;
use super::locate::{Locator, Spot};
use super::refs::{Names, scene_anchor};
use crate::scenario::model::*;

/// A graph over scene indices in compressed form: the edges of scene `i` are
/// `edges[start[i]..start[i + 1]]`. Two flat vectors instead of one per scene keep the
/// checks of a 100,000-scene scenario small.
struct Adjacency<T> {
    start: Vec<u32>,
    edges: Vec<T>,
}

impl<T: Copy> Adjacency<T> {
    fn build(n: usize, mut each: impl FnMut(usize, &mut Vec<T>)) -> Self {
        let mut start = Vec::with_capacity(n + 1);
        let mut edges = Vec::new();
        start.push(0);
        for i in 0..n {
            each(i, &mut edges);
            start.push(edges.len() as u32);
        }
        Adjacency { start, edges }
    }

    fn of(&self, i: usize) -> &[T] {
        &self.edges[self.start[i] as usize..self.start[i + 1] as usize]
    }
}

/// The edges out of a scene: target scene index and the simulated minutes it takes at least.
fn edges(names: &Names, scene: &Scene, out: &mut Vec<(u32, i64)>) {
    let idx = |id: &str| names.scenes.get(id).map(|&i| i as u32);
    match scene {
        Scene::Narration {
            next,
            branches,
            elapsed,
            ..
        }
        | Scene::Round {
            next,
            branches,
            elapsed,
            ..
        } => {
            let t = elapsed.minutes();
            out.extend(idx(next).map(|i| (i, t)));
            out.extend(branches.iter().filter_map(|b| idx(&b.next).map(|i| (i, t))));
        }
        Scene::Decision { choices, .. } | Scene::Conversation { choices, .. } => {
            for c in choices {
                let t = c.elapsed.minutes();
                out.extend(c.targets().filter_map(idx).map(|i| (i, t)));
            }
        }
        Scene::Ending { .. } => {}
    }
}

pub fn check(loc: &mut Locator, s: &Scenario, names: &Names) {
    let n = s.scenes.len();
    let succ = Adjacency::build(n, |i, out| edges(names, &s.scenes[i], out));

    // Reachable from the start (conditions ignored: this is about the shape).
    let mut reach = vec![false; n];
    let mut stack: Vec<usize> = names.scenes.get(s.start.as_str()).copied().into_iter().collect();
    if let Some(&t) = names.scenes.get(s.clock.timeout.as_str()) {
        stack.push(t);
    }
    while let Some(i) = stack.pop() {
        if !std::mem::replace(&mut reach[i], true) {
            stack.extend(succ.of(i).iter().map(|&(j, _)| j as usize).filter(|&j| !reach[j]));
        }
    }
    // Scenes from which an ending can be reached: walk the reversed graph from every ending.
    let pred = {
        // Counting sort of the reversed edges by target.
        let mut start = vec![0u32; n + 1];
        for &(j, _) in &succ.edges {
            start[j as usize + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut edges = vec![0u32; succ.edges.len()];
        for i in 0..n {
            for &(j, _) in succ.of(i) {
                edges[fill[j as usize] as usize] = i as u32;
                fill[j as usize] += 1;
            }
        }
        Adjacency { start, edges }
    };
    let mut ends = vec![false; n];
    let mut stack: Vec<usize> = (0..n).filter(|&i| s.scenes[i].is_ending()).collect();
    while let Some(i) = stack.pop() {
        if !std::mem::replace(&mut ends[i], true) {
            stack.extend(pred.of(i).iter().map(|&j| j as usize).filter(|&j| !ends[j]));
        }
    }

    for (i, scene) in s.scenes.iter().enumerate() {
        let id = scene.id();
        let spot = |loc: &Locator| Spot {
            after: scene_anchor(loc, s, i),
            key: "id",
            value: id,
        };
        if !reach[i] {
            let sp = spot(loc);
            loc.report(Code::Unreachable, sp, vec![("name", id.to_string())]);
            continue;
        }
        let no_way_out = match scene {
            Scene::Decision { choices, .. } | Scene::Conversation { choices, .. } => choices.is_empty(),
            Scene::Round { choices, .. } => choices.is_empty(),
            _ => false,
        };
        if no_way_out {
            let sp = spot(loc);
            loc.report(Code::DeadEnd, sp, vec![("name", id.to_string())]);
        } else if !ends[i] {
            let sp = spot(loc);
            loc.report(Code::NoEnding, sp, vec![("name", id.to_string())]);
        }
        let choices = scene.choices();
        if !choices.is_empty() && !matches!(scene, Scene::Round { .. }) && choices.iter().all(|c| !c.when.is_empty()) {
            let sp = spot(loc);
            loc.report(
                Code::AllChoicesConditional,
                sp,
                vec![("name", id.to_string()), ("timeout", s.clock.timeout.to_string())],
            );
        }
    }

    drop(pred);
    zero_time_cycles(loc, s, &succ);
    key_decisions(loc, s, &reach);
    let present = ever_present(s);
    absent_round_roles(loc, s, &reach, &present);
    warnings(loc, s, &reach, &present);
}

/// The roles that can be part of the case at some point: present from the start, or made
/// present by a `Join` effect somewhere.
fn ever_present(s: &Scenario) -> HashSet<&str> {
    fn note<'s>(out: &mut HashSet<&'s str>, effects: &'s [Effect]) {
        for e in effects {
            if let Effect::Join(r) = e {
                out.insert(r.as_str());
            }
        }
    }
    let mut out: HashSet<&str> = s.roles.iter().filter(|r| r.present).map(|r| r.id.as_str()).collect();
    for inj in &s.injects {
        note(&mut out, &inj.effects);
    }
    for sc in &s.scenes {
        if let Scene::Narration { effects, .. } = sc {
            note(&mut out, effects);
        }
        for c in sc.choices() {
            note(&mut out, &c.effects);
        }
    }
    out
}

/// A round asks only the roles present at the time; a role named in a round that is never
/// present (`present: false` and nothing makes it join) can never answer there (L208).
fn absent_round_roles(loc: &mut Locator, s: &Scenario, reach: &[bool], present: &HashSet<&str>) {
    for (i, sc) in s.scenes.iter().enumerate() {
        let Scene::Round { roles, .. } = sc else { continue };
        if !reach[i] {
            continue;
        }
        let at = scene_anchor(loc, s, i);
        for r in roles.iter().filter(|r| !present.contains(r.as_str())) {
            loc.report(
                Code::RoundRoleAbsent,
                Spot {
                    after: at,
                    key: "roles",
                    value: r,
                },
                vec![("name", r.to_string()), ("scene", sc.id().to_string())],
            );
        }
    }
}

/// Strongly connected components of the zero-time edges (iterative Tarjan, so a long chain
/// cannot overflow the stack); any component with a cycle is reported once, at its first scene.
fn zero_time_cycles(loc: &mut Locator, s: &Scenario, succ: &Adjacency<(u32, i64)>) {
    let n = succ.start.len() - 1;
    let zero = Adjacency::build(n, |i, out| {
        out.extend(succ.of(i).iter().filter(|e| e.1 <= 0).map(|e| e.0));
    });
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on = vec![false; n];
    let mut st = Vec::new();
    let mut next = 0;
    let mut comps: Vec<Vec<usize>> = Vec::new();
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut call: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = next;
        low[root] = next;
        next += 1;
        st.push(root);
        on[root] = true;
        while let Some(&mut (v, ref mut k)) = call.last_mut() {
            if *k < zero.of(v).len() {
                let w = zero.of(v)[*k] as usize;
                *k += 1;
                if index[w] == usize::MAX {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    st.push(w);
                    on[w] = true;
                    call.push((w, 0));
                } else if on[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                call.pop();
                if let Some(&(u, _)) = call.last() {
                    low[u] = low[u].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut comp = Vec::new();
                    while let Some(w) = st.pop() {
                        on[w] = false;
                        comp.push(w);
                        if w == v {
                            break;
                        }
                    }
                    let cyclic = comp.len() > 1 || zero.of(v).contains(&(v as u32));
                    if cyclic {
                        comp.sort_unstable();
                        comps.push(comp);
                    }
                }
            }
        }
    }
    comps.sort();
    for comp in comps {
        let first = comp[0];
        let id = s.scenes[first].id();
        let others: Vec<&str> = comp.iter().map(|&i| s.scenes[i].id()).take(6).collect();
        let at = scene_anchor(loc, s, first);
        loc.report(
            Code::ZeroTimeCycle,
            Spot {
                after: at,
                key: "id",
                value: id,
            },
            vec![("name", id.to_string()), ("scenes", others.join(", "))],
        );
    }
}

fn key_decisions(loc: &mut Locator, s: &Scenario, reach: &[bool]) {
    for kd in &s.key_decisions {
        let made = s
            .scenes
            .iter()
            .enumerate()
            .any(|(i, sc)| reach[i] && sc.choices().iter().any(|c| c.decides.as_deref() == Some(&kd.id)));
        if !made {
            let at = loc.anchor(&["key_decisions"], "id", &kd.id, 0, 0);
            loc.report(
                Code::KeyDecisionUnreachable,
                Spot {
                    after: at,
                    key: "id",
                    value: &kd.id,
                },
                vec![("name", kd.id.to_string())],
            );
        }
    }
}

fn warnings(loc: &mut Locator, s: &Scenario, reach: &[bool], present: &HashSet<&str>) {
    // Roles that never act. In a round only the roles present are asked.
    let mut acting: HashSet<&str> = HashSet::default();
    for (i, sc) in s.scenes.iter().enumerate() {
        if !reach[i] {
            continue;
        }
        let in_round = matches!(sc, Scene::Round { .. });
        if let Some(r) = sc.role() {
            acting.insert(r);
        }
        for c in sc.choices() {
            if let Some(r) = &c.role
                && (!in_round || present.contains(r.as_str()))
            {
                acting.insert(r);
            }
        }
        if let Scene::Round { roles, choices, .. } = sc
            && roles.is_empty()
            && !choices.is_empty()
        {
            // An open round: every playable role present is asked.
            acting.extend(
                s.roles
                    .iter()
                    .filter(|r| r.is_playable() && present.contains(r.id.as_str()))
                    .map(|r| r.id.as_str()),
            );
        }
    }
    for role in &s.roles {
        if role.is_playable() && !acting.contains(role.id.as_str()) {
            let at = loc.anchor(&["roles"], "id", &role.id, 0, 0);
            loc.report(
                Code::RoleNeverActs,
                Spot {
                    after: at,
                    key: "id",
                    value: &role.id,
                },
                vec![("name", role.id.to_string())],
            );
        }
    }
    // The child's voice.
    if s.voice_opportunities.is_empty() {
        // Nothing to point at: mark the scenario's id, not whatever comment opens the file.
        loc.report(
            Code::NoVoiceOpportunity,
            Spot {
                after: 0,
                key: "id",
                value: &s.id,
            },
            vec![],
        );
    }
    let opp_scenes: HashSet<&str> = s
        .voice_opportunities
        .iter()
        .flat_map(|v| v.scenes.iter().map(|x| x.as_str()))
        .collect();
    for (i, sc) in s.scenes.iter().enumerate() {
        if opp_scenes.contains(sc.id()) || s.voice_opportunities.is_empty() {
            continue;
        }
        for c in sc.choices() {
            if c.child_voice.is_some() {
                let at = scene_anchor(loc, s, i);
                loc.report(
                    Code::VoiceOutsideOpportunity,
                    Spot {
                        after: at,
                        key: "id",
                        value: &c.id,
                    },
                    vec![("name", format!("{}.{}", sc.id(), c.id))],
                );
            }
        }
    }
    // Mixed or poor endings that do not say what they are about (issue 12).
    for (i, sc) in s.scenes.iter().enumerate() {
        if let Scene::Ending { outcome, about, .. } = sc
            && *outcome != Outcome::Good
            && about.is_empty()
        {
            let at = scene_anchor(loc, s, i);
            loc.report(
                Code::EndingAboutNothing,
                Spot {
                    after: at,
                    key: "id",
                    value: sc.id(),
                },
                vec![("name", sc.id().to_string()), ("outcome", outcome.key().to_string())],
            );
        }
        // `too_early` says something about a decision; without `decides` it says nothing.
        for c in sc.choices() {
            if c.too_early && c.decides.is_none() {
                let at = scene_anchor(loc, s, i);
                loc.report(
                    Code::TooEarlyDecidesNothing,
                    Spot {
                        after: at,
                        key: "id",
                        value: &c.id,
                    },
                    vec![("name", format!("{}.{}", sc.id(), c.id))],
                );
            }
        }
    }
    // Flags that nothing reads.
    let mut read: HashSet<&str> = HashSet::default();
    fn note<'s>(read: &mut HashSet<&'s str>, when: &'s [Condition]) {
        for c in when {
            if let Condition::Flag(f) | Condition::NotFlag(f) = c {
                read.insert(f);
            }
        }
    }
    for inj in &s.injects {
        note(&mut read, &inj.when);
    }
    for sc in &s.scenes {
        for v in sc.variants() {
            note(&mut read, &v.when);
        }
        if let Scene::Narration { branches, .. } | Scene::Round { branches, .. } = sc {
            for b in branches {
                note(&mut read, &b.when);
            }
        }
        for c in sc.choices() {
            note(&mut read, &c.when);
            for b in &c.branches {
                note(&mut read, &b.when);
            }
        }
    }
    for f in &s.flags {
        if !read.contains(f.as_str()) {
            loc.report(
                Code::UnusedFlag,
                Spot {
                    after: 0,
                    key: "flags",
                    value: f,
                },
                vec![("name", f.to_string())],
            );
        }
    }
}
