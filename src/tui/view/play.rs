//! The drill: pages to read, the decision with its choices, the header and the team board.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{COLUMN, block, clamp16, column, offset_showing, padded, panel, text};
use crate::engine::graph::bit;
use crate::engine::{Event, Pending};
use crate::i18n::Arg;
use crate::tui::app::{App, Page};

/// The team board beside the text, when the screen is wide enough for both.
const BOARD: u16 = 30;
/// Screens at least this wide show the board beside the text; narrower ones on one line.
const WIDE: u16 = 100;

pub(super) fn draw(f: &mut Frame, app: &App, area: Rect) {
    let Some(p) = &app.play else { return };
    let drill = &p.session().drill;
    let st = &p.session().state;
    let wide = area.width >= WIDE;
    let area = column(area, if wide { COLUMN + BOARD } else { COLUMN });
    // Above the text, the board takes a second line only on a screen tall enough to spare it.
    let rows = if area.height >= 23 { 2 } else { 1 };
    // Solo: how the simulated person is doing, where the team board would be: every counter,
    // one line each (a label too long for the line shortened with "…"), never one left out.
    let gauge = super::gauge::lines(app, p);
    let board = if wide {
        Vec::new()
    } else if !gauge.is_empty() {
        gauge
            .into_iter()
            .map(|l| super::gauge::fitted(l, area.width as usize))
            .collect()
    } else {
        board_lines(app, area.width as usize, rows)
    };
    let [status, board_line, main] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(clamp16(board.len())),
        Constraint::Min(1),
    ])
    .areas(area);
    header(f, app, status);
    f.render_widget(Paragraph::new(board), board_line);
    let (story, board) = if wide {
        let [a, b] = Layout::horizontal([Constraint::Min(40), Constraint::Length(BOARD)]).areas(main);
        (a, Some(b))
    } else {
        (main, None)
    };
    if let Some(b) = board {
        team_board(f, app, b);
    }
    let inner = story.width.saturating_sub(2) as usize;

    if let Some(page) = p.pages.front() {
        let (title, text) = match page.page {
            Page::Scene { scene: s, variant, .. } => {
                let sc = drill.scene(s);
                let text = drill.scene_text_variant(s, variant).to_string();
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
                    let text = crate::i18n::quoted(app.msgs.lang(), &drill.choice(b).text);
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
        let [text_area, hint] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(story);
        let lines = text::styled(&text, inner, app.theme.text());
        let (max, page) = panel(f, app, text_area, Some(title), lines, p.scroll);
        p.scroll_max.set(max);
        p.scroll_page.set(page);
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
    // Each choice wrapped like the scene text, its lines under its text; the one the arrows
    // are on highlighted over the whole row.
    let selected = p.selected.map(|i| i.min(choices.len().saturating_sub(1)));
    let mut options: Vec<Line> = Vec::new();
    let mut span = (0, 0);
    let mut spans = Vec::with_capacity(choices.len());
    for (i, &c) in choices.iter().enumerate() {
        let number = format!("{}) ", i + 1);
        let indent = " ".repeat(text::width(&number));
        let lines = text::hanging(&drill.choice(c).text, inner, &number, &indent);
        let from = options.len();
        if selected == Some(i) {
            options.extend(padded(lines, inner, app.theme.selected()));
            span = (from, options.len());
        } else {
            options.extend(lines.into_iter().map(|l| Line::styled(l, app.theme.text())));
        }
        spans.push((from, options.len()));
    }
    let title = drill
        .scene(scene)
        .speaker()
        .map(str::to_string)
        .unwrap_or_else(|| app.msgs.get("tui-story"));
    let scene_lines = text::styled(drill.scene_text(st, scene), inner, app.theme.text());
    // Whose turn it is, whole (it wraps on a narrow screen).
    let actor_key = if round.is_some() {
        "tui-actor-round"
    } else {
        "tui-actor"
    };
    let actor = app.msgs.fmt(actor_key, &[("role", Arg::Str(&labelled(app, role)))]);
    let actor = text::hanging(&actor, (story.width as usize).saturating_sub(4), " ▶ ", "   ");
    let actor_h = clamp16(actor.len()).min(3);
    // Room first for every choice, then for the scene text; the text keeps at least three
    // lines (it scrolls), and whatever does not fit says so with a marker.
    let room = story.height.saturating_sub(actor_h);
    let choices_need = clamp16(options.len()).saturating_add(2);
    let text_need = clamp16(scene_lines.len()).saturating_add(2);
    let choices_h = if text_need.saturating_add(choices_need) <= room {
        choices_need
    } else {
        choices_need.min(room.saturating_sub(text_need.min(5)))
    };
    let text_h = story.height.saturating_sub(actor_h + choices_h);
    let row = |y: u16, h: u16| Rect {
        y: story.y + y,
        height: h,
        ..story
    };
    let (text_area, actor_area, choices_area) =
        (row(0, text_h), row(text_h, actor_h), row(text_h + actor_h, choices_h));
    let (max, page) = panel(f, app, text_area, Some(title), scene_lines, p.scroll);
    p.scroll_max.set(max);
    p.scroll_page.set(page);
    f.render_widget(
        Paragraph::new(
            actor
                .into_iter()
                .map(|l| Line::styled(format!("{l} "), app.theme.actor()))
                .collect::<Vec<_>>(),
        ),
        actor_area,
    );
    // Scrolled by PgDn/PgUp, or to the choice the arrows are on.
    let rows = choices_area.height.saturating_sub(2) as usize;
    let at = if selected.is_some() {
        offset_showing(span.0, span.1, rows)
    } else {
        p.choices.at
    };
    let (max, page) = panel(f, app, choices_area, Some(app.msgs.get("tui-choices")), options, at);
    p.choices.max.set(max);
    p.choices.page.set(page);
    // Which choices the room sees whole (or, one taller than the panel, in part): a digit
    // takes only those.
    let top = usize::from(at.min(max));
    let seen = |&(from, to): &(usize, usize)| {
        from >= top && to <= top + rows || to - from > rows && from < top + rows && to > top
    };
    *p.choices_shown.borrow_mut() = Some(spans.iter().map(seen).collect());
}

/// The status line: the title, the date of the moment on view (a page shows the moment it
/// stands for; the decision screen, now) and the deliberation timer. When it does not fit,
/// the least important goes first: the long date becomes a short one, then the title is
/// shortened, then left out; the timer always shows.
fn header(f: &mut Frame, app: &App, area: Rect) {
    let Some(p) = &app.play else { return };
    let drill = &p.session().drill;
    let st = &p.session().state;
    let upto = p.pages.front().map_or(st.events.len(), |x| x.upto);
    let at = st.events[..upto.min(st.events.len())]
        .iter()
        .last()
        .map_or(st.clock, Event::at);
    let (long, medium, short) = dates(app, drill, at);
    // What gives way, in turn, so that the room keeps its time budget longest: the long date's
    // words ("since the first concern"), the weekday and month in words, the title (shortened
    // to no less than a word or two), and only then the budget.
    let (most, _) = super::clock::header(app, p, usize::MAX);
    let (least, _) = super::clock::header(app, p, 0);
    let width = area.width as usize;
    let room_most = width.saturating_sub(text::width(&most) + 1);
    let room = width.saturating_sub(text::width(&least) + 1);
    let title = text::clean(&drill.scenario.title).replace('\n', " ");
    // " title " then "· date": the title's two spaces and the dot's one.
    let need = |title: &str, date: &str| text::width(title) + text::width(date) + 4;
    const SHORTEST_TITLE: usize = 12;
    let (title, date) = if need(&title, &long) <= room_most {
        (title, long)
    } else if need(&title, &medium) <= room_most {
        (title, medium)
    } else if need(&title, &short) <= room_most {
        (title, short)
    } else if room_most >= text::width(&short) + 4 + SHORTEST_TITLE {
        (text::fit(&title, room_most - text::width(&short) - 4), short)
    } else if need(&title, &short) <= room {
        (title, short)
    } else if room >= text::width(&short) + 4 + 8 {
        (text::fit(&title, room - text::width(&short) - 4), short)
    } else {
        (String::new(), text::fit(&short, room.saturating_sub(2)))
    };
    let left_w = if title.is_empty() {
        text::width(&date) + 1
    } else {
        need(&title, &date)
    };
    let (clock, clock_style) = super::clock::header(app, p, (area.width as usize).saturating_sub(left_w + 1));
    let mut left = Vec::new();
    if title.is_empty() {
        left.push(Span::raw(format!(" {date}")));
    } else {
        left.push(Span::styled(format!(" {title} "), app.theme.title()));
        left.push(Span::raw(format!("· {date}")));
    }
    let [l, r] = Layout::horizontal([Constraint::Min(1), Constraint::Length(clamp16(text::width(&clock)))]).areas(area);
    f.render_widget(Paragraph::new(Line::from(left)), l);
    f.render_widget(
        Paragraph::new(Span::styled(clock, clock_style)).alignment(ratatui::layout::Alignment::Right),
        r,
    );
}

/// The date of simulated minute `at`, long ("Monday 7 September 2026 · day 0 since the first
/// concern"), medium ("Monday 7 September 2026 · day 0") and short ("2026-09-07 · day 0"), in
/// the user's language.
fn dates(app: &App, drill: &crate::engine::Drill, at: i64) -> (String, String, String) {
    let d = drill.date_at(at);
    let n = drill.day_at(at);
    let long = d.words(&app.msgs, "tui-date", n);
    let medium = d.words(&app.msgs, "tui-date-medium", n);
    let short = app.msgs.fmt(
        "tui-date-short",
        &[
            ("day", Arg::Str(&format!("{:02}", d.day))),
            ("month", Arg::Str(&format!("{:02}", d.month))),
            ("year", Arg::Num(d.year)),
            ("n", Arg::Num(n)),
        ],
    );
    (long, medium, short)
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
            // Whose turn it is shows even for a role marked away: the room must see who answers.
            let mark = if turn == Some(i as u16) {
                '▶'
            } else if !present {
                '○'
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
                    crate::i18n::quoted(app.msgs.lang(), &drill.choice(choice).text)
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

/// The team board above the text, for narrow screens, in at most `rows` lines: the names
/// whole if they fit, else shortened (the longest first, with "…"); if even short names do
/// not fit, the roles that do not are counted as "+N" at the end.
fn board_lines(app: &App, width: usize, rows: usize) -> Vec<Line<'static>> {
    let head = format!(" {}: ", app.msgs.get("tui-board"));
    let mut marks = role_marks(app);
    // The board keeps its order (the room learns where each role stands); only when whose
    // turn it is would fall among the roles counted as "+N" does it come first.
    let pack_all =
        |names: &[String]| -> usize { names.iter().map(|n| text::width(n) + 5).sum::<usize>() + text::width(&head) };
    let short: Vec<String> = marks.iter().map(|(_, n, _)| text::fit(&text::clean(n), 6)).collect();
    if pack_all(&short) > width * rows
        && let Some(i) = marks.iter().position(|(m, _, _)| *m == '▶')
    {
        let acting = marks.remove(i);
        marks.insert(0, acting);
    }
    let full: Vec<String> = marks.iter().map(|(_, n, _)| text::clean(n).into_owned()).collect();
    // The entries packed onto lines as they fit (the first line after the heading, the
    // others under the first entry): the index of each line's first entry.
    let pack = |names: &[String], extra: usize| -> Vec<usize> {
        let mut starts = vec![0];
        let mut used = text::width(&head);
        for (i, n) in names.iter().enumerate() {
            let w = text::width(n) + 2;
            let sep = if i == *starts.last().unwrap() { 0 } else { 3 };
            let tail = if i + 1 == names.len() { extra } else { 0 };
            if sep > 0 && used + sep + w + tail > width {
                starts.push(i);
                used = text::width(&head) + w;
            } else {
                used += sep + w;
            }
        }
        starts
    };
    let longest = full.iter().map(|n| text::width(n)).max().unwrap_or(0);
    let mut names = full.clone();
    let mut cap = longest;
    while pack(&names, 0).len() > rows && cap > 6 {
        cap -= 1;
        names = full.iter().map(|n| text::fit(n, cap)).collect();
    }
    // Still too many: drop roles from the end until the rest and "+N" fit.
    let mut shown = names.len();
    let more = |k: usize| {
        if k < names.len() {
            format!(" +{}", names.len() - k)
        } else {
            String::new()
        }
    };
    while shown > 0 && pack(&names[..shown], text::width(&more(shown))).len() > rows {
        shown -= 1;
    }
    let starts = pack(&names[..shown], text::width(&more(shown)));
    let mut lines = Vec::new();
    for (row, &from) in starts.iter().enumerate() {
        let to = starts.get(row + 1).copied().unwrap_or(shown);
        let lead = if row == 0 {
            head.clone()
        } else {
            " ".repeat(text::width(&head))
        };
        let mut spans = vec![Span::styled(lead, app.theme.dim())];
        for i in from..to {
            if i > from {
                spans.push(Span::raw(" · "));
            }
            let (mark, _, present) = &marks[i];
            let style = if *present { app.theme.text() } else { app.theme.dim() };
            spans.push(Span::styled(format!("{mark} {}", names[i]), style));
        }
        lines.push(Line::from(spans));
    }
    if shown < names.len()
        && let Some(last) = lines.last_mut()
    {
        last.spans.push(Span::styled(more(shown), app.theme.key()));
    }
    lines
}

/// The team board beside the text: one role a line (a long name wraps under itself), then
/// the legend if there is room; roles that do not fit are counted in the border ("+2 ↓").
fn team_board(f: &mut Frame, app: &App, area: Rect) {
    let inner = area.width.saturating_sub(2) as usize;
    let rows = area.height.saturating_sub(2) as usize;
    let mut lines = Vec::new();
    let marks = role_marks(app);
    let mut hidden = 0;
    for (mark, name, present) in &marks {
        let style = if *present { app.theme.text() } else { app.theme.dim() };
        let wrapped = text::hanging(name, inner, &format!("{mark} "), "  ");
        if hidden > 0 || lines.len() + wrapped.len() > rows {
            hidden += 1;
            continue;
        }
        lines.extend(wrapped.into_iter().map(|l| Line::styled(l, style)));
    }
    // One mark per line: the board is narrow, and a wrapped legend splits a mark from its words.
    let legend: Vec<Line> = app
        .msgs
        .get("tui-board-legend")
        .split("  ")
        .flat_map(|item| text::styled(item, inner, app.theme.dim()))
        .collect();
    // Solo: the simulated person's state, before the legend (it wraps if the board is narrow).
    if let Some(p) = &app.play {
        let gauge: Vec<Line> = super::gauge::lines(app, p)
            .into_iter()
            .flat_map(super::gauge::stacked)
            .collect();
        let tall: usize = gauge.iter().map(|g| g.width().div_ceil(inner.max(1)).max(1)).sum();
        if !gauge.is_empty() && lines.len() + 1 + tall <= rows {
            lines.push(Line::from(""));
            lines.extend(gauge);
        }
    }
    if hidden == 0 && lines.len() + 1 + legend.len() <= rows {
        lines.push(Line::from(""));
        lines.extend(legend);
    }
    let mut b = block(app, app.msgs.get("tui-board"));
    if hidden > 0 {
        b = b.title_bottom(Line::styled(format!(" +{hidden} ↓ "), app.theme.key()).right_aligned());
    }
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).block(b), area);
}
