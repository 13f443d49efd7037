//! The drill: pages to read, the decision with its choices, the header and the team board.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Wrap};

use super::{block, clamp16};
use crate::engine::graph::bit;
use crate::engine::{Event, Pending};
use crate::i18n::Arg;
use crate::tui::app::{App, Page};

pub(super) fn draw(f: &mut Frame, app: &App, area: Rect) {
    let Some(p) = &app.play else { return };
    let drill = &p.session().drill;
    let st = &p.session().state;
    let wide = area.width >= 100;
    let [status, board_line, main] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(if wide { 0 } else { 1 }),
        Constraint::Min(1),
    ])
    .areas(area);

    // Status: date, day since the first concern, the deliberation timer. A page shows the
    // moment it stands for; the decision screen, now.
    let upto = p.pages.front().map_or(st.events.len(), |x| x.upto);
    let at = st.events[..upto.min(st.events.len())]
        .iter()
        .last()
        .map_or(st.clock, event_time);
    let d = drill.date_at(at);
    let date = d.words(&app.msgs, "tui-date", drill.day_at(at));
    // The budget gives way before the date does.
    let left_width = Line::from(format!(" {} · {date}", drill.scenario.title)).width();
    let room = (status.width as usize).saturating_sub(left_width);
    let (clock, clock_style) = super::clock::header(app, p, room);
    let clock_width = ratatui::text::Line::from(clock.as_str()).width() as u16;
    let [status_left, status_right] =
        Layout::horizontal([Constraint::Min(1), Constraint::Length(clock_width)]).areas(status);
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!(" {} ", drill.scenario.title), app.theme.title()),
            Span::raw(format!("· {date}")),
        ])),
        status_left,
    );
    f.render_widget(
        Paragraph::new(Span::styled(clock, clock_style)).alignment(ratatui::layout::Alignment::Right),
        status_right,
    );

    // Solo: how the simulated person is doing, where the team board would be.
    let gauge = super::gauge::lines(app, p);
    if !wide {
        match gauge.first() {
            Some(g) => f.render_widget(Paragraph::new(g.clone()), board_line),
            None => f.render_widget(Paragraph::new(board_spans(app)), board_line),
        }
    }
    let (story, board) = if wide {
        let [a, b] = Layout::horizontal([Constraint::Min(40), Constraint::Length(30)]).areas(main);
        (a, Some(b))
    } else {
        (main, None)
    };
    if let Some(b) = board {
        team_board(f, app, b);
    }

    if let Some(page) = p.pages.front() {
        let (title, text) = match page.page {
            Page::Scene { scene: s, .. } => {
                let sc = drill.scene(s);
                let text = drill.scene_text(st, s).to_string();
                (
                    sc.speaker()
                        .map(str::to_string)
                        .unwrap_or_else(|| app.msgs.get("tui-story")),
                    text,
                )
            }
            Page::Inject { inject: i, .. } => (
                app.msgs.get("tui-event"),
                format!("{}\n\n{}", drill.inject(i).title, drill.inject(i).text),
            ),
            Page::Auto { role, choice } => (drill.role_name(role).to_string(), drill.choice(choice).text.to_string()),
            Page::SoFar => (app.msgs.get("tui-so-far"), so_far(app, drill, st)),
            // The drill ends on time, or runs out: said as a page of its own, as plain mode does.
            Page::HorizonReached { .. } => (app.msgs.get("tui-story"), app.msgs.get("plain-horizon")),
            Page::Stuck { .. } => (app.msgs.get("tui-story"), app.msgs.get("plain-stuck")),
            Page::Feedback { choice: c, better } => {
                let ch = drill.choice(c);
                let mut t = ch.feedback.as_deref().unwrap_or_default().to_string();
                if !ch.qualities.is_empty() {
                    let qs: Vec<String> = ch
                        .qualities
                        .iter()
                        .map(|q| app.msgs.get(&format!("quality-{}", q.key())))
                        .collect();
                    t.push_str(&format!("\n\n{}: {}", app.msgs.get("plain-qualities"), qs.join(", ")));
                }
                // After a poor choice: what would have worked better, and why.
                if let Some(b) = better {
                    let text = crate::i18n::quoted(&drill.choice(b).text);
                    t.push_str(&format!(
                        "\n\n{}",
                        app.msgs.fmt("coach-better", &[("text", Arg::Str(&text))])
                    ));
                    if let Some(why) = &drill.choice(b).rationale {
                        t.push_str(&format!("\n{why}"));
                    }
                }
                (app.msgs.get("plain-feedback"), t.trim_start().to_string())
            }
        };
        let para = Paragraph::new(Text::from(text))
            .wrap(Wrap { trim: false })
            .scroll((p.scroll, 0))
            .block(block(app, title));
        let [text_area, hint] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(story);
        f.render_widget(para, text_area);
        f.render_widget(
            Paragraph::new(Span::styled(app.msgs.get("tui-continue"), app.theme.key())),
            hint,
        );
        return;
    }

    let Pending::Choice {
        scene,
        role,
        choices,
        round,
    } = p.session().pending()
    else {
        return;
    };
    let options: Vec<ListItem> = choices
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            ListItem::new(Text::from(wrap(
                &format!("{}) {}", i + 1, drill.choice(c).text),
                story.width.saturating_sub(6) as usize,
            )))
        })
        .collect();
    let option_lines: u16 = options.iter().map(|o| clamp16(o.height())).fold(0, u16::saturating_add);
    let max_choices = story.height.saturating_sub(7).max(4);
    let [text_area, actor_area, choices_area] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length((option_lines + 2).min(max_choices)),
    ])
    .areas(story);
    let sc = drill.scene(scene);
    let title = sc
        .speaker()
        .map(str::to_string)
        .unwrap_or_else(|| app.msgs.get("tui-story"));
    let text = Paragraph::new(drill.scene_text(st, scene).to_string())
        .wrap(Wrap { trim: false })
        .scroll((p.scroll, 0))
        .block(block(app, title));
    f.render_widget(text, text_area);
    let actor_key = if round.is_some() {
        "tui-actor-round"
    } else {
        "tui-actor"
    };
    f.render_widget(
        Paragraph::new(Span::styled(
            format!(
                " ▶ {} ",
                app.msgs.fmt(actor_key, &[("role", Arg::Str(&labelled(app, role)))])
            ),
            app.theme.actor(),
        )),
        actor_area,
    );
    let mut state = ListState::default().with_selected(p.selected.map(|i| i.min(choices.len().saturating_sub(1))));
    let list = List::new(options)
        .block(block(app, app.msgs.get("tui-choices")))
        .highlight_style(app.theme.selected());
    f.render_stateful_widget(list, choices_area, &mut state);
}

