//! Phrases of then and now and of the reminder (second page), with dates and numbers in them.

use super::outside_phrases::signed;
use super::{date_text, Lang};

/// A marker's label: "Damals (12.09.2026)", or "Damals" for a result without a kept date.
pub fn marker(lang: Lang, word: &str, date: Option<&str>) -> String {
    match date {
        Some(d) => format!("{word} ({})", date_text(lang, d)),
        None => word.to_string(),
    }
}

/// Where the two results stand: "Damals Stufe 2, Position 38; heute Stufe 3, Position 56:
/// 18 Punkte weiter Richtung Partner." Stages are 1-based, positions 0–100.
pub fn then_summary(lang: Lang, then: (usize, i64), now: (usize, i64)) -> String {
    let (de, moved) = (lang == Lang::De, now.1 - then.1);
    let way = match (moved, de) {
        (0, true) => "dieselbe Position".to_string(),
        (0, false) => "the same position".to_string(),
        (m, true) if m > 0 => format!(
            "{m} {} weiter Richtung Partner",
            if m == 1 { "Punkt" } else { "Punkte" }
        ),
        (m, false) if m > 0 => format!(
            "{m} {} further towards partner",
            if m == 1 { "point" } else { "points" }
        ),
        (m, true) => format!(
            "{} {} zurück Richtung Briefträger",
            -m,
            if m == -1 { "Punkt" } else { "Punkte" }
        ),
        (m, false) => format!(
            "{} {} back towards mail carrier",
            -m,
            if m == -1 { "point" } else { "points" }
        ),
    };
    let ((a, b), (c, d)) = (then, now);
    match lang {
        Lang::De => {
            format!("Damals Stufe {a}, Position {b}; heute Stufe {c}, Position {d}: {way}.")
        }
        Lang::En => format!("Then stage {a}, position {b}; now stage {c}, position {d}: {way}."),
    }
}

fn score_text(lang: Lang, s: Option<i64>) -> String {
    match (s, lang) {
        (Some(s), _) => s.to_string(),
        (None, Lang::De) => "keine Antworten".into(),
        (None, Lang::En) => "no answers".into(),
    }
}

/// One dimension: "Beziehungsführung: 40 → 62 (+22)".
pub fn change_line(lang: Lang, name: &str, then: Option<i64>, now: Option<i64>) -> String {
    let delta = match (then, now) {
        (Some(a), Some(b)) => format!(" ({})", signed((b - a) as f64)),
        _ => String::new(),
    };
    format!(
        "{name}: {} → {}{delta}",
        score_text(lang, then),
        score_text(lang, now)
    )
}

/// What moved most: "Am meisten bewegt hat sich Beziehungsführung: +22 Punkte.", several
/// named together on a tie; nothing moved for an empty list.
pub fn moved_most(lang: Lang, moved: &[(&str, i64)]) -> String {
    let list = moved
        .iter()
        .map(|(n, d)| format!("{n} ({})", signed(*d as f64)))
        .collect::<Vec<_>>()
        .join(", ");
    match (lang, moved) {
        (Lang::De, []) => "Keine Dimension hat sich bewegt.".into(),
        (Lang::En, []) => "No dimension has moved.".into(),
        (Lang::De, [(n, d)]) => format!(
            "Am meisten bewegt hat sich {n}: {} Punkte.",
            signed(*d as f64)
        ),
        (Lang::En, [(n, d)]) => format!("{n} moved most: {} points.", signed(*d as f64)),
        (Lang::De, _) => format!("Am meisten bewegt, gleichauf: {list}."),
        (Lang::En, _) => format!("Moved most, tied: {list}."),
    }
}

/// Whether the lever the earlier result named improved, with the levers tied with it in the
/// same sentence: (name, then, now) each.
pub fn lever_line(lang: Lang, levers: &[(&str, Option<i64>, Option<i64>)]) -> String {
    let verdict =
        |then: Option<i64>, now: Option<i64>| match (then.zip(now).map(|(a, b)| b - a), lang) {
            (Some(d), Lang::De) if d > 0 => "verbessert",
            (Some(d), Lang::En) if d > 0 => "improved",
            (Some(0), Lang::De) => "unverändert",
            (Some(0), Lang::En) => "unchanged",
            (Some(_), Lang::De) => "gesunken",
            (Some(_), Lang::En) => "gone down",
            (None, Lang::De) => "nicht vergleichbar",
            (None, Lang::En) => "not comparable",
        };
    let each = |(name, then, now): &(&str, Option<i64>, Option<i64>)| match lang {
        Lang::De => format!(
            "{name}: damals {}, heute {}: {}",
            score_text(lang, *then),
            score_text(lang, *now),
            verdict(*then, *now)
        ),
        Lang::En => format!(
            "{name}: then {}, now {}: {}",
            score_text(lang, *then),
            score_text(lang, *now),
            verdict(*then, *now)
        ),
    };
    let list = levers.iter().map(each).collect::<Vec<_>>().join("; ");
    match (lang, levers.len()) {
        (Lang::De, 1) => format!("Ihr Hebel vom letzten Mal, {list}."),
        (Lang::En, 1) => format!("Last time's lever, {list}."),
        (Lang::De, _) => format!("Ihre Hebel vom letzten Mal, gleichauf: {list}."),
        (Lang::En, _) => format!("Last time's levers, tied: {list}."),
    }
}

/// What the reminder does, on `date` (`YYYY-MM-DD`).
pub fn remind_intro(lang: Lang, date: &str) -> String {
    match lang {
        Lang::De => format!("Ein Kalendereintrag für den {} erinnert Sie daran, den Check noch einmal zu machen. Er enthält den Link zu Ihrem heutigen Ergebnis, damit Sie dann vergleichen können. Gespeichert wird er nur auf Ihrem Gerät.", date_text(lang, date)),
        Lang::En => format!("A calendar event on {} reminds you to take the check again. It holds the link to today's result, so you can compare then. It is kept on your device only.", date_text(lang, date)),
    }
}
