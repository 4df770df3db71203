//! The questionnaire built with the app, recognised without the validator.
//!
//! The first page runs only the questionnaire it was built with: `build.rs` validates
//! `content/default.json` and records its fingerprint, and the first page checks that a fetched
//! file has that fingerprint instead of validating it again, so the validator and its messages
//! (about 7 KB gzip) stay on the second page. Any other file (a custom `questionnaire`, a changed
//! `default.json`) goes to the second page, which validates it and shows every problem.

use super::decode::{Decoder, Path};
use super::json::{self, Node, Value};
use super::{decode_questionnaire, Questionnaire};

/// FNV-1a 64 over the JSON tree: whitespace, member order of equal trees and every `rationale`
/// member (review notes the build strips from the shipped file) do not change it.
///
/// Own code rather than a hashing crate: ten lines, and FNV-1a is what the share codes use.
pub fn fingerprint(node: &Node) -> u64 {
    let mut h = 0xCBF2_9CE4_8422_2325u64;
    walk(node, &mut h);
    h
}

fn feed(h: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *h = (*h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3);
    }
}

fn walk(node: &Node, h: &mut u64) {
    match &node.value {
        Value::Null => feed(h, b"n"),
        Value::Bool(b) => feed(h, if *b { b"t" } else { b"f" }),
        Value::Number(n) => {
            feed(h, b"#");
            feed(h, &n.to_bits().to_le_bytes());
        }
        Value::String(s) => {
            feed(h, b"\"");
            feed(h, &(s.len() as u64).to_le_bytes());
            feed(h, s.as_bytes());
        }
        Value::Array(items) => {
            feed(h, b"[");
            for item in items {
                walk(item, h);
            }
            feed(h, b"]");
        }
        Value::Object(members) => {
            feed(h, b"{");
            for (key, value) in members.iter().filter(|(k, _)| k != "rationale") {
                feed(h, &(key.len() as u64).to_le_bytes());
                feed(h, key.as_bytes());
                walk(value, h);
            }
            feed(h, b"}");
        }
    }
}

impl Questionnaire {
    /// Reads `src` when its [`fingerprint`] is `known` (the build validated that file);
    /// `None` for any other text, which must go through [`Questionnaire::from_json`].
    pub fn from_known_json(src: &str, known: u64) -> Option<Questionnaire> {
        let root = json::parse(src).ok()?;
        if fingerprint(&root) != known {
            return None;
        }
        let mut d = Decoder::new(src);
        decode_questionnaire::questionnaire(&mut d, &root, &Path::Root)
            .filter(|_| d.errors.is_empty())
    }

    /// The [`fingerprint`] of `src` when it is a valid questionnaire, for the build to record.
    pub fn known_fingerprint(src: &str) -> Option<u64> {
        Questionnaire::from_json(src).ok()?;
        json::parse(src).ok().map(|root| fingerprint(&root))
    }
}
