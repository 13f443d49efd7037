//! The debrief in words: plain text for the terminal and Markdown for minutes. One walk over
//! the report; the two differ only in how headings, lists and bars are written.

use super::*;
use crate::i18n::{Arg, Messages};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Text,
    Markdown,
}

pub fn text(d: &Debrief, m: &Messages) -> String {
    render(d, m, Style::Text, true)
}

/// The text debrief without its title and score lines, for a screen that shows those itself.
pub fn text_body(d: &Debrief, m: &Messages) -> String {
    render(d, m, Style::Text, false)
}

pub fn markdown(d: &Debrief, m: &Messages) -> String {
    render(d, m, Style::Markdown, true)
}

struct Out<'a> {
    s: String,
    style: Style,
    m: &'a Messages,
}

impl Out<'_> {
    /// Scenario text (and the program's own) inside Markdown is shown as written, never read
    /// as markup (`crate::text::markdown`); plain text is left as it is.
    fn esc<'t>(&self, t: &'t str) -> std::borrow::Cow<'t, str> {
        match self.style {
            Style::Text => std::borrow::Cow::Borrowed(t),
            Style::Markdown => std::borrow::Cow::Owned(crate::text::markdown(t)),
        }
    }
    fn h1(&mut self, t: &str) {
        let t = &*self.esc(t).into_owned();
        match self.style {
            Style::Text => {
                let line = "═".repeat(t.chars().count().min(78));
                self.s.push_str(&format!("{t}\n{line}\n\n"));
            }
            Style::Markdown => self.s.push_str(&format!("# {t}\n\n")),
        }
    }
    fn h2(&mut self, t: &str) {
        let t = &*self.esc(t).into_owned();
        match self.style {
            Style::Text => {
                let line = "─".repeat(t.chars().count().min(78));
                self.s.push_str(&format!("{t}\n{line}\n"));
            }
            Style::Markdown => self.s.push_str(&format!("## {t}\n\n")),
        }
    }
    fn h3(&mut self, t: &str) {
        let t = &*self.esc(t).into_owned();
        match self.style {
            Style::Text => self.s.push_str(&format!("{t}:\n")),
            Style::Markdown => self.s.push_str(&format!("### {t}\n\n")),
        }
    }
    fn para(&mut self, t: &str) {
        let t = self.esc(t).into_owned();
        self.s.push_str(&t);
        self.s.push_str("\n\n");
    }
    fn item(&mut self, t: &str) {
        let t = &*self.esc(t).into_owned();
        match self.style {
            Style::Text => self.s.push_str(&format!("  • {t}\n")),
            Style::Markdown => self.s.push_str(&format!("- {t}\n")),
        }
    }
    fn end_list(&mut self) {
        self.s.push('\n');
    }
    fn get(&self, id: &str) -> String {
        self.m.get(id)
    }
    fn fmt(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.m.fmt(id, args)
    }
}

/// A bar of 20 cells for a score from 0 to 100.
fn bar(score: u32) -> String {
    let full = ((score.min(100) + 2) / 5) as usize;
    "█".repeat(full) + &"░".repeat(20 - full)
}

