//! The questionnaire built with the app, recognised without the validator.
//!
//! The first page runs only the questionnaire it was built with: `build.rs` validates
//! `content/default.json`, writes it out in the binary form the app reads (the first page's
//! copy [`Questionnaire::first_page_bytes`] as `default.bin`, the second page's
//! [`Questionnaire::shipped_bytes`] as `default-more.bin`; release builds ship them, debug
//! builds compile them in) and records their fingerprints. The first page checks a fetched file's fingerprint instead of validating it
//! again, so the validator, its messages and eserde stay on the second page. Any other file
//! (a custom `questionnaire`, a `default.json` changed after the build) goes to the second page,
//! which validates it and shows every problem.

use super::{Item, Questionnaire};

/// FNV-1a 64 of `bytes`.
///
/// Own code rather than a hashing crate: five lines, and FNV-1a is what the share codes use.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xCBF2_9CE4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3)
    })
}

impl Questionnaire {
    /// Reads the binary form the build wrote ([`Questionnaire::shipped_bytes`]) when its
    /// [`fingerprint`] is `known`; `None` for anything else.
    pub fn from_known_bytes(bytes: &[u8], known: u64) -> Option<Questionnaire> {
        if fingerprint(bytes) != known {
            return None;
        }
        postcard::from_bytes(bytes).ok()
    }

    /// The binary form of the questionnaire in `src` (JSON text), when it is valid: postcard,
    /// serde's compact format, which the first page reads with a fraction of the code a JSON
    /// reader costs (measured: 134.7 against 163.1 KB gzip of wasm, issue 16).
    pub fn shipped_bytes(src: &str) -> Option<Vec<u8>> {
        postcard::to_allocvec(&Questionnaire::from_json(src).ok()?).ok()
    }

    /// The first page's copy of the questionnaire in `src`: [`Questionnaire::shipped_bytes`]
    /// without what only the second page shows (the outside view's wording and the texts on
    /// gaps between self-image and outside view): 3.5 KB gzip less to load (measured, issue 16).
    pub fn first_page_bytes(src: &str) -> Option<Vec<u8>> {
        let mut q = Questionnaire::from_json(src).ok()?;
        for item in &mut q.items {
            match item {
                Item::Likert(l) => l.outside_text = None,
                Item::Scenario(s) => {
                    s.outside_situation = None;
                    s.outside_text = None;
                    for o in &mut s.options {
                        o.outside_text = None;
                    }
                }
            }
        }
        for d in &mut q.dimensions {
            d.gap = None;
        }
        postcard::to_allocvec(&q).ok()
    }
}
