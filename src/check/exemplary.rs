//! L206, L506 and L507: the exemplary path is a legal play, scores strong on every dimension,
//! and does not give itself away by length (the engine plays it: engine/exemplary.rs).

use super::diagnostic::Code;
use super::locate::{Locator, Spot};
use crate::engine::exemplary::{PathError, is_length_tell, longest_count, play};
use crate::engine::graph::Graph;
use crate::scenario::Scenario;
use crate::score::Band;

pub fn check(loc: &mut Locator, s: &Scenario) {
    if s.exemplary_path.is_empty() {
        loc.report(
            Code::ExemplaryNotLegal,
            Spot {
                after: 0,
                key: "id",
                value: &s.id,
            },
            vec![("detail", "exemplary_path: [ ]".into())],
        );
        return;
    }
    let g = Graph::new(s);
    let scene_id = |i: u32| s.scenes.get(i as usize).map_or("?", |x| x.id()).to_string();
    let result = play(&g);
    let (step, detail) = match &result {
        Ok(_) => (None, String::new()),
        Err(PathError::NotAvailable {
            step, absent: Some(r), ..
        }) => {
            let value = s.exemplary_path[*step].as_str();
            let nth = s.exemplary_path[..*step].iter().filter(|x| x.as_str() == value).count();
            let at = loc.anchor(&["exemplary_path"], "exemplary_path", value, nth, 0);
            let scene = value.split_once('.').map_or(value, |(sc, _)| sc);
            loc.report(
                Code::ExemplaryRoleAbsent,
                Spot {
                    after: at,
                    key: "exemplary_path",
                    value,
                },
                vec![
                    ("step", value.to_string()),
                    (
                        "name",
                        s.roles.get(*r as usize).map_or("?", |x| x.id.as_str()).to_string(),
                    ),
                    ("scene", scene.to_string()),
                ],
            );
            return;
        }
        Err(PathError::NotAvailable { step, scene, role, .. }) => (
            Some(*step),
            format!(
                "{} @ {} / {}",
                s.exemplary_path[*step],
                scene_id(*scene),
                s.roles.get(*role as usize).map_or("?", |r| r.id.as_str())
            ),
        ),
        Err(PathError::EndedEarly { used, ending }) => (
            Some(*used),
            format!("{} → {}", s.exemplary_path[*used], scene_id(*ending)),
        ),
        Err(PathError::NoEnding { scene }) => (
            s.exemplary_path.len().checked_sub(1),
            format!("… → {}", scene_id(*scene)),
        ),
    };
    if let Some(step) = step {
        let value = s.exemplary_path.get(step).map_or("", |x| x.as_str());
        let nth = s.exemplary_path[..step].iter().filter(|x| x.as_str() == value).count();
        let at = loc.anchor(&["exemplary_path"], "exemplary_path", value, nth, 0);
        loc.report(
            Code::ExemplaryNotLegal,
            Spot {
                after: at,
                key: "exemplary_path",
                value,
            },
            vec![("detail", detail)],
        );
        return;
    }
    if let Some((decisions, longest)) = longest_count(&g, s)
        && is_length_tell(decisions, longest)
    {
        loc.report(
            Code::LengthTell,
            Spot {
                after: 0,
                key: "exemplary_path",
                value: s.exemplary_path.first().map_or("", |x| x.as_str()),
            },
            vec![("longest", longest.to_string()), ("decisions", decisions.to_string())],
        );
    }
    if let Ok(state) = result {
        let scores = crate::score::score(&g, &state);
        let low: Vec<String> = scores
            .dimensions()
            .filter(|d| Band::of(d.score) != Band::Strong)
            .map(|d| format!("{} {}", d.dimension.key(), d.score))
            .collect();
        if !low.is_empty() {
            loc.report(
                Code::ExemplaryNotGood,
                Spot {
                    after: 0,
                    key: "exemplary_path",
                    value: s.exemplary_path.first().map_or("", |x| x.as_str()),
                },
                vec![("detail", low.join(", "))],
            );
        }
    }
}