fn render(d: &Debrief, m: &Messages, style: Style, head: bool) -> String {
    let mut o = Out {
        s: String::new(),
        style,
        m,
    };
    if head {
        o.h1(&o.fmt("debrief-title", &[("title", Arg::Str(&d.scenario.title))]));
        let mode = o.get(match d.mode {
            crate::engine::Mode::Group => "mode-group",
            crate::engine::Mode::Solo => "mode-solo",
        });
        o.para(&o.fmt(
            "debrief-meta",
            &[("seed", Arg::Str(&d.seed.to_string())), ("mode", Arg::Str(&mode))],
        ));
    }

    // What happened.
    o.h2(&o.get("debrief-what-happened"));
    if d.ending.reached {
        o.para(&o.fmt("debrief-ending", &[("title", Arg::Str(&d.ending.title))]));
        if !d.ending.text.is_empty() {
            o.para(&d.ending.text);
        }
    } else {
        o.para(&o.get("debrief-not-ended"));
    }

    // Scores.
    if head {
        scores(&mut o, d);
    }

    // Timeline.
    o.h2(&o.get("debrief-timeline"));
    for t in &d.timeline {
        let what = match t.kind {
            TimelineKind::FirstConcern => o.get("timeline-first-concern"),
            TimelineKind::KeyDecision => o.fmt("timeline-key-decision", &[("text", Arg::Str(&t.text))]),
            TimelineKind::Inject => o.fmt("timeline-inject", &[("text", Arg::Str(&t.text))]),
            TimelineKind::Ending => o.fmt("timeline-ending", &[("text", Arg::Str(&t.text))]),
        };
        let day = o.fmt("debrief-day", &[("day", Arg::Num(t.day))]);
        o.item(&format!("{} ({day}): {what}", t.date));
    }
    o.end_list();
    for i in &d.intervals {
        let line = match (i.key, i.days) {
            (IntervalKind::FirstConcernToFirstAction, Some(days)) => {
                o.fmt("interval-first-action", &[("days", Arg::Num(days))])
            }
            (IntervalKind::FirstConcernToFirstAction, None) => o.get("interval-no-action"),
            (IntervalKind::FirstConcernToDecision, Some(days)) => o.fmt(
                "interval-decision",
                &[
                    ("days", Arg::Num(days)),
                    ("subject", Arg::Str(i.subject.as_deref().unwrap_or(""))),
                ],
            ),
            (IntervalKind::FirstConcernToDecision, None) => o.fmt(
                "interval-decision-never",
                &[("subject", Arg::Str(i.subject.as_deref().unwrap_or("")))],
            ),
            (IntervalKind::FirstConcernToEnd, days) => o.fmt("interval-end", &[("days", Arg::Num(days.unwrap_or(0)))]),
        };
        let line = match i.working_days {
            Some(n) => format!("{line} {}", o.fmt("interval-working-days", &[("days", Arg::Num(n))])),
            None => line,
        };
        o.item(&line);
    }
    o.end_list();

    // Evidence per dimension.
    for (key, r) in d.scores.all() {
        o.h2(&o.fmt(
            "debrief-evidence",
            &[("dimension", Arg::Str(&o.get(&format!("dimension-{key}"))))],
        ));
        if r.evidence.is_empty() {
            o.para(&o.get("debrief-no-evidence"));
            continue;
        }
        for e in &r.evidence {
            o.item(&evidence_line(&o, e, false));
        }
        o.end_list();
    }

    // Strengths and areas for improvement.
    o.h2(&o.get("debrief-plus-delta"));
    o.h3(&o.get("debrief-strengths"));
    if d.strengths.is_empty() {
        o.item(&o.get("debrief-none"));
    }
    for e in &d.strengths {
        o.item(&evidence_line(&o, e, true));
    }
    o.end_list();
    o.h3(&o.get("debrief-areas"));
    if d.areas_for_improvement.is_empty() {
        o.item(&o.get("debrief-none"));
    }
    for e in &d.areas_for_improvement {
        o.item(&evidence_line(&o, e, true));
    }
    o.end_list();

    o.h2(&o.get("debrief-missed-voice"));
    if d.missed_voice.is_empty() {
        o.para(&o.get("debrief-no-missed-voice"));
    } else {
        for e in &d.missed_voice {
            o.item(&evidence_line(&o, e, true));
        }
        o.end_list();
    }

    if let Some(dep) = &d.departure {
        o.h2(&o.get("debrief-departure"));
        o.para(&o.fmt(
            "debrief-departure-exemplary",
            &[("text", Arg::Str(&quoted(&dep.exemplary_text)))],
        ));
        if let Some(t) = &dep.taken_text {
            o.para(&o.fmt("debrief-departure-taken", &[("text", Arg::Str(&quoted(t)))]));
        }
        if let Some(r) = &dep.rationale {
            o.para(r);
        }
        o.para(&o.fmt(
            "debrief-departure-cost",
            &[
                ("rc", Arg::Num(dep.cost.role_clarity)),
                ("cv", Arg::Num(dep.cost.child_voice)),
                ("dt", Arg::Num(dep.cost.decision_timing)),
            ],
        ));
    }

    if !d.roles.is_empty() {
        o.h2(&o.get("debrief-roles"));
        for r in &d.roles {
            let line = o.fmt(
                "debrief-role-line",
                &[
                    ("name", Arg::Str(&r.name)),
                    ("for", Arg::Num(r.for_count.into())),
                    ("against", Arg::Num(r.against_count.into())),
                    ("score", Arg::Num(r.score.unwrap_or(0).into())),
                ],
            );
            o.item(&line);
        }
        o.end_list();
    }

    if !d.conversations.is_empty() {
        o.h2(&o.get("debrief-conversations"));
        for c in &d.conversations {
            for l in &c.lines {
                let qs: Vec<String> = l.qualities.iter().map(|q| o.get(&format!("quality-{q}"))).collect();
                let q = if qs.is_empty() {
                    String::new()
                } else {
                    format!(" [{}]", qs.join(", "))
                };
                o.item(&format!("{}{q}", l.text));
            }
            for sc in &c.state {
                let line = o.fmt(
                    "debrief-state-change",
                    &[
                        ("label", Arg::Str(&sc.label)),
                        ("from", Arg::Num(sc.from)),
                        ("to", Arg::Num(sc.to)),
                    ],
                );
                o.item(&line);
            }
            o.end_list();
        }
    }

    if !d.notes.is_empty() {
        o.h2(&o.get("debrief-notes"));
        for n in &d.notes {
            let day = o.fmt("debrief-day", &[("day", Arg::Num(n.day))]);
            o.item(&format!("({day}) {}", n.text));
        }
        o.end_list();
    }

    o.h2(&o.get("debrief-reflection"));
    let r = &d.reflection_questions;
    for (phase, qs) in [
        ("reactions", &r.reactions),
        ("description", &r.description),
        ("analysis", &r.analysis),
        ("summary", &r.summary),
    ] {
        if qs.is_empty() {
            continue;
        }
        o.h3(&o.get(&format!("phase-{phase}")));
        for q in qs {
            o.item(q);
        }
        o.end_list();
    }

    if !d.learning_points.is_empty() {
        o.h2(&o.get("debrief-learning"));
        for lp in &d.learning_points {
            match &lp.reference {
                Some(r) => o.item(&format!("{} ({r})", lp.text)),
                None => o.item(&lp.text),
            }
        }
        o.end_list();
    }
    while o.s.ends_with("\n\n") {
        o.s.pop();
    }
    o.s
}

