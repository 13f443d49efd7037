//! The layout of the full-screen drill at the sizes a room uses (60×18, 80×24, 120×40,
//! 200×55): every screen as a snapshot, and whole drills played at 80×24 and 200×55 in which
//! no text that should be on screen is cut (issue #14).
//!
//! The snapshots use a harder copy of the small fixture: a long title, long role names, a
//! tab in the scene text and a web address in a choice.

use std::collections::BTreeSet;
use std::sync::Arc;

use laget::conductor::{FixedClock, Page, Workspace};
use laget::engine::{Event, Pending};
use laget::i18n::{Arg, Lang, Messages};
use laget::library::Library;
use laget::tui::app::{App, Msg, Overlay, Screen};
use laget::tui::theme::{Theme, ThemeKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const FIXTURE: &str = include_str!("../fixtures/valid/liten-uro.nb.ron");
const URL: &str = "https://www.bufdir.no/fagstotte/barnevern/bekymringsmelding-og-opplysningsplikt/";
const SIZES: [(u16, u16); 4] = [(60, 18), (80, 24), (120, 40), (200, 55)];

/// The fixture with what cut text on small screens: a long title, long role names (and more
/// roles), a tab, and a web address longer than a line at 60 columns.
fn hard_fixture() -> String {
    let s = FIXTURE
        .replace(
            "title: \"En liten uro\"",
            "title: \"En liten uro i barnehagen: når et barn blir stille og trekker seg unna\"",
        )
        .replace(
            "Role(id: \"styrer\"),",
            "Role(id: \"styrer\", name: \"Styrer i barnehagen (daglig leder)\"),\n        \
             Role(id: \"helsesykepleier\", name: \"Helsesykepleier på helsestasjonen\"),\n        \
             Role(id: \"barnevern\", name: \"Barneverntjenesten, mottaksteamet\"),",
        )
        .replace(
            "Emma har vært stille i to uker. Hun som",
            "Mandag\\tvar Emma stille igjen. Emma har vært stille i to uker. Hun som",
        )
        .replace(
            "text: \"Vente og se om det går over.\"",
            &format!("text: \"Vente og se om det går over, og lese {URL} først.\""),
        );
    assert!(s.contains(URL) && s.contains("Helsesykepleier") && s.contains("\\t"));
    s
}

use crate::support::{NEW_YEAR_2026, library_of as library};

fn app_over(lang: Lang, lib: &Library) -> App {
    app_seeded(lang, lib, 7)
}

fn app_seeded(lang: Lang, lib: &Library, seed: u64) -> App {
    App::new(
        Messages::new(lang),
        Theme {
            kind: ThemeKind::NoColor,
        },
        lib,
        Workspace::unsaved(Arc::new(FixedClock::at(NEW_YEAR_2026))),
        seed,
    )
}

fn app(lang: Lang) -> App {
    app_over(lang, &library(&hard_fixture()))
}

fn key(a: &mut App, code: KeyCode) {
    laget::tui::step(a, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn keys(a: &mut App, s: &str) {
    for c in s.chars() {
        key(
            a,
            match c {
                '\n' => KeyCode::Enter,
                c => KeyCode::Char(c),
            },
        );
    }
}

/// The screen as rows of text.
fn rows(a: &App, w: u16, h: u16) -> Vec<String> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| laget::tui::view::draw(f, a)).unwrap();
    let b = t.backend().buffer();
    (0..h)
        .map(|y| (0..w).map(|x| b[(x, y)].symbol()).collect::<String>())
        .collect()
}

fn snapshot(a: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| laget::tui::view::draw(f, a)).unwrap();
    format!("{}", t.backend())
}

/// Presses the digit of the choice with this id, wherever the seed has placed it.
fn choose(a: &mut App, id: &str) {
    let p = a.play.as_ref().expect("playing");
    let Pending::Choice { choices, .. } = p.session().pending() else {
        panic!("no decision to take {id}")
    };
    let n = choices
        .iter()
        .position(|&c| p.session().choice_id(c) == id)
        .unwrap_or_else(|| panic!("{id} is not offered"));
    keys(a, &(n + 1).to_string());
}

