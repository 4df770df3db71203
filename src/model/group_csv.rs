//! CSV export of a workshop group: one row per participant, for a spreadsheet.

use super::{Group, Questionnaire};

/// The group as CSV (RFC 4180: commas, CRLF line ends, fields quoted where needed).
///
/// Header: participant number, stage number, stage name, position, then one column per
/// dimension name, names in `lang_code`. A row per participant in input order. Scores and
/// positions are whole numbers (0..=100): a decimal would be false precision here, and whole
/// numbers read the same in every spreadsheet locale. A dimension without a score stays empty.
pub fn csv(q: &Questionnaire, group: &Group, lang_code: &str) -> String {
    let german = lang_code
        .get(..2)
        .is_some_and(|p| p.eq_ignore_ascii_case("de"));
    let labels = if german {
        ["Nr.", "Stufe Nr.", "Stufe", "Position"]
    } else {
        ["participant", "stage number", "stage", "position"]
    };
    let mut out = String::new();
    let mut header: Vec<String> = labels.iter().map(|l| l.to_string()).collect();
    header.extend(q.dimensions.iter().map(|d| q.tr_plain(&d.name, lang_code)));
    push_row(&mut out, &header);
    for (i, p) in group.participants.iter().enumerate() {
        let stage_name = q
            .stages
            .get(p.score.stage)
            .map_or(String::new(), |s| q.tr_plain(&s.name, lang_code));
        let mut fields = vec![
            (i + 1).to_string(),
            (p.score.stage + 1).to_string(),
            stage_name,
            whole(p.score.position),
        ];
        fields.extend((0..q.dimensions.len()).map(|d| {
            let score = p.score.dimensions.get(d).copied().flatten();
            score.map_or(String::new(), whole)
        }));
        push_row(&mut out, &fields);
    }
    out
}

/// Appends one record, each field quoted when it holds a comma, a quote or a line break.
fn push_row(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }

        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

/// A score rounded to a whole number, formatted without float formatting.
fn whole(x: f64) -> String {
    (x.round() as i64).to_string()
}