/// One piece of evidence; `full` adds the choice's words and the authors' rationale.
/// The score lines: text bars or a Markdown table.
fn scores(o: &mut Out, d: &Debrief) {
    o.h2(&o.get("debrief-scores"));
    if o.style == Style::Markdown {
        o.s.push_str(&format!(
            "| {} | {} | | |\n|---|---:|---|---|\n",
            o.get("debrief-dimension"),
            o.get("debrief-score")
        ));
    }
    for (key, r) in d.scores.all() {
        let name = o.get(&format!("dimension-{key}"));
        let band = o.get(&format!("band-{}", r.band.key()));
        match o.style {
            Style::Text => {
                o.s.push_str(&format!("  {name:<18} {} {:>3}  {band}\n", bar(r.score), r.score))
            }
            Style::Markdown => {
                o.s.push_str(&format!("| {name} | {} | `{}` | {band} |\n", r.score, bar(r.score)))
            }
        }
    }
    o.s.push('\n');
}

fn evidence_line(o: &Out, e: &EvidenceItem, full: bool) -> String {
    let sign = match (e.rule, e.positive) {
        (Rule::NotApplicable, _) => "·",
        (_, true) => "+",
        (_, false) => "−",
    };
    let subject = e.subject_text.as_deref().or(e.subject.as_deref()).unwrap_or("");
    let what = o.fmt(
        &format!("rule-{}", e.rule.key()),
        &[
            ("subject", Arg::Str(subject)),
            ("points", Arg::Num(e.points.unwrap_or(0).into())),
            ("day", Arg::Num(e.day.unwrap_or(0))),
        ],
    );
    let mut line = format!("[{sign}] ");
    if let Some(day) = e.day {
        line.push_str(&o.fmt("debrief-day", &[("day", Arg::Num(day))]));
        line.push_str(" · ");
    }
    if let Some(r) = &e.role_name {
        line.push_str(r);
        line.push_str(": ");
    }
    line.push_str(&what);
    if !full {
        return line;
    }
    if let Some(c) = &e.choice_text {
        line.push_str(&format!(" — {}", quoted(c)));
    }
    if let Some(r) = &e.rationale {
        line.push_str(&format!(" {r}"));
    }
    line
}

/// Text in «», unless the author already quoted it.
fn quoted(t: &str) -> String {
    crate::i18n::quoted(t)
}