/// From home: the set-up, start, and read the random event (seed 7 fires it).
fn at_decision(lang: Lang) -> App {
    let mut a = app(lang);
    keys(&mut a, "\n\n\n");
    assert!(a.play.as_ref().unwrap().deciding());
    a
}

/// Every screen, each reached from a fresh app with keys (the failed save is set directly: a
/// save that fails needs a broken disk).
fn screens(lang: Lang) -> Vec<(&'static str, App)> {
    let mut out = vec![("home", app(lang))];
    let mut a = app(lang);
    keys(&mut a, "\n");
    out.push(("setup", a));
    let mut a = app(lang);
    keys(&mut a, "\n\n");
    assert!(matches!(
        a.play.as_ref().unwrap().pages.front().map(|p| &p.page),
        Some(Page::Inject { .. })
    ));
    out.push(("page", a));
    out.push(("play_decision", at_decision(lang)));
    let mut a = at_decision(lang);
    choose(&mut a, "observere");
    choose(&mut a, "tydelig");
    out.push(("play_round", a));
    for (name, k) in [
        ("brief_gate", "b"),
        ("brief", "b\n"),
        ("help", "?"),
        ("inject_list_none", "i"),
        ("quit", "q"),
    ] {
        let mut a = at_decision(lang);
        keys(&mut a, k);
        out.push((name, a));
    }
    // Seed 1: the inject has not happened by itself, so the list offers it.
    let mut a = app_seeded(lang, &library(&hard_fixture()), 1);
    keys(&mut a, "\n\ni");
    out.push(("inject_list", a));
    let mut a = at_decision(lang);
    keys(&mut a, "n");
    keys(
        &mut a,
        "Samarbeid om Emma: mor ringte i dag, og styrer vil ha et møte neste uke. \
         Husk å spørre helsesykepleier om hun har sett Emma på helsestasjonen i høst, \
         og skriv ned hva Emma selv sa om leken. Mer tekst enn boksen rommer på en gang.",
    );
    out.push(("note", a));
    let mut a = at_decision(lang);
    a.overlay = Some(Overlay::SaveFailed {
        error: "disken er full (No space left on device)".into(),
    });
    out.push(("save_failed", a));
    let mut a = at_decision(lang);
    for id in ["observere", "tydelig", "leder", "dokumenterer"] {
        choose(&mut a, id);
    }
    assert_eq!(a.screen, Screen::Debrief);
    out.push(("debrief", a));
    let mut a = at_decision(lang);
    for id in ["observere", "tydelig", "leder", "dokumenterer"] {
        choose(&mut a, id);
    }
    keys(&mut a, "\n");
    out.push(("debrief_report", a));
    out
}

#[test]
fn every_screen_at_four_sizes_in_bokmal_and_english() {
    for (lang, code) in [(Lang::Nb, "nb"), (Lang::En, "en")] {
        for (name, a) in screens(lang) {
            for (w, h) in SIZES {
                insta::assert_snapshot!(format!("{name}_{code}_{w}x{h}"), snapshot(&a, w, h));
            }
        }
    }
}

#[test]
fn every_screen_in_nynorsk() {
    for (name, a) in screens(Lang::Nn) {
        insta::assert_snapshot!(format!("{name}_nn_80x24"), snapshot(&a, 80, 24));
    }
}

/// Whether a "more" marker (any language) is on screen.
fn has_marker(rows: &[String]) -> bool {
    rows.iter().any(|r| {
        ["more ↓", "mer ↓", "meir ↓", "more ↑", "mer ↑", "meir ↑"]
            .iter()
            .any(|m| r.contains(m))
    })
}

