//! German and English text for questionnaire problems (shown by the second page and the CLI).

use super::Lang;
use crate::model::{ContentError, ContentErrorKind as K};

/// The message for a content problem, without its path (show `e.path` next to it).
pub fn content_error(lang: Lang, e: &ContentError) -> String {
    let de = lang == Lang::De;
    match &e.kind {
        K::Syntax {
            line,
            column,
            detail,
        } => match de {
            true => format!("Kein gültiges JSON (Zeile {line}, Spalte {column}): {detail}"),
            false => format!("not valid JSON (line {line}, column {column}): {detail}"),
        },
        K::MissingField { field } => match de {
            true => format!("Pflichtfeld „{field}“ fehlt"),
            false => format!("required field \"{field}\" is missing"),
        },
        K::Shape {
            detail,
            at: Some((line, column)),
        } => match de {
            true => format!("Falscher Wert oder Typ (Zeile {line}, Spalte {column}): {detail}"),
            false => format!("wrong value or type (line {line}, column {column}): {detail}"),
        },
        K::Shape { detail, at: None } => match de {
            true => format!("Falscher Wert oder Typ: {detail}"),
            false => format!("wrong value or type: {detail}"),
        },
        K::InvalidId { id } => match de {
            true => format!("Kennung „{id}“ darf nur a–z, 0–9 und - enthalten"),
            false => format!("id \"{id}\" may only contain a-z, 0-9 and -"),
        },
        K::DuplicateId { id } => match de {
            true => format!("Kennung „{id}“ kommt mehrfach vor"),
            false => format!("id \"{id}\" appears more than once"),
        },
        K::NoLanguages => pick(de, "Keine Sprache angegeben", "no language declared"),
        K::MissingText { lang } => match de {
            true => format!("Text für Sprache „{lang}“ fehlt oder ist leer"),
            false => format!("text for language \"{lang}\" is missing or empty"),
        },
        K::MissingOutside => pick(
            de,
            "Die Außensicht ist eingeschaltet (outside_view), aber dieser Text fehlt",
            "the outside view is switched on (outside_view), but this text is missing",
        ),
        K::NoDimensions => pick(de, "Keine Dimension angegeben", "no dimension declared"),
        K::NegativeWeight { value } => match (de, number(de, *value)) {
            (true, value) => format!("Gewicht {value} ist negativ; erlaubt sind Werte ab 0"),
            (false, value) => format!("weight {value} is negative; use 0 or more"),
        },
        K::NegativeMargin { value } => match (de, number(de, *value)) {
            (true, value) => format!("mixed_margin {value} ist negativ; erlaubt sind Werte ab 0"),
            (false, value) => format!("mixed_margin {value} is negative; use 0 or more"),
        },
        K::UnknownDimension { id } => match de {
            true => format!("Unbekannte Dimension „{id}“"),
            false => format!("unknown dimension \"{id}\""),
        },
        K::UnknownScale { id } => match de {
            true => format!("Unbekannte Skala „{id}“"),
            false => format!("unknown scale \"{id}\""),
        },
        K::ScaleSize { found } => match de {
            true => format!("Eine Skala braucht genau 5 Stufen, gefunden: {found}"),
            false => format!("a scale needs exactly 5 labels, found {found}"),
        },
        K::NoStages => pick(de, "Keine Stufe angegeben", "no stage declared"),
        K::StageGap { expected, found } => match (de, number(de, *expected), number(de, *found)) {
            (true, expected, found) => {
                format!("Stufe beginnt bei {found}, sollte lückenlos bei {expected} beginnen")
            }
            (false, expected, found) => {
                format!("stage starts at {found}; it should start at {expected}, without a gap")
            }
        },
        K::StageNotAscending { from, to } => match (de, number(de, *from), number(de, *to)) {
            (true, from, to) => {
                format!("Stufe endet bei {to}, also nicht nach ihrem Beginn {from}")
            }
            (false, from, to) => format!("stage ends at {to}, not after its start {from}"),
        },
        K::StageEnd { found } => match (de, number(de, *found)) {
            (true, found) => format!("Letzte Stufe endet bei {found} statt bei 100"),
            (false, found) => format!("last stage ends at {found} instead of 100"),
        },
        K::UnknownItem { id } => match de {
            true => format!("Unbekannte Frage „{id}“"),
            false => format!("unknown item \"{id}\""),
        },
        K::NotInFull { id } => match de {
            true => format!("Frage „{id}“ steht im Kurzcheck, aber nicht im ausführlichen Check"),
            false => format!("item \"{id}\" is in the quick check but not in the full check"),
        },
        K::TooFewItems {
            variant,
            dimension,
            found,
            needed,
        } => match de {
            true => format!(
                "Dimension „{dimension}“ hat in „{}“ nur {found} Fragen, nötig sind {needed}",
                variant.as_str()
            ),
            false => format!(
                "dimension \"{dimension}\" has only {found} items in \"{}\", needs {needed}",
                variant.as_str()
            ),
        },
        K::NoReverseItem { dimension } => match de {
            true => format!(
                "Dimension „{dimension}“ hat keine umgekehrt gepolte Skalenfrage (reverse: true)"
            ),
            false => format!(
                "dimension \"{dimension}\" has no reverse-keyed likert item (reverse: true)"
            ),
        },
        K::OptionCount { found } => match de {
            true => format!("Ein Szenario braucht 3 oder 4 Optionen, gefunden: {found}"),
            false => format!("a scenario needs 3 or 4 options, found {found}"),
        },
        K::NoWeights => pick(de, "Option ohne Gewichte", "option without weights"),
        K::WeightOutOfRange { value } => match (de, number(de, *value)) {
            (true, value) => format!("Gewicht {value} liegt nicht zwischen -2 und 2"),
            (false, value) => format!("weight {value} is not between -2 and 2"),
        },
        K::TwinUnknown { id } => match de {
            true => format!("Zwilling „{id}“ gibt es nicht"),
            false => format!("twin \"{id}\" does not exist"),
        },
        K::TwinNotLikert { id } => match de {
            true => format!("Zwilling „{id}“ ist ein Szenario, keine Skalenfrage"),
            false => format!("twin \"{id}\" is a scenario, not a likert item"),
        },
        K::TwinOtherDimension { id, dimension } => match de {
            true => format!("Zwilling „{id}“ gehört zu einer anderen Dimension („{dimension}“)"),
            false => format!("twin \"{id}\" belongs to another dimension (\"{dimension}\")"),
        },
        K::TwinSameKeying { id } => match de {
            true => format!("Zwilling „{id}“ ist gleich gepolt; er muss umgekehrt gepolt sein"),
            false => format!("twin \"{id}\" has the same keying; it must be keyed the other way"),
        },
        K::TwinNotMutual { id } => match de {
            true => format!("Zwilling „{id}“ nennt dieses Item nicht als seinen Zwilling; Zwillinge stehen an beiden Items"),
            false => format!("twin \"{id}\" does not name this item as its twin; twins are declared on both items"),
        },
        K::TwinOtherScale { id } => match de {
            true => format!("Zwilling „{id}“ hat eine andere Antwortskala; Spiegel-Items brauchen dieselbe"),
            false => format!("twin \"{id}\" uses another answer scale; mirror items need the same one"),
        },
        K::OptionLengths { lang, shortest, longest } => match de {
            true => format!(
                "längste Option ({longest} Zeichen, {lang}) ist mehr als 1,3-mal so lang wie die kürzeste ({shortest}); die Länge darf die beste Antwort nicht verraten"
            ),
            false => format!(
                "longest option ({longest} characters, {lang}) is more than 1.3 times the shortest ({shortest}); length must not give the best answer away"
            ),
        },
        K::DominatingOption => match de {
            true => "Option ist auf jeder Dimension des Szenarios allein die beste; jede Option braucht einen echten Zielkonflikt".to_string(),
            false => "option is strictly best on every dimension of its scenario; every option needs a real trade-off".to_string(),
        },
        K::NotApplicableScenario => match de {
            true => "„not_applicable“ gibt es nur bei Likert-Items; die Optionen eines Szenarios sind seine Antworten".to_string(),
            false => "\"not_applicable\" belongs to likert items only; a scenario's options are its answers".to_string(),
        },
        K::OnlyNotApplicable { variant, dimension } => {
            let v = variant.as_str();
            match de {
                true => format!("in der Variante „{v}“ bieten alle Items der Dimension „{dimension}“ „kam nicht vor“ an; mindestens eines muss ohne diese Antwort auskommen"),
                false => format!("in the \"{v}\" variant every item of dimension \"{dimension}\" offers \"did not occur\"; at least one must do without it"),
            }
        }
        K::ScoreOutOfRange { value } => match (de, number(de, *value)) {
            (true, value) => format!("Wert {value} liegt nicht zwischen 0 und 100"),
            (false, value) => format!("value {value} is not between 0 and 100"),
        },
    }
}

