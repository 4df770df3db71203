//! CSV export of a workshop group: one row per participant, for a spreadsheet.

use super::{Group, Questionnaire};

/// The group as CSV for a spreadsheet in the UI's language: UTF-8 with a byte order mark (so
/// Excel reads umlauts as such), `;` between fields in German and `,` in English (what Excel and
/// LibreOffice expect in those settings), CRLF line ends, fields quoted where needed (RFC 4180,
/// written by the csv crate).
///
/// Header: participant number, stage number, stage name, position, then one column per
/// dimension name, names in `lang_code`. A row per participant in input order. Scores and
/// positions are whole numbers (0..=100): a decimal would be false precision here, and whole
/// numbers need no decimal mark, so they read the same in every spreadsheet locale. A dimension
/// without a score stays empty. Names from the questionnaire never start a formula ([`inert`]).
pub fn csv(q: &Questionnaire, group: &Group, lang_code: &str) -> String {
    let german = lang_code
        .get(..2)
        .is_some_and(|p| p.eq_ignore_ascii_case("de"));
    let labels = if german {
        ["Nr.", "Stufe Nr.", "Stufe", "Position"]
    } else {
        ["participant", "stage number", "stage", "position"]
    };
    let mut out = csv::WriterBuilder::new()
        .delimiter(if german { b';' } else { b',' })
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.as_bytes().to_vec());
    let mut header: Vec<String> = labels.iter().map(|l| l.to_string()).collect();
    header.extend(
        q.dimensions
            .iter()
            .map(|d| inert(q.tr_plain(&d.name, lang_code))),
    );
    // Writing to memory does not fail.
    let _ = out.write_record(&header);
    for (i, p) in group.participants.iter().enumerate() {
        let stage_name = q
            .stages
            .get(p.score.stage)
            .map_or(String::new(), |s| inert(q.tr_plain(&s.name, lang_code)));
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
        let _ = out.write_record(&fields);
    }
    let bytes = out.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// A questionnaire's text as a cell a spreadsheet shows as text: one that begins with `=`, `+`,
/// `-`, `@`, a tab or a carriage return would be taken for a formula (OWASP, "CSV Injection"),
/// so it gets a leading `'`, which spreadsheets hide.
fn inert(text: String) -> String {
    match text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        true => format!("'{text}"),
        false => text,
    }
}

/// The byte order mark the CSV starts with.
pub const BOM: &str = "\u{feff}";

/// A score rounded to a whole number, formatted without float formatting.
fn whole(x: f64) -> String {
    (x.round() as i64).to_string()
}
