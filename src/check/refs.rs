//! Checks on ids and references: duplicates, references to things that do not exist, values
//! out of range, misplaced fields, and conditions that can never hold.

// foldhash: several times faster than SipHash on short ids, and still seeded per process, so
// a hostile file cannot choose colliding ids.
use foldhash::{HashMap, HashSet};

use super::diagnostic::Code;
use super::locate::{Locator, Spot};
use crate::scenario::duration::{Duration, Instant};
use crate::scenario::load::closest;
use crate::scenario::model::*;

/// Limits on counts and lengths that still admit very large honest scenarios.
pub const MAX_SCENES: usize = 200_000;
pub const MAX_CHOICES_PER_SCENE: usize = 200;
pub const MAX_ROLES: usize = 64;
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Injects, key decisions and responsibilities each: the engine indexes them with 16 bits,
/// and every scene entered rolls every inject, so their number bounds the work of a step.
pub const MAX_INDEXED: usize = 1_000;
/// Conditions in one list (`when`, `requires`, a branch's `when`, …): each is evaluated at
/// every step where it matters.
pub const MAX_CONDITIONS: usize = 32;

/// The names a scenario declares, for reference checks.
pub struct Names<'s> {
    pub scenes: HashMap<&'s str, usize>,
    pub roles: HashSet<&'s str>,
    pub responsibilities: HashSet<&'s str>,
    pub flags: HashSet<&'s str>,
    pub counters: HashSet<&'s str>,
    pub key_decisions: HashSet<&'s str>,
    pub injects: HashSet<&'s str>,
}

impl<'s> Names<'s> {
    pub fn of(s: &'s Scenario) -> Self {
        Names {
            scenes: s.scenes.iter().enumerate().map(|(i, sc)| (sc.id(), i)).collect(),
            roles: s.roles.iter().map(|r| r.id.as_str()).collect(),
            responsibilities: s
                .roles
                .iter()
                .flat_map(|r| r.responsibilities.iter().map(|x| x.id.as_str()))
                .collect(),
            flags: s.flags.iter().map(|x| x.as_str()).collect(),
            counters: s.counters.iter().map(|c| c.id.as_str()).collect(),
            key_decisions: s.key_decisions.iter().map(|k| k.id.as_str()).collect(),
            injects: s.injects.iter().map(|i| i.id.as_str()).collect(),
        }
    }
}

/// The byte offset where scene `i` is defined (its `id` literal), counting duplicates.
/// Computed for all scenes at the first call, so that it costs a lookup, not a pass over the
/// scenes before `i`. (A locator serves one scenario, so `s` is always the same.)
pub fn scene_anchor(loc: &Locator, s: &Scenario, i: usize) -> usize {
    if loc.is_dry() {
        return 0;
    }
    let all = loc.scene_anchors.get_or_init(|| {
        let mut count: HashMap<&str, usize> = HashMap::default();
        s.scenes
            .iter()
            .map(|x| {
                let nth = count.entry(x.id()).or_default();
                let at = loc.anchor(&["scenes"], "id", x.id(), *nth, 0);
                *nth += 1;
                at
            })
            .collect()
    });
    all.get(i).copied().unwrap_or(0)
}

pub fn choice_anchor(loc: &Locator, s: &Scenario, scene: usize, choice: usize) -> usize {
    let after = scene_anchor(loc, s, scene);
    let choices = s.scenes[scene].choices();
    let id = &choices[choice].id;
    let nth = choices[..choice].iter().filter(|c| c.id == id).count();
    loc.anchor(&["scenes", "choices"], "id", id, nth, after)
}

/// An id written the plain way: lower case, æ → ae, ø → o, å → aa, and anything else
/// outside the alphabet a `-` (none at the start).
pub fn plain_spelling(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' => out.push_str("ae"),
            'ø' => out.push('o'),
            'å' => out.push_str("aa"),
            'a'..='z' | '0'..='9' | '_' | '-' => out.push(c),
            _ => out.push('-'),
        }
    }
    out.trim_start_matches(['-', '_'])
        .chars()
        .take(crate::scenario::id::MAX_ID_LEN)
        .collect()
}