#[test]
fn nothing_is_cut_on_the_hard_screens_at_any_size() {
    for (w, h) in SIZES {
        let a = at_decision(Lang::En);
        let r = rows(&a, w, h).join("\n");
        // The acting role's name whole, the long names whole or shortened with "…" (never
        // cut silently), the web address whole across its lines, the tab a space.
        assert!(r.contains("▶ Pedagogisk leder chooses"), "{w}×{h}\n{r}");
        assert!(
            r.contains("Monday was Emma") || r.contains("Mandag var Emma"),
            "{w}×{h}\n{r}"
        );
        assert!(!r.contains("Mandagvar"), "{r}");
        let flat: String = rows(&a, w, h)
            .iter()
            .map(|l| l.trim_matches(|c: char| c == '│' || c == ' ').to_string())
            .collect();
        let board_beside = w >= 100;
        if !board_beside {
            assert!(flat.contains(URL), "the web address lost characters at {w}×{h}:\n{r}");
        }
        // Each role on the board: whole, shortened with "…", or counted in a "+N".
        for name in ["Helsesykepleier på helsestasjonen", "Barneverntjenesten, mottaksteamet"] {
            let short = (4..name.len())
                .filter(|&k| name.is_char_boundary(k))
                .any(|k| r.contains(&format!("{}…", &name[..k])));
            let counted = r.contains(" +1") || r.contains(" +2") || r.contains(" +3");
            let wrapped = name.split_whitespace().all(|wd| r.contains(wd));
            assert!(wrapped || short || counted, "{name} missing at {w}×{h}\n{r}");
        }
        // The quit box keeps its key hints on one line.
        let mut q = at_decision(Lang::En);
        keys(&mut q, "q");
        let r = rows(&q, w, h).join("\n");
        assert!(r.contains("y: yes · Enter or any other key: no"), "{w}×{h}\n{r}");
    }
}

#[test]
fn the_note_box_grows_and_keeps_the_cursor_in_view() {
    let mut a = at_decision(Lang::Nb);
    keys(&mut a, "n");
    let count = |a: &App| {
        rows(a, 80, 24)
            .iter()
            .filter(|r| r.contains("│") && r.contains("▏"))
            .count()
    };
    assert_eq!(count(&a), 1, "the cursor on the one line of an empty note");
    let lines_of_box = |a: &App| {
        let r = rows(a, 80, 24);
        let top = r.iter().position(|l| l.contains("┌ Notat")).expect("the note box");
        let bottom = (top + 1..r.len()).find(|&i| r[i].contains("└─")).unwrap();
        bottom - top - 1
    };
    assert_eq!(lines_of_box(&a), 1);
    keys(&mut a, &"ord ".repeat(40));
    let grown = lines_of_box(&a);
    assert!(grown > 1, "the box grows with its text");
    keys(&mut a, &"ord ".repeat(200));
    let r = rows(&a, 80, 24);
    assert!(lines_of_box(&a) >= grown && lines_of_box(&a) <= 8, "up to a limit");
    assert!(
        r.iter().any(|l| l.contains('▏')),
        "the cursor is in view:\n{}",
        r.join("\n")
    );
    assert!(has_marker(&r), "text above the view is marked:\n{}", r.join("\n"));
}

#[test]
fn the_home_about_panel_scrolls_with_page_keys() {
    let mut a = app(Lang::En);
    let first = rows(&a, 60, 18);
    assert!(has_marker(&first), "more below is marked:\n{}", first.join("\n"));
    key(&mut a, KeyCode::PageDown);
    let next = rows(&a, 60, 18);
    assert_ne!(first, next);
    assert!(next.join("\n").contains("more ↑"), "{}", next.join("\n"));
    for _ in 0..10 {
        key(&mut a, KeyCode::PageDown);
    }
    let end = rows(&a, 60, 18).join("\n");
    assert!(end.contains("clarity)") && !end.contains("more ↓"), "{end}");
    key(&mut a, KeyCode::PageUp);
    assert!(
        a.home_about.at < a.home_about.max.get(),
        "PgUp goes back from the end at once"
    );
}

