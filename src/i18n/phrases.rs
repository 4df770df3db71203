//! UI phrases with numbers or names in them, German and English side by side.

use super::Lang;

/// "12 Fragen · etwa 3 Minuten": length of a variant.
pub fn variant_length(lang: Lang, questions: usize, minutes: usize) -> String {
    match lang {
        Lang::De => format!("{questions} Fragen · etwa {minutes} Minuten"),
        Lang::En => format!("{questions} questions · about {minutes} minutes"),
    }
}

/// Name of a language in that language, for the switch.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Deutsch",
        Lang::En => "English",
    }
}

/// "Frage 7 von 30": where the user is.
pub fn question_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::De => format!("Frage {n} von {total}"),
        Lang::En => format!("Question {n} of {total}"),
    }
}

/// "noch etwa 2 Minuten": the time left.
pub fn minutes_left(lang: Lang, minutes: usize) -> String {
    match (lang, minutes) {
        (Lang::De, 0 | 1) => "noch knapp eine Minute".into(),
        (Lang::En, 0 | 1) => "less than a minute left".into(),
        (Lang::De, m) => format!("noch etwa {m} Minuten"),
        (Lang::En, m) => format!("about {m} minutes left"),
    }
}

/// "12 von 30 Fragen beantwortet": shown in the resume offer.
pub fn answered_of(lang: Lang, answered: usize, total: usize) -> String {
    match lang {
        Lang::De => format!("{answered} von {total} Fragen beantwortet."),
        Lang::En => format!("{answered} of {total} questions answered."),
    }
}

/// Accessible description of the spectrum chart.
pub fn spectrum_label(lang: Lang, position: f64, stage: &str, n: usize) -> String {
    let position = whole(position);
    match lang {
        Lang::De => format!("Spektrum vom Briefträger (0) bis zum kundenintegrierten Partner (100). Ihre Position: {position}, Stufe {n}: {stage}."),
        Lang::En => format!("Spectrum from mail carrier (0) to customer-integrated partner (100). Your position: {position}, stage {n}: {stage}."),
    }
}

/// A score or position as a whole number. Integer formatting keeps the float printer out of the wasm.
pub fn whole(v: f64) -> i64 {
    v.round() as i64
}

/// "Zeile 4": a line of the pasted codes.
pub fn line_label(lang: Lang, line: usize) -> String {
    match lang {
        Lang::De => format!("Zeile {line}"),
        Lang::En => format!("Line {line}"),
    }
}

/// Screen-reader text of one dimension in the group chart.
pub fn group_dimension(lang: Lang, name: &str, mean: f64, min: f64, max: f64, sd: f64) -> String {
    let (mean, min, max, sd) = (whole(mean), whole(min), whole(max), whole(sd));
    match lang {
        Lang::De => {
            format!("{name}: Mittelwert {mean}, Spanne {min} bis {max}, Standardabweichung {sd}")
        }
        Lang::En => format!("{name}: mean {mean}, range {min} to {max}, standard deviation {sd}"),
    }
}

/// "Briefträger: 2": a stage with its head count.
pub fn stage_count(name: &str, count: usize) -> String {
    format!("{name}: {count}")
}

/// The note on a result close to a stage boundary: „Ihr Ergebnis liegt nahe der Grenze zur Stufe „X“.“
pub fn mixed_note(lang: Lang, stage: &str) -> String {
    match lang {
        Lang::De => format!("Ihr Ergebnis liegt nahe der Grenze zur Stufe „{stage}“."),
        Lang::En => format!("Your result is close to the “{stage}” stage."),
    }
}

/// Why a result stays below the stage its number would reach: a dimension misses that stage's minimum.
pub fn held_back_note(lang: Lang, stage: &str, dimension: &str, min: f64) -> String {
    let min = whole(min);
    match lang {
        Lang::De => format!(
            "Die Stufe „{stage}“ setzt mindestens {min} Punkte in „{dimension}“ voraus; Ihr Ergebnis bleibt deshalb eine Stufe darunter."
        ),
        Lang::En => format!(
            "The “{stage}” stage needs at least {min} points in “{dimension}”, so your result stays below it."
        ),
    }
}

/// "Tastatur: A–D wählt, 0 „kam nicht vor“, Enter oder → geht weiter, ← zurück.": the keys that
/// work on one question, `first`–`last` for its options and 0 for `zero`, the label of "did not
/// occur" / "can't judge" where the question offers it; ← only where there is a question
/// before (`back`).
pub fn keyboard_hint(
    lang: Lang,
    first: char,
    last: char,
    zero: Option<&str>,
    back: bool,
) -> String {
    let zero = match (lang, zero) {
        (_, None) => String::new(),
        (Lang::De, Some(label)) => format!(", 0 „{label}“"),
        (Lang::En, Some(label)) => format!(", 0 “{label}”"),
    };
    match (lang, back) {
        (Lang::De, true) => {
            format!("Tastatur: {first}–{last} wählt{zero}, Enter oder → geht weiter, ← zurück.")
        }
        (Lang::De, false) => {
            format!("Tastatur: {first}–{last} wählt{zero}, Enter oder → geht weiter.")
        }
        (Lang::En, true) => {
            format!("Keyboard: {first}–{last} selects{zero}, Enter or → goes on, ← goes back.")
        }
        (Lang::En, false) => format!("Keyboard: {first}–{last} selects{zero}, Enter or → goes on."),
    }
}

/// A date kept as `YYYY-MM-DD`, as the visitor reads dates: "30.11.2026" in German,
/// "30 Nov 2026" in English; anything else is shown as it is.
pub fn date_text(lang: Lang, iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let (Ok(month), Ok(day)) = (m.parse::<usize>(), d.parse::<u8>()) else {
        return iso.to_string();
    };
    match (lang, MONTHS.get(month.wrapping_sub(1))) {
        (Lang::De, _) => format!("{day:02}.{month:02}.{y}"),
        (Lang::En, Some(name)) => format!("{day} {name} {y}"),
        (Lang::En, None) => iso.to_string(),
    }
}

/// Subject and body of "Ergebnis per E-Mail senden": the check's name, the stage (1-based, of
/// `stages`) with its name, the position 0–100, and the result's link.
pub fn result_mail(
    lang: Lang,
    title: &str,
    (stage, stages, name): (usize, usize, &str),
    position: i64,
    link: &str,
) -> (String, String) {
    match lang {
        Lang::De => (
            format!("Mein Ergebnis im Selbstcheck „{title}“"),
            format!("Stufe {stage} von {stages}: {name}, Position {position} von 100.\n\nDas ganze Ergebnis: {link}"),
        ),
        Lang::En => (
            format!("My result in the self-check “{title}”"),
            format!("Stage {stage} of {stages}: {name}, position {position} of 100.\n\nThe whole result: {link}"),
        ),
    }
}
