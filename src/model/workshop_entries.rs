//! The facilitator's list of collected results (issue 18): each entry a code and the way it
//! came (camera, paste, file), added from any text the way arrived, removable one by one, and
//! read as a [`Group`] in list order (an outside view belongs to the own code above it).

use super::{decode_any, encode_view, to_link_code, Group, Questionnaire, ShareCodeError, View};

/// How an entry reached the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A QR code held up to the facilitator's camera.
    Scan,
    /// Text pasted or typed: a chat transcript, a mail, a list of codes.
    Paste,
    /// A result file dropped or chosen.
    File,
}

impl Source {
    /// The letter the stored list marks an entry with.
    fn mark(self) -> char {
        match self {
            Source::Scan => 's',
            Source::Paste => 'p',
            Source::File => 'f',
        }
    }
}

/// One collected result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// How it came.
    pub source: Source,
    /// The code in link form (canonical for codes added now; as stored for older lists).
    pub code: String,
}

/// What adding a text found in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Harvest {
    /// New results, added to the list.
    pub added: usize,
    /// Results the list held before (the same answers, whatever form they came in); one that
    /// comes twice in the same text counts once, as new or as known.
    pub duplicates: usize,
    /// Codes of another questionnaire, or of another version of this one.
    pub foreign: usize,
    /// Links and short codes that could not be read, each with why (a word that merely
    /// looks like a code is not listed: only what is written as a link or a grouped code).
    pub unreadable: Vec<ShareCodeError>,
}

/// The collected results, in the order they came.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entries(pub Vec<Entry>);

impl Entries {
    /// Reads the stored list: one entry per line, `s:`, `p:` or `f:` before the code; a line
    /// without a mark (the pasted text of earlier versions) is a pasted entry, kept as it is
    /// so nothing already collected is lost. Blank lines are skipped.
    pub fn from_stored(text: &str) -> Entries {
        let entries = text.lines().map(str::trim).filter(|l| !l.is_empty());
        Entries(
            entries
                .map(|line| {
                    let marked = [Source::Scan, Source::Paste, Source::File]
                        .into_iter()
                        .find_map(|s| Some((s, line.strip_prefix(s.mark())?.strip_prefix(':')?)));
                    let (source, code) = marked.unwrap_or((Source::Paste, line));
                    Entry {
                        source,
                        code: code.to_string(),
                    }
                })
                .collect(),
        )
    }

    /// The list as [`Entries::from_stored`] reads it.
    pub fn to_stored(&self) -> String {
        let lines: Vec<String> = self
            .0
            .iter()
            .map(|e| format!("{}:{}", e.source.mark(), e.code))
            .collect();
        lines.join("\n")
    }

    /// The group the list makes; a participant's or an invalid line's `line` is its entry's
    /// index + 1.
    pub fn group(&self, q: &Questionnaire) -> Group {
        let codes: Vec<&str> = self.0.iter().map(|e| e.code.as_str()).collect();
        Group::parse(q, &codes.join("\n"))
    }

    /// Adds every result found in `text` that the list does not hold yet, marked with
    /// `source`, and says what it found (see [`find_codes`]). An outside view with no
    /// participant's own result before it is not added ([`ShareCodeError::Unpaired`]).
    pub fn add(&mut self, q: &Questionnaire, text: &str, source: Source) -> Harvest {
        let mut harvest = Harvest::default();
        let before = self.0.len();
        for found in find_codes(q, text) {
            match found {
                // Twice in this text (a file's link and short code): one result, said once.
                Ok(code) if self.0[before..].iter().any(|e| e.code == code) => {}
                Ok(code) if self.0.iter().any(|e| e.code == code) => harvest.duplicates += 1,
                // An outside view belongs to the result before it: with none, it waits.
                Ok(code)
                    if !self.0.iter().any(|e| !is_outside(q, e)) && is_outside_code(q, &code) =>
                {
                    harvest.unreadable.push(ShareCodeError::Unpaired)
                }
                Ok(code) => {
                    self.0.push(Entry { source, code });
                    harvest.added += 1;
                }
                Err(ShareCodeError::OtherQuestionnaire | ShareCodeError::OtherVersion { .. }) => {
                    harvest.foreign += 1
                }
                Err(e) => harvest.unreadable.push(e),
            }
        }
        harvest
    }

