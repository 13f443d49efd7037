//! Colours for a projector at the back of a room: a default theme, a high-contrast one, and
//! none at all when `NO_COLOR` is set (emphasis then comes from bold and reverse video only).

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeKind {
    Default,
    HighContrast,
    NoColor,
}

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub kind: ThemeKind,
}

impl Theme {
    pub fn from_env(high_contrast: bool) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let kind = if no_color {
            ThemeKind::NoColor
        } else if high_contrast {
            ThemeKind::HighContrast
        } else {
            ThemeKind::Default
        };
        Theme { kind }
    }

    fn fg(&self, c: Color) -> Style {
        match self.kind {
            ThemeKind::NoColor => Style::default(),
            ThemeKind::HighContrast => Style::default().fg(Color::White),
            ThemeKind::Default => Style::default().fg(c),
        }
    }

    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    pub fn text(&self) -> Style {
        Style::default()
    }
    pub fn dim(&self) -> Style {
        match self.kind {
            ThemeKind::Default => Style::default().fg(Color::Gray),
            _ => Style::default(),
        }
    }
    /// The acting role: what everyone in the room must see first.
    pub fn actor(&self) -> Style {
        match self.kind {
            ThemeKind::Default => Style::default()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            _ => Style::default().add_modifier(Modifier::BOLD | Modifier::REVERSED),
        }
    }
    pub fn selected(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
    pub fn good(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }
    pub fn warn(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }
    pub fn bad(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
}