/// Wraps text to `width` columns on word boundaries (list items do not wrap by themselves).
fn wrap(text: &str, width: usize) -> Vec<Line<'static>> {
    let width = width.max(10);
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        let len = cur.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(Line::from(std::mem::take(&mut cur)));
            cur.push_str("   ");
        } else if len > 0 {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(Line::from(cur));
    }
    lines
}

/// A role's name, with the participant label the group gave it, if any.
fn labelled(app: &App, role: u16) -> String {
    let Some(p) = &app.play else { return String::new() };
    let d = &p.session().drill;
    match p.conductor.file().labels.get(d.role_id(role)) {
        Some(l) => format!("{} ({l})", d.role_name(role)),
        None => d.role_name(role).to_string(),
    }
}

/// Which roles are present and which have acted, as marks: `✓` acted, `●` present, `○` away.
fn role_marks(app: &App) -> Vec<(char, String, bool)> {
    let Some(p) = &app.play else { return Vec::new() };
    let st = &p.session().state;
    // Up to the page being read: a role is not ticked before the page that shows it acting.
    let upto = p.pages.front().map_or(st.events.len(), |x| x.upto).min(st.events.len());
    // Who has chosen in the scene on view (in a round: this round), reset at every new scene.
    let since = st.events[..upto]
        .iter()
        .rposition(|e| matches!(e, Event::Enter { .. }))
        .unwrap_or(0);
    let acted: u64 = st.events[since..upto].iter().fold(0, |m, e| match *e {
        Event::Chose { role, .. } => m | bit(role),
        _ => m,
    });
    // Whose turn it is, on the decision screen.
    let turn = match p.session().pending() {
        Pending::Choice { role, .. } if p.pages.is_empty() => Some(role),
        _ => None,
    };
    (0..p.session().drill.scenario.roles.len())
        .map(|i| {
            let b = bit(i as u16);
            let present = st.present & b != 0;
            let mark = if !present {
                '○'
            } else if turn == Some(i as u16) {
                '▶'
            } else if acted & b != 0 {
                '✓'
            } else {
                '●'
            };
            (mark, labelled(app, i as u16), present)
        })
        .collect()
}

/// The resumed drill so far: each choice taken and each event, with its day, oldest first.
fn so_far(app: &App, drill: &crate::engine::Drill, st: &crate::engine::State) -> String {
    let mut lines = vec![app.msgs.get("tui-so-far-intro"), String::new()];
    for e in &st.events {
        let (at, what) = match *e {
            Event::Chose { choice, role, at, .. } => (
                at,
                format!(
                    "{}: {}",
                    drill.role_name(role),
                    crate::i18n::quoted(&drill.choice(choice).text)
                ),
            ),
            Event::Injected { inject, at, .. } => (at, format!("! {}", drill.inject(inject).title)),
            _ => continue,
        };
        let day = app.msgs.fmt("debrief-day", &[("day", Arg::Num(drill.day_at(at)))]);
        lines.push(format!("• {day} · {what}"));
    }
    lines.join("\n")
}

/// When an event happened (simulated minutes since day 0).
fn event_time(e: &Event) -> i64 {
    match *e {
        Event::Enter { at, .. }
        | Event::Chose { at, .. }
        | Event::RoundDone { at, .. }
        | Event::Injected { at, .. }
        | Event::Stuck { at, .. }
        | Event::HorizonReached { at } => at,
    }
}

/// The team board on one line, for narrow screens.
fn board_spans(app: &App) -> Line<'static> {
    let mut spans = vec![Span::styled(
        format!(" {}: ", app.msgs.get("tui-board")),
        app.theme.dim(),
    )];
    for (i, (mark, name, present)) in role_marks(app).into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(" · "));
        }
        let style = if present { app.theme.text() } else { app.theme.dim() };
        spans.push(Span::styled(format!("{mark} {name}"), style));
    }
    Line::from(spans)
}

fn team_board(f: &mut Frame, app: &App, area: Rect) {
    let mut lines = Vec::new();
    for (mark, name, present) in role_marks(app) {
        let style = if present { app.theme.text() } else { app.theme.dim() };
        lines.push(Line::from(Span::styled(format!("{mark} {name}"), style)));
    }
    lines.push(Line::from(""));
    // One mark per line: the board is narrow, and a wrapped legend splits a mark from its words.
    for item in app.msgs.get("tui-board-legend").split("  ") {
        lines.push(Line::from(Span::styled(item.to_string(), app.theme.dim())));
    }
    if let Some(p) = &app.play {
        let gauge = super::gauge::lines(app, p);
        if !gauge.is_empty() {
            lines.push(Line::from(""));
            lines.extend(gauge);
        }
    }
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block(app, app.msgs.get("tui-board"))),
        area,
    );
}
