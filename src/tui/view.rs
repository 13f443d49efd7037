//! Drawing: a pure function of the model. Layouts adapt from 80×24 to projector sizes; below
//! the minimum a plain message replaces the screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap};

use super::app::{App, Overlay, Page, Screen};
use crate::engine::graph::bit;
use crate::engine::{Event, Mode, Pending};
use crate::i18n::Arg;
use crate::score::Band;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;

pub fn draw(f: &mut Frame, app: &App) {
    let area = f.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = app.msgs.fmt(
            "tui-too-small",
            &[("w", Arg::Num(MIN_WIDTH.into())), ("h", Arg::Num(MIN_HEIGHT.into()))],
        );
        f.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
        return;
    }
    let [body, keys] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    match app.screen {
        Screen::Home => home(f, app, body),
        Screen::Setup => setup(f, app, body),
        Screen::Play => play(f, app, body),
        Screen::Debrief => debrief(f, app, body),
    }
    key_line(f, app, keys);
    if let Some(o) = &app.overlay {
        overlay(f, app, o, area);
    }
}

fn block<'a>(app: &App, title: String) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), app.theme.title()))
}

fn key_line(f: &mut Frame, app: &App, area: Rect) {
    let id = match (app.screen, app.play.as_ref().is_some_and(|p| !p.pages.is_empty())) {
        (Screen::Home, _) => "tui-keys-home",
        (Screen::Setup, _) => "tui-keys-setup",
        (Screen::Play, true) => "tui-keys-page",
        (Screen::Play, false) => "tui-keys-play",
        (Screen::Debrief, _) => "tui-keys-debrief",
    };
    let text = match &app.status {
        Some(s) => Line::from(Span::styled(s.clone(), app.theme.warn())),
        None => Line::from(Span::styled(app.msgs.get(id), app.theme.key())),
    };
    f.render_widget(Paragraph::new(text), area);
}

fn home(f: &mut Frame, app: &App, area: Rect) {
    let [list_area, detail_area] =
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area);
    let items: Vec<ListItem> = app
        .items
        .iter()
        .map(|it| {
            let s = &it.drill.scenario;
            let roles = s.roles.iter().filter(|r| r.playable == Some(true)).count();
            ListItem::new(vec![
                Line::from(Span::styled(
                    s.title.clone(),
                    Style::default().add_modifier(ratatui::style::Modifier::BOLD),
                )),
                Line::from(Span::styled(
                    app.msgs.fmt(
                        "list-line",
                        &[
                            ("languages", Arg::Str(&it.languages.join(", "))),
                            ("minutes", Arg::Num(s.duration_minutes.into())),
                            ("roles", Arg::Num(roles as i64)),
                        ],
                    ),
                    app.theme.dim(),
                )),
            ])
        })
        .collect();
    let mut state = ListState::default().with_selected((!app.items.is_empty()).then_some(app.home_selected));
    let list = List::new(items)
        .block(block(app, app.msgs.get("tui-home-title")))
        .highlight_style(app.theme.selected())
        .highlight_symbol("▶ ");
    f.render_stateful_widget(list, list_area, &mut state);

    let mut lines: Vec<Line> = Vec::new();
    match app.items.get(app.home_selected) {
        None => lines.push(Line::from(app.msgs.get("list-empty"))),
        Some(it) => {
            let s = &it.drill.scenario;
            lines.push(Line::from(Span::styled(s.title.clone(), app.theme.title())));
            lines.push(Line::from(""));
            lines.push(Line::from(s.summary.to_string()));
            if !s.target_group.is_empty() {
                lines.push(Line::from(""));
                lines.push(Line::from(format!(
                    "{}: {}",
                    app.msgs.get("tui-target-group"),
                    s.target_group
                )));
            }
            lines.push(Line::from(format!(
                "{}: {} min",
                app.msgs.get("tui-duration"),
                s.duration_minutes
            )));
            let roles: Vec<&str> = s
                .roles
                .iter()
                .filter(|r| r.playable == Some(true))
                .filter_map(|r| r.name.as_deref())
                .collect();
            lines.push(Line::from(format!(
                "{}: {}",
                app.msgs.get("tui-roles"),
                roles.join(", ")
            )));
            if !s.objectives.is_empty() {
                lines.push(Line::from(""));
                lines.push(Line::from(Span::styled(
                    app.msgs.get("tui-objectives"),
                    app.theme.title(),
                )));
                for o in &s.objectives {
                    lines.push(Line::from(format!(
                        "• {} ({})",
                        o.text,
                        app.msgs.get(&format!("dimension-{}", o.dimension.key()))
                    )));
                }
            }
        }
    }
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block(app, app.msgs.get("tui-details"))),
        detail_area,
    );
}