fn args1(k: &'static str, v: &str) -> Vec<(&'static str, String)> {
    vec![(k, v.to_string())]
}

struct Checker<'a, 'l, 's> {
    loc: &'l mut Locator<'a>,
    s: &'s Scenario,
    names: &'l Names<'s>,
}

pub fn check(loc: &mut Locator, s: &Scenario, names: &Names) {
    let mut c = Checker { loc, s, names };
    c.metadata();
    c.id_alphabet();
    c.caps();
    c.duplicates();
    c.roles_and_state();
    c.key_decisions_and_opportunities();
    c.injects();
    c.scenes();
    c.exemplary_steps();
}

impl Checker<'_, '_, '_> {
    fn unknown(&mut self, code: Code, after: usize, key: &str, value: &str, known: Vec<&str>) {
        let suggestion = closest(value, &known).map(|s| format!("\"{s}\"")).unwrap_or_default();
        self.loc.report(
            code,
            Spot { after, key, value },
            vec![("name", value.to_string()), ("suggestion", suggestion)],
        );
    }

    fn scene_ref(&mut self, after: usize, key: &str, target: &str) {
        if !self.names.scenes.contains_key(target) {
            let known = self.names.scenes.keys().copied().collect();
            self.unknown(Code::UnknownScene, after, key, target, known);
        }
    }

    fn role_ref(&mut self, after: usize, key: &str, role: &str) {
        if !self.names.roles.contains(role) {
            let known = self.names.roles.iter().copied().collect();
            self.unknown(Code::UnknownRole, after, key, role, known);
        }
    }

    fn duration(&mut self, after: usize, key: &str, d: Duration, positive: bool) {
        let value = d.amount();
        let code = if d.checked_minutes().is_none() {
            Code::DurationTooLarge
        } else if value < 0 || (positive && value == 0) {
            Code::NegativeDuration
        } else {
            return;
        };
        self.loc
            .report_number(code, after, key, value, vec![("value", value.to_string())]);
    }

    fn text_len(&mut self, after: usize, text: &str) {
        // No more characters than bytes: most texts need no counting.
        if text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS {
            self.loc.report_at(
                Code::TooMany,
                after,
                vec![("what", "text".into()), ("limit", MAX_TEXT_CHARS.to_string())],
            );
        }
    }

    fn metadata(&mut self) {
        let s = self.s;
        if crate::i18n::Lang::parse(&s.language).is_none() {
            self.loc.report(
                Code::UnknownLanguage,
                Spot {
                    after: 0,
                    key: "language",
                    value: &s.language,
                },
                args1("name", &s.language),
            );
        }
        if let Some(orig) = &s.translation_of
            && (crate::i18n::Lang::parse(orig).is_none() || orig == s.language)
        {
            self.loc.report(
                Code::UnknownLanguage,
                Spot {
                    after: 0,
                    key: "translation_of",
                    value: orig,
                },
                args1("name", orig),
            );
        }
        if Instant::parse(&s.clock.start).is_none() {
            self.loc.report(
                Code::BadDate,
                Spot {
                    after: 0,
                    key: "start",
                    value: &s.clock.start,
                },
                args1("value", &s.clock.start),
            );
        }
        let clock_at = self.loc.anchor(&["clock"], "start", &s.clock.start, 0, 0);
        self.duration(clock_at, "horizon", s.clock.horizon, true);
        self.scene_ref(clock_at, "timeout", &s.clock.timeout);
        if let Some(&i) = self.names.scenes.get(s.clock.timeout.as_str())
            && !s.scenes[i].is_ending()
        {
            self.loc.report(
                Code::NotAnEnding,
                Spot {
                    after: clock_at,
                    key: "timeout",
                    value: &s.clock.timeout,
                },
                args1("name", &s.clock.timeout),
            );
        }
        self.scene_ref(0, "start", &s.start);
        if let Some(role) = &s.solo_role {
            self.role_ref(0, "solo_role", role);
            if let Some(r) = s.roles.iter().find(|r| r.id == role)
                && !r.is_playable()
            {
                self.loc.report(
                    Code::NotPlayable,
                    Spot {
                        after: 0,
                        key: "solo_role",
                        value: role,
                    },
                    args1("name", role),
                );
            }
        }
        if s.scenes.len() > MAX_SCENES {
            self.loc.report_at(
                Code::TooMany,
                0,
                vec![("what", "scenes".into()), ("limit", MAX_SCENES.to_string())],
            );
        }
        if s.roles.len() > MAX_ROLES {
            self.loc.report_at(
                Code::TooMany,
                0,
                vec![("what", "roles".into()), ("limit", MAX_ROLES.to_string())],
            );
        }
    }

    /// Every id in the one alphabet (`template::valid_id`, which `laget new` uses too):
    /// ids become file names (`handouts`), graph labels and session names, so nothing else
    /// may get through.
    fn id_alphabet(&mut self) {
        let s = self.s;
        let lists: Vec<(&[&str], &str, Vec<&str>)> = vec![
            (&["roles"], "id", s.roles.iter().map(|r| r.id.as_str()).collect()),
            (
                &["roles", "responsibilities"],
                "id",
                s.roles
                    .iter()
                    .flat_map(|r| r.responsibilities.iter().map(|x| x.id.as_str()))
                    .collect(),
            ),
            (&["counters"], "id", s.counters.iter().map(|c| c.id.as_str()).collect()),
            (
                &["key_decisions"],
                "id",
                s.key_decisions.iter().map(|k| k.id.as_str()).collect(),
            ),
            (
                &["voice_opportunities"],
                "id",
                s.voice_opportunities.iter().map(|v| v.id.as_str()).collect(),
            ),
            (&["injects"], "id", s.injects.iter().map(|i| i.id.as_str()).collect()),
            (&["scenes"], "id", s.scenes.iter().map(|x| x.id()).collect()),
            (&["flags"], "flags", s.flags.iter().map(|x| x.as_str()).collect()),
        ];
        if !crate::scenario::id::valid_id(&s.id) {
            self.bad_id(0, "id", &s.id);
        }
        for (fields, key, ids) in lists {
            for id in ids {
                if !crate::scenario::id::valid_id(id) {
                    let at = self.loc.anchor(fields, key, id, 0, 0);
                    self.bad_id(at, key, id);
                }
            }
        }
        for (si, scene) in s.scenes.iter().enumerate() {
            for (ci, ch) in scene.choices().iter().enumerate() {
                if !crate::scenario::id::valid_id(&ch.id) {
                    let at = choice_anchor(self.loc, s, si, ci);
                    self.bad_id(at, "id", &ch.id);
                }
            }
        }
    }

    fn bad_id(&mut self, after: usize, key: &str, id: &str) {
        let plain = plain_spelling(id);
        let norwegian = id.chars().any(|c| "æøåÆØÅ".contains(c));
        let suggestion = if crate::scenario::id::valid_id(&plain) {
            format!("\"{plain}\"")
        } else {
            String::new()
        };
        self.loc.report(
            Code::BadId,
            Spot { after, key, value: id },
            vec![
                ("name", crate::text::terminal_line(id).into_owned()),
                ("max", crate::scenario::id::MAX_ID_LEN.to_string()),
                ("suggestion", suggestion),
                ("norwegian", if norwegian { "yes".into() } else { String::new() }),
            ],
        );
    }

    /// Counts the engine indexes with 16 bits stay far below what 16 bits hold.
    fn caps(&mut self) {
        let s = self.s;
        let responsibilities: usize = s.roles.iter().map(|r| r.responsibilities.len()).sum();
        for (what, n, fields, first_over) in [
            (
                "injects",
                s.injects.len(),
                &["injects"][..],
                s.injects.get(MAX_INDEXED).map(|i| i.id.as_str()),
            ),
            (
                "key_decisions",
                s.key_decisions.len(),
                &["key_decisions"][..],
                s.key_decisions.get(MAX_INDEXED).map(|k| k.id.as_str()),
            ),
            (
                "responsibilities",
                responsibilities,
                &["roles", "responsibilities"][..],
                None,
            ),
        ] {
            if n > MAX_INDEXED {
                let at = first_over.map_or(0, |id| self.loc.anchor(fields, "id", id, 0, 0));
                self.loc.report_at(
                    Code::TooManyIndexed,
                    at,
                    vec![
                        ("what", what.to_string()),
                        ("count", n.to_string()),
                        ("limit", MAX_INDEXED.to_string()),
                    ],
                );
            }
        }
    }

    fn duplicates(&mut self) {
        let s = self.s;
        let mut lists: Vec<(&[&str], Vec<&str>)> = vec![
            (&["roles"], s.roles.iter().map(|r| r.id.as_str()).collect()),
            (&["counters"], s.counters.iter().map(|c| c.id.as_str()).collect()),
            (
                &["key_decisions"],
                s.key_decisions.iter().map(|k| k.id.as_str()).collect(),
            ),
            (
                &["voice_opportunities"],
                s.voice_opportunities.iter().map(|v| v.id.as_str()).collect(),
            ),
            (&["injects"], s.injects.iter().map(|i| i.id.as_str()).collect()),
            (&["scenes"], s.scenes.iter().map(|x| x.id()).collect()),
        ];
        lists.push((&["flags"], s.flags.iter().map(|x| x.as_str()).collect()));
        for (fields, ids) in lists {
            let key = if fields == ["flags"] { "flags" } else { "id" };
            // How often each id was seen before: a repeat is a duplicate, and the count says
            // which occurrence in the text to point at.
            let mut count: HashMap<&str, usize> = HashMap::default();
            count.reserve(ids.len());
            for id in ids {
                let nth = count.entry(id).or_default();
                if *nth > 0 {
                    let at = self.loc.anchor(fields, key, id, *nth, 0);
                    self.loc.report(
                        Code::DuplicateId,
                        Spot {
                            after: at,
                            key,
                            value: id,
                        },
                        args1("name", id),
                    );
                }
                *nth += 1;
            }
        }
        for (si, scene) in s.scenes.iter().enumerate() {
            let mut seen = HashSet::default();
            for (ci, ch) in scene.choices().iter().enumerate() {
                if !seen.insert(ch.id.as_str()) {
                    let at = choice_anchor(self.loc, s, si, ci);
                    self.loc.report(
                        Code::DuplicateId,
                        Spot {
                            after: at,
                            key: "id",
                            value: &ch.id,
                        },
                        args1("name", &ch.id),
                    );
                }
            }
            if scene.choices().len() > MAX_CHOICES_PER_SCENE {
                let at = scene_anchor(self.loc, s, si);
                self.loc.report(
                    Code::TooMany,
                    Spot {
                        after: at,
                        key: "id",
                        value: scene.id(),
                    },
                    vec![("what", "choices".into()), ("limit", MAX_CHOICES_PER_SCENE.to_string())],
                );
            }
        }
        for role in &s.roles {
            let mut seen = HashSet::default();
            for r in &role.responsibilities {
                if !seen.insert(r.id.as_str()) {
                    let at = self.loc.anchor(&["roles"], "id", &role.id, 0, 0);
                    self.loc.report(
                        Code::DuplicateId,
                        Spot {
                            after: at,
                            key: "id",
                            value: &r.id,
                        },
                        args1("name", &r.id),
                    );
                }
            }
        }
    }

    fn roles_and_state(&mut self) {
        let s = self.s;
        for role in &s.roles {
            if role.name.is_none() {
                let at = self.loc.anchor(&["roles"], "id", &role.id, 0, 0);
                self.loc.report(
                    Code::MissingField,
                    Spot {
                        after: at,
                        key: "id",
                        value: &role.id,
                    },
                    vec![("field", "name".into()), ("outer", "Role".into())],
                );
            }
            if let Some(brief) = &role.brief {
                let at = self.loc.anchor(&["roles"], "id", &role.id, 0, 0);
                self.text_len(at, brief);
            }
            for r in &role.responsibilities {
                let at = self.loc.anchor(&["roles", "responsibilities"], "id", &r.id, 0, 0);
                self.conditions(at, &r.not_needed_when);
            }
        }
        for c in &s.counters {
            let at = self.loc.anchor(&["counters"], "id", &c.id, 0, 0);
            if let Some(p) = &c.person {
                self.role_ref(at, "person", p);
            }
            if c.min > c.max || c.start < c.min || c.start > c.max {
                self.loc.report(
                    Code::BadValue,
                    Spot {
                        after: at,
                        key: "id",
                        value: &c.id,
                    },
                    vec![
                        ("detail", format!("start {} min {} max {}", c.start, c.min, c.max)),
                        ("expected", "min ≤ start ≤ max".into()),
                        ("outer", "Counter".into()),
                    ],
                );
            }
        }
    }

    fn key_decisions_and_opportunities(&mut self) {
        let s = self.s;
        for kd in &s.key_decisions {
            let at = self.loc.anchor(&["key_decisions"], "id", &kd.id, 0, 0);
            let w = &kd.window;
            for (field, d) in [
                ("ideal_from", w.ideal_from),
                ("ideal_to", w.ideal_to),
                ("latest", w.latest),
            ] {
                self.duration(at, field, d, false);
            }
            // Point at the bound that breaks the order: `ideal_to` if it comes before
            // `ideal_from`, else `latest`.
            let broken = if w.ideal_from.minutes() > w.ideal_to.minutes() {
                Some(("ideal_to", w.ideal_to))
            } else if w.ideal_to.minutes() > w.latest.minutes() {
                Some(("latest", w.latest))
            } else {
                None
            };
            if let Some((field, d)) = broken {
                self.loc
                    .report_number(Code::WindowOrder, at, field, d.amount(), args1("name", &kd.id));
            }
            self.conditions(at, &kd.not_applicable_when);
        }
        for v in &s.voice_opportunities {
            let at = self.loc.anchor(&["voice_opportunities"], "id", &v.id, 0, 0);
            for scene in &v.scenes {
                self.scene_ref(at, "scenes", scene);
            }
        }
    }

    fn injects(&mut self) {
        let s = self.s;
        for inj in &s.injects {
            let at = self.loc.anchor(&["injects"], "id", &inj.id, 0, 0);
            if let Trigger::Random(p) | Trigger::Once(p) = inj.trigger
                && p > 100
            {
                let field = if matches!(inj.trigger, Trigger::Once(_)) {
                    "Once"
                } else {
                    "Random"
                };
                self.loc.report_number(
                    Code::BadPercent,
                    at,
                    field,
                    i64::from(p),
                    args1("value", &p.to_string()),
                );
            }
            self.conditions(at, &inj.when);
            self.effects(at, &inj.effects);
        }
    }

    fn conditions(&mut self, at: usize, when: &[Condition]) {
        if when.len() > MAX_CONDITIONS {
            self.loc.report_at(
                Code::LongCondition,
                at,
                vec![("count", when.len().to_string()), ("limit", MAX_CONDITIONS.to_string())],
            );
        }
        for c in when {
            match c {
                Condition::Flag(f) | Condition::NotFlag(f) => {
                    if !self.names.flags.contains(f.as_str()) {
                        let key = if matches!(c, Condition::Flag(_)) {
                            "Flag"
                        } else {
                            "NotFlag"
                        };
                        let known = self.names.flags.iter().copied().collect();
                        self.unknown(Code::UnknownFlag, at, key, f, known);
                    }
                }
                Condition::Counter(n, _) => {
                    if !self.names.counters.contains(n.as_str()) {
                        let known = self.names.counters.iter().copied().collect();
                        self.unknown(Code::UnknownCounter, at, "Counter", n, known);
                    }
                }
                Condition::Visited(sc) | Condition::NotVisited(sc) => self.scene_ref(at, "", sc),
                Condition::Present(r) | Condition::Absent(r) => self.role_ref(at, "", r),
                Condition::Decided(k) | Condition::NotDecided(k) => {
                    if !self.names.key_decisions.contains(k.as_str()) {
                        let known = self.names.key_decisions.iter().copied().collect();
                        self.unknown(Code::UnknownKeyDecision, at, "", k, known);
                    }
                }
                Condition::Injected(i) => {
                    if !self.names.injects.contains(i.as_str()) {
                        let known = self.names.injects.iter().copied().collect();
                        self.unknown(Code::UnknownInject, at, "Injected", i, known);
                    }
                }
                Condition::After(d) => self.duration(at, "After", *d, false),
                Condition::Before(d) => self.duration(at, "Before", *d, false),
            }
        }
        if let Some(why) = contradiction(when, self.s) {
            self.loc
                .report_number(Code::ImpossibleCondition, at, "when", 0, args1("detail", &why));
        }
    }

    fn effects(&mut self, at: usize, effects: &[Effect]) {
        for e in effects {
            match e {
                Effect::Set(f) | Effect::Clear(f) => {
                    if !self.names.flags.contains(f.as_str()) {
                        let known = self.names.flags.iter().copied().collect();
                        self.unknown(Code::UnknownFlag, at, "", f, known);
                    }
                }
                Effect::Add(n, _) | Effect::Assign(n, _) => {
                    if !self.names.counters.contains(n.as_str()) {
                        let known = self.names.counters.iter().copied().collect();
                        self.unknown(Code::UnknownCounter, at, "", n, known);
                    }
                }
                Effect::Join(r) | Effect::Leave(r) => self.role_ref(at, "", r),
            }
        }
    }

    fn branches(&mut self, at: usize, branches: &[Branch]) {
        for b in branches {
            self.conditions(at, &b.when);
            self.scene_ref(at, "next", &b.next);
        }
    }

    fn scenes(&mut self) {
        let s = self.s;
        for (si, scene) in s.scenes.iter().enumerate() {
            let at = scene_anchor(self.loc, s, si);
            self.text_len(at, scene.text());
            for v in scene.variants() {
                self.conditions(at, &v.when);
            }
            let mut round_roles: &[Text] = &[];
            match scene {
                Scene::Narration {
                    elapsed,
                    effects,
                    next,
                    branches,
                    ..
                } => {
                    self.effects(at, effects);
                    self.duration(at, "elapsed", *elapsed, false);
                    self.branches(at, branches);
                    self.scene_ref(at, "next", next);
                }
                Scene::Decision { role, .. } => self.role_ref(at, "role", role),
                Scene::Conversation { role, with, .. } => {
                    self.role_ref(at, "role", role);
                    self.role_ref(at, "with", with);
                }
                Scene::Round {
                    roles,
                    elapsed,
                    next,
                    branches,
                    ..
                } => {
                    for r in roles {
                        self.role_ref(at, "roles", r);
                    }
                    round_roles = roles;
                    self.duration(at, "elapsed", *elapsed, false);
                    self.branches(at, branches);
                    self.scene_ref(at, "next", next);
                }
                Scene::Ending { .. } => {}
            }
            let in_round = matches!(scene, Scene::Round { .. });
            for (ci, ch) in scene.choices().iter().enumerate() {
                let cat = choice_anchor(self.loc, s, si, ci);
                self.choice(cat, ch, in_round, round_roles);
            }
        }
    }

    fn choice(&mut self, at: usize, ch: &Choice, in_round: bool, round_roles: &[Text]) {
        self.text_len(at, &ch.text);
        if let Some(r) = &ch.role {
            self.role_ref(at, "role", r);
        }
        if in_round {
            if let Some(next) = &ch.next {
                self.loc.report(
                    Code::MisplacedNext,
                    Spot {
                        after: at,
                        key: "next",
                        value: next,
                    },
                    args1("name", &ch.id),
                );
            }
            match &ch.role {
                None => self.loc.report(
                    Code::RoundChoiceRole,
                    Spot {
                        after: at,
                        key: "id",
                        value: &ch.id,
                    },
                    vec![("name", ch.id.to_string()), ("role", String::new())],
                ),
                Some(r) if !round_roles.is_empty() && !round_roles.contains(r) => self.loc.report(
                    Code::RoundChoiceRole,
                    Spot {
                        after: at,
                        key: "role",
                        value: r,
                    },
                    vec![("name", ch.id.to_string()), ("role", r.to_string())],
                ),
                Some(_) => {}
            }
        } else {
            match &ch.next {
                Some(next) => self.scene_ref(at, "next", next),
                None => self.loc.report(
                    Code::MissingNext,
                    Spot {
                        after: at,
                        key: "id",
                        value: &ch.id,
                    },
                    args1("name", &ch.id),
                ),
            }
        }
        self.branches(at, &ch.branches);
        self.duration(at, "elapsed", ch.elapsed, false);
        self.conditions(at, &ch.when);
        self.effects(at, &ch.effects);
        for p in &ch.performs {
            if !self.names.responsibilities.contains(p.as_str()) {
                let known = self.names.responsibilities.iter().copied().collect();
                self.unknown(Code::UnknownResponsibility, at, "performs", p, known);
            }
        }
        if let Some(kd) = &ch.decides
            && !self.names.key_decisions.contains(kd.as_str())
        {
            let known = self.names.key_decisions.iter().copied().collect();
            self.unknown(Code::UnknownKeyDecision, at, "decides", kd, known);
        }
    }

    fn exemplary_steps(&mut self) {
        let s = self.s;
        for step in &s.exemplary_path {
            let ok = step.split_once('.').is_some_and(|(scene, choice)| {
                self.names
                    .scenes
                    .get(scene)
                    .is_some_and(|&i| s.scenes[i].choices().iter().any(|c| c.id == choice))
            });
            if !ok {
                self.loc.report(
                    Code::BadExemplaryStep,
                    Spot {
                        after: 0,
                        key: "exemplary_path",
                        value: step,
                    },
                    args1("name", step),
                );
            }
        }
    }
}