// --- A whole drill, checked on every screen ----------------------------------------------

/// What must be readable on the screen now: texts whose every word must be found (perhaps
/// after scrolling), and strings that must be on screen whole as drawn.
struct Expect {
    words: Vec<String>,
    whole: Vec<String>,
    /// One of these must be on screen (the header's date, long or short).
    any_of: Vec<String>,
}

fn expected(a: &App) -> Expect {
    let mut e = Expect {
        words: Vec::new(),
        whole: Vec::new(),
        any_of: Vec::new(),
    };
    match a.screen {
        Screen::Home => {
            for it in &a.items {
                e.words.push(it.drill.scenario.title.to_string());
            }
            if let Some(it) = a.items.get(a.home_selected) {
                e.words.push(it.drill.scenario.summary.to_string());
            }
        }
        Screen::Setup => {
            let s = a.setup.as_ref().unwrap();
            e.words.push(a.items[s.item].drill.scenario.title.to_string());
        }
        Screen::Play => {
            let p = a.play.as_ref().unwrap();
            let d = &p.session().drill;
            let st = &p.session().state;
            let upto = p.pages.front().map_or(st.events.len(), |x| x.upto).min(st.events.len());
            let at = st.events[..upto].iter().last().map_or(st.clock, Event::at);
            let (date, n) = (d.date_at(at), d.day_at(at));
            e.any_of.push(date.words(&a.msgs, "tui-date", n));
            e.any_of.push(date.words(&a.msgs, "tui-date-medium", n));
            let short = match a.msgs.lang() {
                Lang::En => format!("{}-{:02}-{:02}", date.year, date.month, date.day),
                _ => format!("{:02}.{:02}.{}", date.day, date.month, date.year),
            };
            e.any_of.push(short);
            match p.pages.front().map(|x| &x.page) {
                Some(Page::Scene { scene, variant, .. }) => {
                    e.words.push(d.scene_text_variant(*scene, *variant).to_string())
                }
                Some(Page::Inject { inject, .. }) => {
                    e.words.push(d.inject(*inject).title.to_string());
                    e.words.push(d.inject(*inject).text.to_string());
                }
                Some(Page::Auto { choice, .. }) => e.words.push(d.choice(*choice).text.to_string()),
                Some(_) => {}
                None => {
                    if let Pending::Choice {
                        scene,
                        role,
                        choices,
                        round,
                    } = p.session().pending()
                    {
                        e.words.push(d.scene_text(st, scene).to_string());
                        for c in choices {
                            e.words.push(d.choice(c).text.to_string());
                        }
                        e.whole.push(d.role_name(role).to_string());
                        // Whose turn it is: every word on screen, as it does not scroll.
                        let id = if round.is_some() {
                            "tui-actor-round"
                        } else {
                            "tui-actor"
                        };
                        let actor = a.msgs.fmt(id, &[("role", Arg::Str(d.role_name(role)))]);
                        e.whole.extend(actor.split_whitespace().map(str::to_string));
                    }
                }
            }
        }
        Screen::Debrief => {
            // The title (in the border, or wrapped under it on a narrow screen) and every
            // section of the index, each word of them whole.
            let d = a.debrief.as_ref().unwrap();
            if d.ending_first {
                e.words.push(d.debrief.ending.title.to_string());
                e.words.push(d.debrief.ending.text.to_string());
                return e;
            }
            e.words.push(d.debrief.scenario.title.to_string());
            let body = laget::debrief::text_body(&d.debrief, &a.msgs);
            let lines: Vec<&str> = body.lines().collect();
            for w in lines.windows(2) {
                if !w[0].trim().is_empty() && !w[1].is_empty() && w[1].chars().all(|c| c == '─') {
                    e.words.push(w[0].trim().to_string());
                }
            }
        }
    }
    e
}