fn setup(f: &mut Frame, app: &App, area: Rect) {
    let Some(s) = &app.setup else { return };
    let drill = &app.items[s.item].drill;
    let roles = app.playable(s.item);
    let role_name = |id: &str| {
        drill
            .scenario
            .roles
            .iter()
            .find(|r| r.id == id)
            .and_then(|r| r.name.clone())
            .unwrap_or_default()
    };
    let coach = s.coach();
    let on_off = |b: bool| app.msgs.get(if b { "tui-on" } else { "tui-off" });
    let mode = app.msgs.get(if s.mode == Mode::Group {
        "tui-mode-group"
    } else {
        "tui-mode-solo"
    });
    let labels = ["tui-mode", "tui-your-role", "tui-roles", "tui-coaching", "tui-seed"].map(|id| app.msgs.get(id));
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 2;
    let field = |i: usize, label: String, value: String| {
        let style = if s.field == i {
            app.theme.selected()
        } else {
            app.theme.text()
        };
        Line::from(vec![
            Span::raw(format!("  {label:<width$}")),
            Span::styled(format!("◀ {value} ▶"), style),
        ])
    };
    let mut lines = vec![
        Line::from(Span::styled(drill.scenario.title.clone(), app.theme.title())),
        Line::from(""),
        field(0, app.msgs.get("tui-mode"), mode),
    ];
    if s.mode == Mode::Solo {
        lines.push(field(
            1,
            app.msgs.get("tui-your-role"),
            roles.get(s.role).map(|r| role_name(r)).unwrap_or_default().to_string(),
        ));
    }
    lines.push(field(2, app.msgs.get("tui-coaching"), on_off(coach)));
    lines.push(Line::from(format!("  {:<width$}{}", app.msgs.get("tui-seed"), s.seed)));
    if s.mode == Mode::Group {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(app.msgs.get("tui-labels"), app.theme.title())));
        for (j, r) in roles.iter().enumerate() {
            let selected = s.field == 3 + j;
            let label = s.labels.get(j).cloned().unwrap_or_default();
            let shown = if label.is_empty() && !selected {
                app.msgs.get("tui-label-empty")
            } else {
                label
            };
            let cursor = if selected { "▏" } else { "" };
            let style = if selected {
                app.theme.selected()
            } else {
                app.theme.dim()
            };
            lines.push(Line::from(vec![
                Span::raw(format!("  {:<width$}", role_name(r))),
                Span::styled(format!("{shown}{cursor}"), style),
            ]));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(app.msgs.get(if s.mode == Mode::Group {
        "tui-setup-group-hint"
    } else {
        "tui-setup-solo-hint"
    })));
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        app.msgs.get("tui-setup-start"),
        app.theme.good(),
    )));
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block(app, app.msgs.get("tui-setup-title"))),
        area,
    );
}