/// `v` for a message: `90`, `-1`, `0.333333`; decimal comma in German (`de`: `2,5`); six decimals
/// at most, `123456789012e290` beyond a trillion. By hand: Rust's float formatting costs ~11 KB.
fn number(de: bool, v: f64) -> String {
    if !v.is_finite() {
        let text = match (v.is_nan(), v < 0.0) {
            (true, _) => "NaN",
            (false, true) => "-∞",
            (false, false) => "∞",
        };
        return text.into();
    }
    let mut m = v.abs();
    let mut exp = 0u32;
    while m >= 1e12 {
        m /= 10.0;
        exp += 1;
    }
    // Below 1e12 the whole part is exact in a u64, and so is the fraction `m - whole`.
    let mut whole = m.floor() as u64;
    let mut micros = ((m - m.floor()) * 1e6 + 0.5).floor() as u64;
    if micros == 1_000_000 || exp > 0 {
        // Past a trillion only the whole part counts (the divisions blur the rest).
        whole = (m + 0.5).floor() as u64;
        micros = 0;
    }
    let mut out = String::new();
    if v < 0.0 && (whole, micros) != (0, 0) {
        out.push('-');
    }
    out.push_str(&whole.to_string());
    if micros != 0 {
        out.push(if de { ',' } else { '.' });
        out.push_str(format!("{micros:06}").trim_end_matches('0'));
    }
    if exp > 0 {
        out.push('e');
        out.push_str(&exp.to_string());
    }
    out
}

fn pick(de: bool, german: &str, english: &str) -> String {
    if de { german } else { english }.to_string()
}