/// A reason the conditions can never all hold at once, if there is one.
pub fn contradiction(when: &[Condition], s: &Scenario) -> Option<String> {
    use Condition::*;
    let has = |c: &Condition| when.contains(c);
    for c in when {
        let clash = match c {
            Flag(f) => has(&NotFlag(f.clone())).then(|| format!("Flag(\"{f}\") + NotFlag(\"{f}\")")),
            Visited(x) => has(&NotVisited(x.clone())).then(|| format!("Visited(\"{x}\") + NotVisited(\"{x}\")")),
            Present(r) => has(&Absent(r.clone())).then(|| format!("Present(\"{r}\") + Absent(\"{r}\")")),
            Decided(k) => has(&NotDecided(k.clone())).then(|| format!("Decided(\"{k}\") + NotDecided(\"{k}\")")),
            Counter(n, cmp) => {
                let counter = s.counters.iter().find(|c| c.id == n)?;
                let impossible = match cmp {
                    Compare::AtLeast(v) => *v > counter.max,
                    Compare::AtMost(v) => *v < counter.min,
                    Compare::Equals(v) => *v > counter.max || *v < counter.min,
                };
                impossible.then(|| format!("Counter(\"{n}\", {cmp:?}) [{}..{}]", counter.min, counter.max))
            }
            After(a) => when.iter().find_map(|o| match o {
                Before(b) if b.minutes() <= a.minutes() => Some(format!("After({a:?}) + Before({b:?})")),
                _ => None,
            }),
            _ => None,
        };
        if clash.is_some() {
            return clash;
        }
    }
    None
}
