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
    write(d, m, Style::Text, true, false)
}

/// The text debrief without its title and score lines, for a screen that shows those itself.
pub fn text_body(d: &Debrief, m: &Messages) -> String {
    write(d, m, Style::Text, false, false)
}

/// The debrief in `format`; with `full`, every piece of evidence (text and Markdown).
pub fn render(d: &Debrief, m: &Messages, format: super::Format, full: bool) -> String {
    match format {
        super::Format::Text => text_full(d, m, full),
        super::Format::Md => markdown_full(d, m, full),
        super::Format::Json => d.to_json(),
    }
}

pub fn markdown(d: &Debrief, m: &Messages) -> String {
    write(d, m, Style::Markdown, true, false)
}

/// With `full`, every piece of evidence, the conversations line by line and the role
/// clarity of each role (the default shows what decided each score).
pub fn text_full(d: &Debrief, m: &Messages, full: bool) -> String {
    write(d, m, Style::Text, true, full)
}

pub fn markdown_full(d: &Debrief, m: &Messages, full: bool) -> String {
    write(d, m, Style::Markdown, true, full)
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
    let full = super::bar_cells(score, 20);
    "█".repeat(full) + &"░".repeat(20 - full)
}

fn write(d: &Debrief, m: &Messages, style: Style, head: bool, full: bool) -> String {
    let mut o = Out {
        s: String::new(),
        style,
        m,
    };
    let solo = d.mode == crate::engine::Mode::Solo;
    let you = |role: Option<&str>, name: &str| -> String {
        if solo && role.is_some() && role == d.role.as_deref() {
            m.get("debrief-you")
        } else {
            name.to_string()
        }
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

    // 1. The ending, revealed first.
    o.h2(&o.get("debrief-how-it-ended"));
    if d.ending.reached {
        let outcome = if d.ending.outcome.is_empty() {
            String::new()
        } else {
            format!(" ({})", o.get(&format!("outcome-{}", d.ending.outcome)))
        };
        o.para(&format!(
            "{}{outcome}",
            o.fmt("debrief-ending", &[("title", Arg::Str(&d.ending.title))])
        ));
        if !d.ending.text.is_empty() {
            o.para(&d.ending.text);
        }
        if !d.ending.about.is_empty() {
            let dims: Vec<String> = d
                .ending
                .about
                .iter()
                .map(|k| o.get(&format!("dimension-{k}")))
                .collect();
            let mut line = o.fmt("debrief-ending-about", &[("dimensions", Arg::Str(&dims.join(", ")))]);
            if let Some(b) = &d.ending.because {
                line.push(' ');
                line.push_str(b);
            }
            o.para(&line);
        }
        if !d.ending.led_by.is_empty() {
            o.h3(&o.get(if solo { "debrief-led-by-you" } else { "debrief-led-by" }));
            let shown = if full { d.ending.led_by.len() } else { 3 };
            // The last choices before the ending are the nearest causes.
            let skip = d.ending.led_by.len().saturating_sub(shown);
            for l in &d.ending.led_by[skip..] {
                let day = o.fmt("debrief-day", &[("day", Arg::Num(l.day))]);
                let who = you(Some(&l.role), &l.role_name);
                o.item(&format!("{day} · {who}: {}", o.quoted(&short(&l.text, full))));
            }
            o.end_list();
        }
    } else {
        o.para(&o.get("debrief-not-ended"));
    }

    // 2. Reactions.
    o.h2(&o.get("phase-reactions"));
    if d.reflection_questions.reactions.is_empty() {
        o.item(&format!("? {}", o.get("debrief-reactions-default")));
    }
    for q in &d.reflection_questions.reactions {
        o.item(&format!("? {q}"));
    }
    o.end_list();

    // 3. What happened: the timeline.
    o.h2(&o.get("debrief-what-happened"));
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
            // The timeline already gives the day of each decision made; the interval adds to it
            // only in the full debrief, or where its window counts working days.
            (IntervalKind::FirstConcernToDecision, Some(days)) if full || i.working_days.is_some() => o.fmt(
                "interval-decision",
                &[
                    ("days", Arg::Num(days)),
                    ("subject", Arg::Str(i.subject.as_deref().unwrap_or(""))),
                ],
            ),
            (IntervalKind::FirstConcernToDecision, Some(_)) => continue,
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
    questions(&mut o, &d.reflection_questions.description);

    // 4. Analysis: the scores, and what decided each.
    o.h2(&o.get("phase-analysis"));
    if head {
        scores(&mut o, d);
    }
    let mut shown: Vec<String> = Vec::new();
    for (key, r) in d.scores.all() {
        let name = o.get(&format!("dimension-{key}"));
        let band = o.get(&format!("band-{}", r.band.key()));
        o.h3(&format!("{name}: {} ({band})", r.score));
        let items: Vec<&EvidenceItem> = if full { r.evidence.iter().collect() } else { deciding(r) };
        if items.is_empty() {
            o.item(&o.get("debrief-no-evidence"));
        }
        for e in items {
            let line = evidence_line(&o, e, &you, full);
            if !full && shown.contains(&line) {
                continue;
            }
            o.item(&line);
            shown.push(line);
        }
        o.end_list();
    }
    if let Some(dep) = &d.departure {
        o.h3(&o.get("debrief-departure"));
        // The short debrief gives the good practice once, in the line for the role (summary).
        if full {
            o.item(&o.fmt(
                "debrief-departure-exemplary",
                &[("text", Arg::Str(&o.quoted(&dep.exemplary_text)))],
            ));
            if let Some(t) = &dep.taken_text {
                let id = if solo {
                    "debrief-departure-taken-you"
                } else {
                    "debrief-departure-taken"
                };
                o.item(&o.fmt(id, &[("text", Arg::Str(&o.quoted(t)))]));
            }
            if let Some(r) = &dep.rationale {
                o.item(r);
            }
        }
        o.item(&o.fmt(
            "debrief-departure-cost",
            &[
                ("rc", Arg::Str(&against(dep.cost.role_clarity))),
                ("cv", Arg::Str(&against(dep.cost.child_voice))),
                ("dt", Arg::Str(&against(dep.cost.decision_timing))),
            ],
        ));
        o.end_list();
    }
    if full && !d.roles.is_empty() {
        o.h3(&o.get("debrief-roles"));
        for r in &d.roles {
            let line = o.fmt(
                "debrief-role-line",
                &[
                    ("name", Arg::Str(&you(Some(&r.id), &r.name))),
                    ("for", Arg::Num(r.for_count.into())),
                    ("against", Arg::Num(r.against_count.into())),
                    ("score", Arg::Num(r.score.unwrap_or(0).into())),
                ],
            );
            o.item(&line);
        }
        o.end_list();
    }
    if full && !d.conversations.is_empty() {
        o.h3(&o.get("debrief-conversations"));
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
        }
        o.end_list();
    }
    questions(&mut o, &d.reflection_questions.analysis);

    // 5. Summary: learning points, plus and delta, one improvement per role.
    o.h2(&o.get("phase-summary"));
    if !d.learning_points.is_empty() {
        o.h3(&o.get("debrief-learning"));
        let n = if full { d.learning_points.len() } else { 2 };
        for lp in d.learning_points.iter().take(n) {
            match &lp.reference {
                Some(r) => o.item(&format!("{} ({r})", lp.text)),
                None => o.item(&lp.text),
            }
        }
        o.end_list();
    }
    let strong: Vec<String> = d
        .scores
        .all()
        .iter()
        .filter(|(_, r)| r.band == crate::score::Band::Strong)
        .map(|(k, _)| o.get(&format!("dimension-{k}")))
        .collect();
    let weakest = d
        .scores
        .all()
        .into_iter()
        .filter(|(_, r)| r.band != crate::score::Band::Strong)
        .min_by_key(|(_, r)| r.score)
        .map(|(k, _)| o.get(&format!("dimension-{k}")));
    o.h3(&o.get("debrief-plus-delta"));
    o.item(&if strong.is_empty() {
        o.get("debrief-plus-none")
    } else {
        o.fmt("debrief-plus", &[("dimensions", Arg::Str(&strong.join(", ")))])
    });
    o.item(&match &weakest {
        Some(w) => o.fmt("debrief-delta", &[("dimension", Arg::Str(w))]),
        None => o.get("debrief-delta-none"),
    });
    o.end_list();
    if !d.improvements.is_empty() {
        o.h3(&o.get(if solo { "debrief-improve-you" } else { "debrief-improve" }));
        for x in &d.improvements {
            // At the start of a line, "you" starts with a capital.
            let who = capitalised(&you(Some(&x.role), &x.role_name));
            let line = match (&x.better_text, x.day) {
                (Some(b), Some(day)) => o.fmt(
                    "debrief-improve-line",
                    &[
                        ("name", Arg::Str(&who)),
                        ("day", Arg::Num(day)),
                        // Good practice is the lesson: whole, never cut short.
                        ("text", Arg::Str(&o.quoted(b))),
                    ],
                ),
                _ => o.fmt("debrief-improve-keep", &[("name", Arg::Str(&who))]),
            };
            o.item(&line);
        }
        o.end_list();
    }
    questions(&mut o, &d.reflection_questions.summary);

    if !d.notes.is_empty() {
        o.h2(&o.get("debrief-notes"));
        for n in &d.notes {
            let day = o.fmt("debrief-day", &[("day", Arg::Num(n.day))]);
            o.item(&format!("({day}) {}", n.text));
        }
        o.end_list();
    }
    // Where `--full` can be given: not on the debrief screen, which leaves the title out.
    if !full && head {
        o.para(&o.get("debrief-full-hint"));
    }
    while o.s.ends_with("\n\n") {
        o.s.pop();
    }
    o.s
}