    /// Removes the entry at `index` (0-based); an index past the end changes nothing.
    pub fn remove(&mut self, index: usize) {
        if index < self.0.len() {
            self.0.remove(index);
        }
    }
}

/// Every result code in `text`, in order: links (`…#r=…`, also as mail and chat clients damage
/// them), link codes and short codes, among any other text and punctuation. Each is `Ok` with
/// its canonical link code (so two forms of one result are equal) when its checksum holds and
/// it belongs to `q`. A candidate that fails is an `Err` only when it is written as a link or a
/// grouped short code; anything else that fails was a word, not a code, and is left out.
pub fn find_codes(q: &Questionnaire, text: &str) -> Vec<Result<String, ShareCodeError>> {
    let separators = |c: char| c.is_whitespace() || "\"'`<>()[]{}|".contains(c);
    let edge = |c: char| ".,;:!?*".contains(c);
    let words: Vec<&str> = text
        .split(separators)
        .map(|token| token.trim_matches(edge))
        .filter(|token| !token.is_empty())
        .collect();
    let canonical =
        |d: super::Decoded| to_link_code(&encode_view(q, d.view, d.variant, &d.answers));
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // A short code typed or read aloud with spaces between its groups.
        if let Some((code, used)) = spaced_code(q, &words[i..]) {
            found.push(Ok(code));
            i += used;
            continue;
        }
        let token = words[i];
        i += 1;
        let link = token.contains("r=");
        let grouped = is_grouped_code(token);
        let plain = token.len() >= 14
            && token
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !(link || grouped || plain) {
            continue;
        }
        match decode_any(q, token) {
            Ok(d) => found.push(Ok(canonical(d))),
            Err(e)
                if link
                    || grouped
                    || matches!(
                        e,
                        ShareCodeError::OtherQuestionnaire | ShareCodeError::OtherVersion { .. }
                    ) =>
            {
                found.push(Err(e))
            }
            Err(_) => {}
        }
    }
    found
}

/// A short code whose groups are separate words at the start of `words` (`209W P0JN A5AN 258H
/// CKM0`): its canonical link code and how many words it took. Only a reading the checksum
/// confirms counts: four-letter words in a sentence are no code.
fn spaced_code(q: &Questionnaire, words: &[&str]) -> Option<(String, usize)> {
    let alnum = |w: &&str| w.chars().all(|c| c.is_ascii_alphanumeric());
    // Groups of four, then a last group of one to four.
    let full = words
        .iter()
        .take_while(|w| w.len() == 4 && alnum(w))
        .count();
    (3..=full + 1).rev().find_map(|n| {
        let last = words
            .get(n - 1)
            .filter(|w| (1..=4).contains(&w.len()) && alnum(w))?;
        if n - 1 > full || last.is_empty() {
            return None;
        }
        let d = decode_any(q, &words[..n].join("-")).ok()?;
        Some((
            to_link_code(&encode_view(q, d.view, d.variant, &d.answers)),
            n,
        ))
    })
}

/// A short code as the app writes it: groups of four letters and digits joined by `-`, the
/// last of one to four, at least three groups (`209W-P08J-6H8J-6H8J-CVTG`); a hyphenated
/// phrase such as `not-a-code` is none.
fn is_grouped_code(token: &str) -> bool {
    let groups: Vec<&str> = token.split('-').collect();
    let alnum = |g: &&str| g.chars().all(|c| c.is_ascii_alphanumeric());
    match groups.split_last() {
        Some((last, rest)) if rest.len() >= 2 => {
            rest.iter().all(|g| g.len() == 4 && alnum(g))
                && (1..=4).contains(&last.len())
                && alnum(last)
        }
        _ => false,
    }
}

/// Whether `entry` is an outside view.
pub fn is_outside(q: &Questionnaire, entry: &Entry) -> bool {
    is_outside_code(q, &entry.code)
}

fn is_outside_code(q: &Questionnaire, code: &str) -> bool {
    decode_any(q, code).is_ok_and(|d| d.view != View::Own)
}