fn play(f: &mut Frame, app: &App, area: Rect) {
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
    let timer = format!("⏱ {:02}:{:02}", p.deliberation() / 60, p.deliberation() % 60);
    let timer_width = timer.chars().count() as u16 + if p.paused() { 14 } else { 2 };
    let [status_left, status_right] =
        Layout::horizontal([Constraint::Min(1), Constraint::Length(timer_width)]).areas(status);
    let paused = if p.paused() {
        format!(" {}", app.msgs.get("tui-paused"))
    } else {
        String::new()
    };
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!(" {} ", drill.scenario.title), app.theme.title()),
            Span::raw(format!("· {date}")),
        ])),
        status_left,
    );
    f.render_widget(
        Paragraph::new(Span::styled(
            format!("{timer}{paused} "),
            if p.paused() { app.theme.warn() } else { app.theme.text() },
        ))
        .alignment(ratatui::layout::Alignment::Right),
        status_right,
    );

    if !wide {
        f.render_widget(Paragraph::new(board_spans(app)), board_line);
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
            Page::Feedback { choice: c } => {
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
                (app.msgs.get("plain-feedback"), t)
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
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block(app, app.msgs.get("tui-board"))),
        area,
    );
}

fn debrief(f: &mut Frame, app: &App, area: Rect) {
    let Some(d) = &app.debrief else { return };
    let title = app
        .msgs
        .fmt("debrief-title", &[("title", Arg::Str(&d.debrief.scenario.title))]);
    let all = d.debrief.scores.all();
    // Three dimensions, and relational safety when the play had conversations.
    let rows = clamp16(all.len() + 2);
    let [scores_area, rest] = Layout::vertical([Constraint::Length(rows), Constraint::Min(1)]).areas(area);
    let bar_width = scores_area.width.saturating_sub(40).clamp(10, 50) as usize;
    let name_width = all
        .iter()
        .map(|(k, _)| app.msgs.get(&format!("dimension-{k}")).chars().count() + 1)
        .max()
        .unwrap_or(18)
        .max(18);
    let mut lines = Vec::new();
    for (key, r) in all {
        let full = (r.score.min(100) as usize * bar_width + 50) / 100;
        let style = match r.band {
            Band::Strong => app.theme.good(),
            Band::Partial => app.theme.warn(),
            Band::Weak => app.theme.bad(),
        };
        lines.push(Line::from(vec![
            Span::raw(format!(" {:<name_width$}", app.msgs.get(&format!("dimension-{key}")))),
            Span::styled("█".repeat(full), style),
            Span::styled("░".repeat(bar_width - full), app.theme.dim()),
            Span::raw(format!(" {:>3}  ", r.score)),
            Span::styled(app.msgs.get(&format!("band-{}", r.band.key())), style),
        ]));
    }
    f.render_widget(Paragraph::new(lines).block(block(app, title)), scores_area);
    // The rest of the report, as in the text debrief, without its title and score lines.
    let body = crate::debrief::text_body(&d.debrief, &app.msgs);
    let para = Paragraph::new(body).wrap(Wrap { trim: false });
    // Tell the app how far it can scroll at this size: the last page, never past it.
    let inner = Rect {
        width: rest.width.saturating_sub(2),
        height: rest.height.saturating_sub(2),
        ..rest
    };
    let lines = clamp16(para.line_count(inner.width));
    d.max_scroll.set(lines.saturating_sub(inner.height));
    d.page.set(inner.height.max(1));
    f.render_widget(
        para.scroll((d.scroll.min(d.max_scroll.get()), 0))
            .block(Block::default().borders(Borders::ALL)),
        rest,
    );
}

/// A box for `lines` on `area`: as wide as the screen allows (up to `max_width`), and tall
/// enough for the lines as they wrap inside its borders.
fn box_for(lines: &[Line], area: Rect, max_width: u16) -> (u16, u16) {
    let w = area.width.saturating_sub(4).min(max_width);
    let inner = w.saturating_sub(2).max(1) as usize;
    let h = lines
        .iter()
        .map(|l| clamp16(l.width().div_ceil(inner).max(1)))
        .fold(0, u16::saturating_add)
        .saturating_add(2);
    (w, h)
}

/// A count as a terminal size, saturating (a huge text must not wrap around to a tiny box).
fn clamp16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width.saturating_sub(2));
    let h = h.min(area.height.saturating_sub(2));
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