/// Reflection questions of one phase, at the end of its section, each marked with "?".
fn questions(o: &mut Out, qs: &[crate::scenario::model::Text]) {
    if qs.is_empty() {
        return;
    }
    for q in qs {
        o.item(&format!("? {q}"));
    }
    o.end_list();
}

/// The two or three pieces of evidence that decided a dimension: the ending first, then for a
/// strong score the strengths (and one fault), otherwise the faults (and one strength).
fn deciding(r: &DimensionResult) -> Vec<&EvidenceItem> {
    let counted = |e: &&EvidenceItem| e.rule != Rule::NotApplicable;
    let mut neg: Vec<&EvidenceItem> = r.evidence.iter().filter(counted).filter(|e| !e.positive).collect();
    // The weightiest faults first: the ending's cap, then the fewest points.
    neg.sort_by_key(|e| (e.rule != Rule::EndingOutcome, e.points.unwrap_or(0)));
    let pos: Vec<&EvidenceItem> = r.evidence.iter().filter(counted).filter(|e| e.positive).collect();
    let (first, second, n_first) = match r.band {
        crate::score::Band::Strong => (pos, neg, 2),
        crate::score::Band::Partial => (neg, pos, 2),
        crate::score::Band::Weak => (neg, pos, 3),
    };
    let mut out: Vec<&EvidenceItem> = first.iter().take(n_first).copied().collect();
    out.extend(second.iter().take(1));
    // Fill up to three from the first list when the second had nothing.
    out.extend(first.iter().skip(n_first).take(3usize.saturating_sub(out.len())));
    out.dedup_by(|a, b| a.rule == b.rule && a.choice == b.choice && a.subject == b.subject);
    out
}

