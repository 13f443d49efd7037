//! Translations: a scenario in another language is a sibling file with the same ids. Its
//! text differs; its structure must not.

use std::collections::BTreeSet;
use std::path::Path;

use super::Checked;
use super::diagnostic::Code;
use super::locate::{Locator, Spot};
use crate::scenario::model::*;
use crate::scenario::{Source, load};

/// The structure of a scenario as a set of facts; two files are the same scenario in two
/// languages exactly when their skeletons are equal.
pub fn skeleton(s: &Scenario) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    out.insert(format!("start\t{}", s.start));
    out.insert(format!(
        "clock\t{} {:?} {}",
        s.clock.start, s.clock.horizon, s.clock.timeout
    ));
    out.insert(format!("solo_role\t{:?}", s.solo_role));
    out.insert(format!("calendar\t{:?}", s.calendar.closed));
    out.insert(format!("exemplary_path\t{:?}", s.exemplary_path));
    for r in &s.roles {
        out.insert(format!(
            "role {}\tplayable {:?} present {} policy {:?}",
            r.id, r.playable, r.present, r.policy
        ));
        for x in &r.responsibilities {
            out.insert(format!(
                "responsibility {}.{}\tneeded {} not needed when {:?}",
                r.id, x.id, x.needed, x.not_needed_when
            ));
        }
    }
    out.extend(s.flags.iter().map(|f| format!("flag {f}\t")));
    out.extend(s.counters.iter().map(|c| {
        format!(
            "counter {}\t{}..{} from {} person {:?} safer {:?}",
            c.id, c.min, c.max, c.start, c.person, c.safer
        )
    }));
    out.extend(s.key_decisions.iter().map(|k| {
        format!(
            "key_decision {}\t{:?} not applicable when {:?}",
            k.id, k.window, k.not_applicable_when
        )
    }));
    out.extend(
        s.voice_opportunities
            .iter()
            .map(|v| format!("voice_opportunity {}\t{:?} {:?} {}", v.id, v.scenes, v.best, v.required)),
    );
    out.extend(s.injects.iter().map(|i| {
        format!(
            "inject {}\t{:?} when {:?} effects {:?}",
            i.id, i.trigger, i.when, i.effects
        )
    }));
    for sc in &s.scenes {
        // Everything but the words: who acts, where it goes, how long it takes, what it reads.
        let facts = match sc {
            Scene::Narration {
                elapsed,
                effects,
                next,
                branches,
                ..
            } => format!("{elapsed:?} effects {effects:?} -> {next} {branches:?}"),
            Scene::Decision { role, keep_order, .. } => format!("by {role} keep_order {keep_order}"),
            Scene::Conversation {
                role, with, keep_order, ..
            } => format!("by {role} with {with} keep_order {keep_order}"),
            Scene::Round {
                roles,
                elapsed,
                next,
                branches,
                keep_order,
                ..
            } => format!("{roles:?} {elapsed:?} -> {next} {branches:?} keep_order {keep_order}"),
            Scene::Ending { outcome, about, .. } => format!("{outcome:?} about {about:?}"),
        };
        let variants: Vec<_> = sc.variants().iter().map(|v| &v.when).collect();
        let (at, any_day) = sc.landing();
        out.insert(format!(
            "scene {}\t({}) {facts} variants {variants:?} at {at:?} any_day {any_day}",
            sc.id(),
            sc.kind()
        ));
        for c in sc.choices() {
            out.insert(format!(
                "choice {}.{}\tby {:?} -> {:?} {:?} after {:?} at {:?} when {:?} effects {:?} performs {:?} passes_on {} leads {} measure {} voice {:?} decides {:?} breaches {:?} harms_voice {:?} too_early {}",
                sc.id(),
                c.id,
                c.role,
                c.next,
                c.branches,
                c.elapsed,
                c.at,
                c.when,
                c.effects,
                c.performs,
                c.passes_on,
                c.leads,
                c.measure,
                c.child_voice,
                c.decides,
                c.breaches,
                c.harms_voice,
                c.too_early
            ));
        }
    }
    out
}

