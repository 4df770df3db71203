//! The visitor's earlier results, kept in this browser (issue 19): the record a finished check
//! leaves, newest first, so the check can be taken again and compared, with no account and no
//! server. The answers themselves are in each result's link code.
//!
//! Kept as text, one result a line (`2026-11-30 quick 2 56 <code>`), not as JSON: the first
//! page adds and lists results with a few string operations, without serde code for this type
//! (the first load's budget, issue 16).

use super::VariantId;

/// Most results kept; the oldest go first. A seller who takes the check every quarter keeps
/// seven years of them.
pub const PAST_MAX: usize = 30;

/// A finished check as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PastResult {
    /// The visitor's local date it was finished, `YYYY-MM-DD`.
    pub date: String,
    /// The variant taken.
    pub variant: VariantId,
    /// 0-based index of the stage reached (0..5 with the built-in stages).
    pub stage: u8,
    /// Position on the spectrum, 0–100, rounded.
    pub position: u8,
    /// The result's link code (what follows `#r=`: letters, digits, `-` and `_`), which holds
    /// variant and answers.
    pub code: String,
}

impl PastResult {
    /// The stored line: date, variant, stage, position and code, separated by spaces.
    pub fn line(&self) -> String {
        format!(
            "{} {} {} {} {}",
            self.date,
            self.variant.as_str(),
            self.stage,
            self.position,
            self.code
        )
    }

    /// Reads a stored line; `None` for one that is not of that shape.
    pub fn read(line: &str) -> Option<PastResult> {
        let mut f = line.split(' ');
        let result = PastResult {
            date: f.next().filter(|d| is_iso_date(d))?.to_string(),
            variant: VariantId::parse(f.next()?)?,
            stage: f.next()?.parse().ok()?,
            position: f.next()?.parse().ok().filter(|p| *p <= 100)?,
            code: f.next().filter(|c| !c.is_empty())?.to_string(),
        };
        f.next().is_none().then_some(result)
    }
}

/// Whether `d` is `YYYY-MM-DD` (digits and dashes in place; the values are not checked).
fn is_iso_date(d: &str) -> bool {
    d.len() == 10
        && d.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

/// The kept results, newest first, from what storage holds; lines that are not results are
/// left out (the list is a convenience: the results are in their links).
pub fn read_past(text: Option<&str>) -> Vec<PastResult> {
    text.unwrap_or_default()
        .lines()
        .filter_map(PastResult::read)
        .collect()
}

/// `list` as stored.
pub fn write_past(list: &[PastResult]) -> String {
    list.iter()
        .map(PastResult::line)
        .collect::<Vec<_>>()
        .join("\n")
}

/// What storage holds (`kept`) with `result` first, unless its code is kept already (the same
/// answers: the result shown again after a reload, months later too), which keeps its first
/// date and place (`None`: nothing to store); at most [`PAST_MAX`] are kept.
pub fn add_past(kept: Option<&str>, result: &PastResult) -> Option<String> {
    let kept = kept.unwrap_or_default();
    let code = result.code.as_str();
    if kept.lines().any(|l| l.rsplit(' ').next() == Some(code)) {
        return None;
    }
    let mut text = result.line();
    for line in kept.lines().take(PAST_MAX - 1) {
        text.push('\n');
        text.push_str(line);
    }
    Some(text)
}

/// `list` without the result of `code`.
pub fn remove_past(mut list: Vec<PastResult>, code: &str) -> Vec<PastResult> {
    list.retain(|r| r.code != code);
    list
}