fn overlay(f: &mut Frame, app: &App, o: &Overlay, area: Rect) {
    let (title, lines, w, h): (String, Vec<Line>, u16, u16) = match o {
        Overlay::Help => {
            let lines: Vec<Line> = app
                .msgs
                .get("tui-help-text")
                .lines()
                .map(|l| Line::from(l.to_string()))
                .collect();
            // As wide as the screen allows (up to 100), and tall enough for the wrapped text.
            let (w, h) = box_for(&lines, area, 100);
            (app.msgs.get("tui-help-title"), lines, w, h)
        }
        Overlay::ConfirmQuit => {
            let id = match (app.screen, app.play.as_ref().is_some_and(|p| !p.session().is_over())) {
                _ if app.unsaved().is_some() => "tui-quit-unsaved",
                (Screen::Play, true) => "tui-quit-saved",
                _ => "tui-quit",
            };
            (
                app.msgs.get("tui-quit-title"),
                vec![Line::from(app.msgs.get(id))],
                60,
                5,
            )
        }
        Overlay::Injects { selected } => {
            // Only the events that can happen now: one that cannot is not offered.
            let injects: Vec<_> = app
                .play
                .as_ref()
                .map(|p| {
                    p.conductor
                        .injects_possible()
                        .into_iter()
                        .map(|i| p.session().drill.inject(i).clone())
                        .collect()
                })
                .unwrap_or_default();
            let mut lines: Vec<Line> = injects
                .iter()
                .enumerate()
                .map(|(i, inj)| {
                    let style = if i == *selected {
                        app.theme.selected()
                    } else {
                        app.theme.text()
                    };
                    Line::from(Span::styled(format!("{}) {}", i + 1, inj.title), style))
                })
                .collect();
            if lines.is_empty() {
                lines.push(Line::from(app.msgs.get("tui-no-injects")));
            }
            let h = clamp16(lines.len()).saturating_add(2);
            (app.msgs.get("tui-injects-title"), lines, 60, h)
        }
        Overlay::Note { text } => (
            app.msgs.get("tui-note-title"),
            vec![Line::from(format!("{text}▏"))],
            70,
            5,
        ),
        Overlay::BriefGate { role } => {
            let name = app
                .play
                .as_ref()
                .map(|p| p.session().drill.role_name(*role).to_string())
                .unwrap_or_default();
            (
                app.msgs.get("tui-brief-title"),
                vec![Line::from(app.msgs.fmt("tui-brief-gate", &[("role", Arg::Str(&name))]))],
                60,
                5,
            )
        }
        Overlay::SaveFailed { error } => {
            let path = app
                .play
                .as_ref()
                .and_then(|p| p.conductor.session_path())
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let text = app.msgs.fmt(
                "tui-save-failed",
                &[
                    ("error", crate::i18n::Arg::Str(error)),
                    ("path", crate::i18n::Arg::Str(&path)),
                ],
            );
            let lines: Vec<Line> = text.lines().map(|l| Line::from(l.to_string())).collect();
            let (w, h) = box_for(&lines, area, 80);
            (app.msgs.get("tui-save-failed-title"), lines, w, h)
        }
        Overlay::Brief { role } => {
            let (name, brief) = app
                .play
                .as_ref()
                .map(|p| {
                    let d = &p.session().drill;
                    (
                        d.role_name(*role).to_string(),
                        d.scenario.roles[*role as usize]
                            .brief
                            .clone()
                            .unwrap_or_else(|| app.msgs.get("plain-no-brief").into()),
                    )
                })
                .unwrap_or_default();
            let lines: Vec<Line> = brief.lines().map(|l| Line::from(l.to_string())).collect();
            let h = clamp16(lines.len())
                .saturating_add(2)
                .max(4)
                .saturating_add(clamp16(brief.chars().count() / 60));
            (name, lines, 70, h)
        }
    };
    let r = centered(area, w, h);
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block(app, title)),
        r,
    );
}