/// Everything the screen can show from where it is, by scrolling what scrolls (the text, the
/// choices by the arrows' selection, the home list and its About panel), as a set of rows.
fn reachable(a: &mut App, w: u16, h: u16) -> BTreeSet<String> {
    let mut seen: BTreeSet<String> = rows(a, w, h).into_iter().collect();
    match a.screen {
        Screen::Home => {
            let (sel, at) = (a.home_selected, a.home_about.at);
            for i in 0..a.items.len() {
                a.home_selected = i;
                a.home_about.at = 0;
                seen.extend(rows(a, w, h));
                while a.home_about.at < a.home_about.max.get() {
                    a.home_about.at += 1;
                    seen.extend(rows(a, w, h));
                }
            }
            a.home_selected = sel;
            a.home_about.at = at;
        }
        Screen::Play => {
            let p = a.play.as_mut().unwrap();
            let (scroll, selected) = (p.scroll, p.selected);
            let n = match p.session().pending() {
                Pending::Choice { choices, .. } if p.pages.is_empty() => choices.len(),
                _ => 0,
            };
            // Down the text until it stops moving.
            let mut last = Vec::new();
            for s in 0..200 {
                a.play.as_mut().unwrap().scroll = s;
                let now = rows(a, w, h);
                if now == last {
                    break;
                }
                seen.extend(now.iter().cloned());
                last = now;
            }
            a.play.as_mut().unwrap().scroll = scroll;
            for i in 0..n {
                a.play.as_mut().unwrap().selected = Some(i);
                seen.extend(rows(a, w, h));
            }
            a.play.as_mut().unwrap().selected = selected;
        }
        _ => {}
    }
    // Drawn once more as it stands, as the terminal would (the view keeps what it last showed).
    let _ = rows(a, w, h);
    seen
}