pub fn check(checked: &mut [Checked]) {
    // Duplicate translations: two files with the same id and language.
    for i in 0..checked.len() {
        let Some((src_i, s_i)) = &checked[i].parsed else {
            continue;
        };
        let dup = checked[..i].iter().find_map(|c| {
            let (src, s) = c.parsed.as_ref()?;
            (s.id == s_i.id && s.language == s_i.language).then(|| src.path.clone())
        });
        if let Some(other) = dup {
            let src_i = src_i.clone();
            let lang = s_i.language.clone();
            let mut loc = Locator::new(&src_i);
            loc.report(
                Code::DuplicateTranslation,
                Spot {
                    after: 0,
                    key: "language",
                    value: &lang,
                },
                vec![("name", lang.to_string()), ("other", other)],
            );
            checked[i].diagnostics.append(&mut loc.diagnostics);
        }
    }
    // Each translation against its original; a file that only its id and language mark as a
    // translation (another file has the same id) is compared too, and told to say so.
    for i in 0..checked.len() {
        let Some((_, s)) = checked[i].parsed.as_ref() else {
            continue;
        };
        let unmarked = match &s.translation_of {
            Some(_) => None,
            None => match inferred_original(checked, i) {
                Some(lang) => Some(lang),
                None => continue,
            },
        };
        // Only translations are compared, and only they pay for a copy (files can be large).
        let Some((src, s)) = checked[i].parsed.as_ref() else {
            continue;
        };
        let (src, s) = (src.clone(), s.clone());
        let Some(orig_lang) = s.translation_of.clone().or_else(|| unmarked.clone().map(Into::into)) else {
            continue;
        };
        let original = checked.iter().find_map(|c| {
            let (_, o) = c.parsed.as_ref()?;
            (o.id == s.id && o.language == orig_lang && o.translation_of.is_none()).then(|| o.clone())
        });
        let original = original.or_else(|| sibling(&src.path, &s.id, &orig_lang));
        let mut loc = Locator::new(&src);
        if let Some(lang) = &unmarked {
            loc.report(
                Code::TranslationUnmarked,
                Spot {
                    after: 0,
                    key: "language",
                    value: &s.language,
                },
                vec![
                    ("name", s.id.to_string()),
                    ("lang", lang.clone()),
                    ("own", s.language.to_string()),
                ],
            );
        }
        match original {
            None => loc.report(
                Code::OriginalMissing,
                Spot {
                    after: 0,
                    key: "translation_of",
                    value: &orig_lang,
                },
                vec![("name", s.id.to_string()), ("lang", orig_lang.to_string())],
            ),
            Some(o) => {
                // Each fact is "what\tdetails": report what is missing, extra, or different.
                let key = |f: &String| f.split('\t').next().unwrap_or_default().to_string();
                let (a, b) = (skeleton(&o), skeleton(&s));
                let (ka, kb): (BTreeSet<String>, BTreeSet<String>) =
                    (a.iter().map(key).collect(), b.iter().map(key).collect());
                let missing: Vec<&String> = ka.difference(&kb).collect();
                let extra: Vec<&String> = kb.difference(&ka).collect();
                let differs: BTreeSet<String> = a
                    .symmetric_difference(&b)
                    .map(key)
                    .filter(|k| ka.contains(k) && kb.contains(k))
                    .collect();
                let differs: Vec<&String> = differs.iter().collect();
                if !missing.is_empty() || !extra.is_empty() || !differs.is_empty() {
                    let list = |v: &[&String]| v.iter().take(8).map(|s| s.as_str()).collect::<Vec<_>>().join("; ");
                    loc.report(
                        Code::TranslationDiffers,
                        Spot {
                            after: 0,
                            key: "id",
                            value: &s.id,
                        },
                        vec![
                            ("lang", orig_lang.to_string()),
                            ("missing", if missing.is_empty() { "-".into() } else { list(&missing) }),
                            ("extra", if extra.is_empty() { "-".into() } else { list(&extra) }),
                            ("differs", if differs.is_empty() { "-".into() } else { list(&differs) }),
                        ],
                    );
                }
            }
        }
        checked[i].diagnostics.append(&mut loc.diagnostics);
    }
}

/// The languages scenario files are usually written in first, most likely first: of several
/// files with one id and no `translation_of`, the first in this order is taken for the original.
fn original_rank(lang: &str) -> (usize, String) {
    let rank = ["nb", "nn", "en"].iter().position(|l| *l == lang).unwrap_or(3);
    (rank, lang.to_string())
}

/// For a file without `translation_of`: the language of its original, when other files with the
/// same id (given together, or beside it as `<id>.<lang>.ron`) say it is a translation. A file
/// that some other one names as its original is the original; else, of the files without
/// `translation_of`, the first by `original_rank`.
fn inferred_original(checked: &[Checked], i: usize) -> Option<String> {
    let (src, s) = checked[i].parsed.as_ref()?;
    let mut family: Vec<(String, Option<String>)> = checked
        .iter()
        .enumerate()
        .filter(|&(j, _)| j != i)
        .filter_map(|(_, c)| c.parsed.as_ref())
        .filter(|(_, o)| o.id == s.id && o.language != s.language)
        .map(|(_, o)| (o.language.to_string(), o.translation_of.as_ref().map(|t| t.to_string())))
        .collect();
    let dir = Path::new(&src.path).parent()?;
    let given: BTreeSet<&str> = checked.iter().map(|c| c.path.as_str()).collect();
    for lang in ["nb", "nn", "en"] {
        if lang == s.language.as_str() || family.iter().any(|(l, _)| l == lang) {
            continue;
        }
        let candidate = dir.join(format!("{}.{lang}.ron", s.id));
        if given.contains(candidate.display().to_string().as_str()) || !candidate.is_file() {
            continue;
        }
        if let Ok((_, o)) = load::load_path(&candidate)
            && o.id == s.id
            && o.language == lang
        {
            family.push((lang.to_string(), o.translation_of.as_ref().map(|t| t.to_string())));
        }
    }
    if family.is_empty() {
        return None;
    }
    let original = match family.iter().find_map(|(_, t)| t.clone()) {
        Some(declared) => declared,
        None => family
            .iter()
            .filter(|(_, t)| t.is_none())
            .map(|(l, _)| l.clone())
            .chain(std::iter::once(s.language.to_string()))
            .min_by_key(|l| original_rank(l))?,
    };
    (original != s.language.as_str()).then_some(original)
}

/// The original beside a translation: `<id>.<lang>.ron` in the same folder.
fn sibling(path: &str, id: &str, lang: &str) -> Option<Scenario> {
    let dir = Path::new(path).parent()?;
    let candidate = dir.join(format!("{id}.{lang}.ron"));
    let (_, s): (Source, Scenario) = load::load_path(&candidate).ok()?;
    (s.id == id && s.language == lang).then_some(s)
}
