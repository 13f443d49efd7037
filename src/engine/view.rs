//! What front ends need to show a session, in the scenario's own words: the text of a scene as
//! the state has it now, names of roles, choices and injects. No rules live here.

use super::graph::NONE;
use super::{Drill, State};
use crate::scenario::duration::{DateTime, Instant};
use crate::scenario::model::{Choice, Inject, Scene};

impl Drill {
    pub fn scene(&self, i: u32) -> &Scene {
        &self.scenario.scenes[i as usize]
    }

    /// The scene's text as it reads in this state (the first variant whose conditions hold).
    pub fn scene_text<'a>(&'a self, st: &State, i: u32) -> &'a str {
        if i == NONE {
            return "";
        }
        self.scene_text_variant(i, st.variant(&self.graph, i))
    }

    /// Scene `i`'s text in `variant` (`None`: its main text), as recorded when the drill
    /// entered it (`Event::Enter`).
    pub fn scene_text_variant(&self, i: u32, variant: Option<u16>) -> &str {
        if i == NONE {
            return "";
        }
        let scene = self.scene(i);
        variant
            .and_then(|v| scene.variants().get(v as usize))
            .map_or(scene.text(), |v| v.text.as_str())
    }

    pub fn choice(&self, c: u32) -> &Choice {
        let gc = &self.graph.choices[c as usize];
        &self.scenario.scenes[gc.scene as usize].choices()[gc.local as usize]
    }

    /// `scene.choice`, the form transcripts and the exemplary path use.
    pub fn choice_ref(&self, c: u32) -> String {
        let gc = &self.graph.choices[c as usize];
        format!("{}.{}", self.scenario.scenes[gc.scene as usize].id(), self.choice(c).id)
    }

    pub fn role_id(&self, r: u16) -> &str {
        self.scenario.roles.get(r as usize).map_or("?", |r| r.id.as_str())
    }

    pub fn role_name(&self, r: u16) -> &str {
        self.scenario
            .roles
            .get(r as usize)
            .and_then(|r| r.name.as_deref())
            .unwrap_or("?")
    }

    pub fn inject(&self, i: u16) -> &Inject {
        &self.scenario.injects[i as usize]
    }

    /// The calendar time `minutes` after day 0.
    pub fn date_at(&self, minutes: i64) -> DateTime {
        let start = Instant::parse(&self.scenario.clock.start).unwrap_or(Instant(0));
        start.plus_minutes(minutes).date_time()
    }
}

impl Drill {
    /// "Day N since the first concern": calendar days since day 0, so that Tuesday afternoon to
    /// Thursday morning is day 2 even though less than 48 hours have passed.
    pub fn day_at(&self, minutes: i64) -> i64 {
        self.graph.calendar.day_number(minutes)
    }
}