/// Checks the screen as drawn now: every word of what should be shown is on it, or a "more"
/// marker says something is hidden and scrolling shows it; names and the date whole.
fn check_screen(a: &mut App, w: u16, h: u16, what: &str) {
    let now = rows(a, w, h);
    let text = now.join("\n");
    let e = expected(a);
    for s in &e.whole {
        assert!(text.contains(s.as_str()), "{what}: {s:?} not whole at {w}×{h}:\n{text}");
    }
    if !e.any_of.is_empty() {
        assert!(
            e.any_of.iter().any(|s| text.contains(s.as_str())),
            "{what}: no date ({:?}) at {w}×{h}:\n{text}",
            e.any_of
        );
    }
    let words: Vec<String> = e
        .words
        .iter()
        .flat_map(|t| t.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect();
    let missing: Vec<&String> = words.iter().filter(|wd| !text.contains(wd.as_str())).collect();
    if missing.is_empty() {
        return;
    }
    assert!(
        has_marker(&now),
        "{what}: {missing:?} not shown and no \"more\" marker at {w}×{h}:\n{text}"
    );
    let all = reachable(a, w, h).into_iter().collect::<Vec<_>>().join("\n");
    let lost: Vec<&&String> = missing.iter().filter(|wd| !all.contains(wd.as_str())).collect();
    assert!(
        lost.is_empty(),
        "{what}: {lost:?} cannot be reached at {w}×{h}:\n{text}"
    );
}

/// Plays every shipped scenario as a group drill from home to debrief, with `1` at every
/// decision and Enter on every page, checking each screen on the way.
fn whole_drills(lang: Lang, w: u16, h: u16) {
    let lib = Library::discover(None);
    let n = app_over(lang, &lib).items.len();
    assert!(n >= 5, "the shipped scenarios");
    for item in 0..n {
        let mut a = app_over(lang, &lib);
        for _ in 0..item {
            key(&mut a, KeyCode::Down);
        }
        check_screen(&mut a, w, h, "home");
        keys(&mut a, "\n");
        check_screen(&mut a, w, h, "set-up");
        keys(&mut a, "\n");
        let title = a.items[item].drill.scenario.title.to_string();
        let mut steps = 0;
        while a.screen == Screen::Play {
            check_screen(&mut a, w, h, &title);
            let deciding = a.play.as_ref().unwrap().deciding();
            keys(&mut a, if deciding { "1" } else { "\n" });
            steps += 1;
            assert!(steps < 400, "{title}: the drill does not end");
        }
        assert_eq!(a.screen, Screen::Debrief, "{title}");
        // The debrief opens on the ending; Enter goes on to the report under the title.
        if a.debrief.as_ref().unwrap().ending_first {
            check_screen(&mut a, w, h, "ending");
            keys(&mut a, "\n");
        }
        check_screen(&mut a, w, h, "debrief");
    }
}

#[test]
fn whole_drills_at_80x24_show_no_cut_text() {
    whole_drills(Lang::Nb, 80, 24);
    whole_drills(Lang::En, 80, 24);
}

#[test]
fn whole_drills_at_the_minimum_size_show_no_cut_text() {
    whole_drills(Lang::Nb, 60, 18);
}

#[test]
fn whole_drills_at_200x55_show_no_cut_text() {
    whole_drills(Lang::Nb, 200, 55);
    whole_drills(Lang::En, 200, 55);
}

#[test]
fn lines_at_200_columns_stay_readable() {
    // No line of text runs wider than the text column (and the board beside it).
    let a = at_decision(Lang::En);
    for r in rows(&a, 200, 55) {
        let used = r.trim();
        assert!(
            laget::tui::view::text::width(used) <= (laget::tui::view::COLUMN + 30) as usize,
            "{used}"
        );
    }
}

#[test]
fn scene_text_scrolls_to_its_end_and_back_at_once() {
    let lib = Library::discover(None);
    let mut a = app_over(Lang::Nb, &lib);
    keys(&mut a, "\n\n");
    for _ in 0..10 {
        if a.play.as_ref().unwrap().deciding() {
            break;
        }
        keys(&mut a, "\n");
    }
    assert!(a.play.as_ref().unwrap().deciding());
    // The scene text's panel only: down to its bottom border (the choices have their own).
    let text = |a: &App| {
        let r = rows(a, 60, 18);
        let bottom = r.iter().position(|l| l.starts_with('└')).expect("the text panel");
        r[..=bottom].join("\n")
    };
    let first = text(&a);
    assert!(
        first.contains("mer ↓"),
        "the text is longer than its panel at 60×18:\n{first}"
    );
    for _ in 0..20 {
        key(&mut a, KeyCode::PageDown);
        text(&a);
    }
    let end = text(&a);
    assert!(end.contains("mer ↑") && !end.contains("mer ↓"), "at the end:\n{end}");
    // PgDn went on down the choices once the text was at its end; PgUp comes back up them
    // first, then up the text.
    while a.play.as_ref().unwrap().choices.at > 0 {
        key(&mut a, KeyCode::PageUp);
        text(&a);
    }
    key(&mut a, KeyCode::PageUp);
    assert!(
        text(&a).contains("mer ↓"),
        "one PgUp back from the end shows more below"
    );
    // Home and End: to the top and the last page at once.
    key(&mut a, KeyCode::Home);
    assert!(!text(&a).contains("mer ↑"), "Home at the top:\n{}", text(&a));
    key(&mut a, KeyCode::End);
    assert_eq!(text(&a), end, "End shows the last page");
    // A page is the panel's lines less one: PgDn from the top moves that far.
    key(&mut a, KeyCode::Home);
    let page = a.play.as_ref().unwrap().scroll_page.get();
    key(&mut a, KeyCode::PageDown);
    let at = a.play.as_ref().unwrap().scroll;
    assert_eq!(at, (page - 1).min(a.play.as_ref().unwrap().scroll_max.get()));
    assert!(page > 1);
}

/// Solo: every counter of the simulated person is on screen at every size (one line each, a
/// long label shortened with "…"), with or without a word in the status line.
#[test]
fn the_solo_gauge_shows_every_counter_at_every_size() {
    let lib = Library::discover(None);
    for lang in [Lang::Nn, Lang::En] {
        let mut a = app_over(lang, &lib);
        let item = a
            .items
            .iter()
            .position(|it| it.drill.scenario.id == "den-forste-samtalen")
            .expect("the shipped solo scenario");
        for _ in 0..item {
            key(&mut a, KeyCode::Down);
        }
        keys(&mut a, "\nm\n");
        assert_eq!(a.screen, Screen::Play);
        while !a.play.as_ref().unwrap().deciding() {
            keys(&mut a, "\n");
        }
        // Enter alone at the decision: a word in the status line, which may take two lines.
        keys(&mut a, "\n");
        let drill = &a.play.as_ref().unwrap().session().drill;
        let labels: Vec<String> = drill
            .scenario
            .counters
            .iter()
            .filter(|c| c.person.is_some())
            .map(|c| c.label.as_deref().unwrap_or(&c.id).to_string())
            .collect();
        assert!(labels.len() >= 3, "{labels:?}");
        for (w, h) in SIZES {
            let shown = rows(&a, w, h).join("\n");
            for l in &labels {
                // Every word (the board may wrap it), or shortened: its first word and "…".
                let first = l.split_whitespace().next().unwrap();
                let whole = l.split_whitespace().all(|word| shown.contains(word));
                assert!(
                    whole || shown.contains(first) && shown.contains('…'),
                    "{l:?} missing at {w}×{h}:\n{shown}"
                );
            }
            assert_eq!(
                shown.matches("/10 · ").count(),
                labels.len(),
                "one gauge per counter at {w}×{h}:\n{shown}"
            );
        }
    }
}

/// A choice below the edge of the choices panel is not taken blind by its digit: the screen
/// says to scroll; PgDn (once the text is at its end) brings it up, and then it is taken.
#[test]
fn a_choice_not_on_screen_is_not_taken_by_its_digit() {
    // A shipped solo drill at the minimum size: its decisions have long choices, and some do
    // not all fit.
    let lib = Library::discover(None);
    let (w, h) = (60, 18);
    let mut a = app_over(Lang::Nn, &lib);
    let item = a
        .items
        .iter()
        .position(|it| it.drill.scenario.id == "den-forste-samtalen")
        .unwrap();
    for _ in 0..item {
        key(&mut a, KeyCode::Down);
    }
    keys(&mut a, "\nm\n");
    let mut hidden = None;
    for _ in 0..200 {
        let _ = rows(&a, w, h);
        if a.screen != Screen::Play {
            break;
        }
        let p = a.play.as_ref().unwrap();
        if !p.deciding() {
            keys(&mut a, "\n");
            continue;
        }
        let n = match p.session().pending() {
            Pending::Choice { choices, .. } => choices.len(),
            _ => unreachable!(),
        };
        if let Some(i) = (0..n).rev().find(|&i| !p.choice_on_screen(i)) {
            hidden = Some(i);
            break;
        }
        keys(&mut a, "1");
    }
    let hidden = hidden.expect("a decision whose choices do not all fit at 60×18");
    let log = a.play.as_ref().unwrap().session().log().len();
    // Its digit takes nothing: the choice is brought into view, highlighted, and the status
    // line says so (it may take two lines and shrink the panel; the choice stays in view).
    keys(&mut a, &(hidden + 1).to_string());
    assert_eq!(a.play.as_ref().unwrap().session().log().len(), log, "taken blind");
    assert!(
        a.status.as_deref().is_some_and(|s| s.contains("ikkje på skjermen")),
        "{:?}",
        a.status
    );
    let shown = rows(&a, w, h).join("\n");
    assert!(
        a.play.as_ref().unwrap().choice_on_screen(hidden),
        "now in view:\n{shown}"
    );
    assert!(shown.contains(&format!("{})", hidden + 1)), "{shown}");
    // The same digit again takes it.
    keys(&mut a, &(hidden + 1).to_string());
    assert_eq!(
        a.play.as_ref().unwrap().session().log().len(),
        log + 1,
        "then it is taken"
    );
}