fn capitalised(t: &str) -> String {
    let mut c = t.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A long choice text cut to its first 14 words in the default debrief.
fn short(t: &str, full: bool) -> String {
    const WORDS: usize = 14;
    if full || t.split_whitespace().count() <= WORDS {
        return t.to_string();
    }
    let mut s: String = t.split_whitespace().take(WORDS).collect::<Vec<_>>().join(" ");
    s.push('…');
    // A quotation cut short still closes, with its own closing mark.
    for (open, close) in [('«', '»'), ('“', '”'), ('"', '"')] {
        if t.starts_with(open) && t.ends_with(close) && !s.ends_with(close) {
            s.push(close);
        }
    }
    s
}

/// One piece of evidence; `full` adds the choice's words and the authors' rationale.
/// The score lines: text bars or a Markdown table.
fn scores(o: &mut Out, d: &Debrief) {
    if o.style == Style::Markdown {
        o.s.push_str(&format!(
            "| {} | {} | | |\n|---|---:|---|---|\n",
            o.get("debrief-dimension"),
            o.get("debrief-score")
        ));
    }
    let width = d
        .scores
        .all()
        .iter()
        .map(|(k, _)| o.get(&format!("dimension-{k}")).chars().count())
        .max()
        .unwrap_or(18)
        .max(18);
    for (key, r) in d.scores.all() {
        let name = o.get(&format!("dimension-{key}"));
        let band = o.get(&format!("band-{}", r.band.key()));
        match o.style {
            Style::Text => {
                o.s.push_str(&format!("  {name:<width$} {} {:>3}  {band}\n", bar(r.score), r.score))
            }
            Style::Markdown => {
                o.s.push_str(&format!("| {name} | {} | `{}` | {band} |\n", r.score, bar(r.score)))
            }
        }
    }
    o.s.push('\n');
}

fn evidence_line(o: &Out, e: &EvidenceItem, you: &dyn Fn(Option<&str>, &str) -> String, full: bool) -> String {
    let sign = match (e.rule, e.positive) {
        (Rule::NotApplicable, _) => "·",
        (_, true) => "+",
        (_, false) => "−",
    };
    let subject = e.subject_text.as_deref().or(e.subject.as_deref()).unwrap_or("");
    let detail = match (e.rule, e.detail.as_deref()) {
        (Rule::Breach, Some(k)) => o.get(&format!("breach-{k}")),
        (Rule::VoiceHarmed, Some(k)) => o.get(&format!("harm-{k}")),
        (Rule::SafeLine | Rule::UnsafeLine, Some(qs)) => qs
            .split(',')
            .filter(|q| !q.is_empty())
            .map(|q| o.get(&format!("quality-{q}")))
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    };
    let what = o.fmt(
        &format!("rule-{}", e.rule.key()),
        &[
            ("subject", Arg::Str(subject)),
            ("points", Arg::Num(e.points.unwrap_or(0).into())),
            ("day", Arg::Num(e.day.unwrap_or(0))),
            ("detail", Arg::Str(&detail)),
            ("delta", Arg::Num(e.delta.unwrap_or(0).abs())),
            (
                "direction",
                Arg::Str(if e.delta.unwrap_or(0) < 0 { "down" } else { "up" }),
            ),
        ],
    );
    let mut line = format!("[{sign}] ");
    if let Some(day) = e.day
        && e.rule != Rule::EndingOutcome
    {
        line.push_str(&o.fmt("debrief-day", &[("day", Arg::Num(day))]));
        line.push_str(" · ");
    }
    if let Some(r) = &e.role_name {
        line.push_str(&you(e.role.as_deref(), r));
        line.push_str(": ");
    }
    line.push_str(&what);
    if let Some(c) = &e.choice_text {
        line.push_str(&format!(" — {}", o.quoted(&short(c, full))));
    }
    // The authors' reasons are in the full debrief and the JSON.
    if let Some(r) = &e.rationale
        && full
    {
        line.push_str(&format!(" {r}"));
    }
    line
}

/// Text in «», unless the author already quoted it.
/// A cost (points the exemplary path scored above this play) as this play's difference from it:
/// "−6" lower, "±0" the same, "+3" higher.
fn against(cost: i64) -> String {
    match -cost {
        0 => "±0".to_string(),
        n if n > 0 => format!("+{n}"),
        n => format!("−{}", n.unsigned_abs()),
    }
}

impl Out<'_> {
    /// `t` in the quotation marks of the report's language.
    fn quoted(&self, t: &str) -> String {
        crate::i18n::quoted(self.m.lang(), t)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_quote_cut_short_closes_with_its_own_mark() {
        let long = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen";
        assert_eq!(super::short(&format!("«{long}»"), false).chars().last(), Some('»'));
        assert_eq!(super::short(&format!("“{long}”"), false).chars().last(), Some('”'));
        let plain = super::short(long, false);
        assert!(plain.ends_with('…'), "{plain}");
        assert_eq!(super::short(long, true), long, "whole with --full");
    }
}
