//! The two textual forms of share-code bytes: URL-safe base64 for links, grouped Crockford
//! base32 for reading aloud and typing; and finding the code inside a pasted link.

use super::ShareCodeError;

/// URL-safe base64 alphabet (RFC 4648 §5).
const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Crockford's base32 alphabet: no I, L, O, U.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The link form of share-code bytes: URL-safe base64 without padding, for `#r=<code>`.
pub fn to_link_code(bytes: &[u8]) -> String {
    pack(bytes, 6, BASE64URL)
}

/// The short form of share-code bytes: Crockford base32, upper case, in blocks of four
/// joined by `-`, e.g. `209W-P08J-6H8J-6H8J-CVTG`.
pub fn to_short_code(bytes: &[u8]) -> String {
    let plain = pack(bytes, 5, CROCKFORD);
    let mut out = String::with_capacity(plain.len() * 5 / 4);
    for (i, c) in plain.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(c);
    }
    out
}

/// Which textual form to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Form {
    /// URL-safe base64.
    Link,
    /// Crockford base32.
    Short,
}

/// Bytes read from a text, and what the bits after the last byte were.
pub(super) struct Unpacked {
    pub(super) bytes: Vec<u8>,
    pub(super) tail: Tail,
}

/// The bits after the last whole byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tail {
    /// Zero padding, as the encoder writes it.
    Clean,
    /// Padding that is not zero: the last character was changed.
    Dirty,
    /// A whole character more than any byte needs.
    Extra,
}

impl Form {
    /// Reads `code` in this form; whitespace is ignored, in the short form also dashes.
    pub(super) fn unpack(self, code: &str) -> Result<Unpacked, ShareCodeError> {
        let bits = match self {
            Form::Link => 6,
            Form::Short => 5,
        };
        let mut bytes = Vec::with_capacity(code.len() * bits / 8);
        let (mut acc, mut held) = (0u32, 0usize);
        for (position, ch) in code.chars().enumerate() {
            if ch.is_whitespace() || (self == Form::Short && is_dash(ch)) {
                continue;
            }
            let value = match self {
                Form::Link => link_value(ch),
                Form::Short => short_value(ch),
            };
            let Some(value) = value else {
                return Err(ShareCodeError::InvalidCharacter { position, ch });
            };
            acc = (acc << bits | u32::from(value)) & 0xFFFF;
            held += bits;
            if held >= 8 {
                held -= 8;
                bytes.push((acc >> held) as u8);
            }
        }
        let tail = if held >= bits {
            Tail::Extra
        } else if acc & ((1 << held) - 1) != 0 {
            Tail::Dirty
        } else {
            Tail::Clean
        };
        Ok(Unpacked { bytes, tail })
    }
}

/// Characters mail and chat put before a link (brackets, quotes, Markdown emphasis) and after
/// it (those, and sentence punctuation). None is in either code alphabet, so dropping them
/// from the ends never changes a code.
pub const BEFORE_LINK: &[char] = &['<', '(', '[', '{', '\'', '"', '*', '«', '‹', '„', '“', '‘'];
/// See [`BEFORE_LINK`].
pub const AFTER_LINK: &[char] = &[
    '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '\'', '"', '*', '»', '›', '“', '”', '’',
];

/// Finds the code in `text` and guesses its form. A code inside a link follows `key`, e.g.
/// `r=` (after `#`, `?` or `&`); anything else is taken as a bare code.
/// The flag tells whether the code was found inside a link.
///
/// What mail and chat do to a link is undone first: punctuation, brackets and quotes around
/// it (`<LINK>`, `LINK.`, `(LINK)`), line breaks inside it, the `> ` of a quoted reply before
/// each line, invisible characters (zero-width spaces, soft hyphens) put in to break long
/// words, quoted-printable soft breaks (`=` at a line's end, but not the `=` of `key`); an
/// HTML-escaped `&gt;` is a separate parameter and never read.
pub(super) fn read_text(text: &str, key: &str) -> Result<(String, Form, bool), ShareCodeError> {
    let invisible = [
        '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{AD}',
    ];
    let text: String = text.chars().filter(|c| !invisible.contains(c)).collect();
    let unquoted: Vec<&str> = text
        .lines()
        .map(|l| l.trim_start_matches(['>', ' ', '\t']))
        .collect();
    let text = unquoted
        .join("\n")
        .replace(&format!("{key}\n"), key)
        .replace("=\n", "");
    let in_link = text
        .split(['#', '&', '?'])
        .rev()
        .find_map(|part| part.trim_start().strip_prefix(key));
    // A bare code ends where an HTML entity (`&gt;`) or a link's next parameter
    // (`&utm_source=…`) begins; any other `&` stays, to be named as foreign.
    let bare = || {
        let tail = text.match_indices('&').find(|(i, _)| {
            let rest = &text[i + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '#')
                .collect();
            !name.is_empty() && matches!(rest[name.len()..].chars().next(), Some(';' | '='))
        });
        &text[..tail.map_or(text.len(), |(i, _)| i)]
    };
    let code = in_link
        .unwrap_or_else(bare)
        .trim_start_matches(|c: char| c.is_whitespace() || BEFORE_LINK.contains(&c))
        .trim_end_matches(|c: char| c.is_whitespace() || AFTER_LINK.contains(&c));
    if code.is_empty() {
        return Err(ShareCodeError::Empty);
    }
    // A character of neither alphabet is wrong whichever form was meant.
    for (position, ch) in code.chars().enumerate() {
        if !(ch.is_whitespace() || is_dash(ch) || ch == '_' || ch.is_ascii_alphanumeric()) {
            return Err(ShareCodeError::InvalidCharacter { position, ch });
        }
    }
    // Links carry the link form, which has no spaces: any inside are line breaks mail added.
    // A bare code may be either form.
    let (code, guess) = match in_link {
        Some(_) => (code.split_whitespace().collect(), Form::Link),
        None => (code.to_string(), guess_form(code)),
    };
    Ok((code, guess, in_link.is_some()))
}

/// Short when the text has inner spaces or the blocks of four of a displayed short code;
/// a link when it has `_` or both upper and lower case, as base64 nearly always has.
/// A wrong guess only changes which error a broken code gets: decoding tries both.
fn guess_form(code: &str) -> Form {
    if code.contains(char::is_whitespace) {
        return Form::Short;
    }
    let blocks = code.split(is_dash).count();
    let mut sizes = code.split(is_dash).map(|b| b.chars().count());
    if blocks > 1 && sizes.by_ref().take(blocks - 1).all(|n| n == 4) && sizes.all(|n| n <= 4) {
        return Form::Short;
    }
    let lower = code.chars().any(|c| c.is_ascii_lowercase());
    let upper = code.chars().any(|c| c.is_ascii_uppercase());
    if code.contains('_') || (lower && upper) {
        Form::Link
    } else {
        Form::Short
    }
}

/// Hyphen and the dashes word processors put in its place.
fn is_dash(ch: char) -> bool {
    matches!(ch, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

fn link_value(ch: char) -> Option<u8> {
    let c = u8::try_from(ch).ok()?;
    BASE64URL.iter().position(|&a| a == c).map(|i| i as u8)
}

/// Case-insensitive; I and L read as 1, O as 0, as Crockford intends.
fn short_value(ch: char) -> Option<u8> {
    let c = match u8::try_from(ch).ok()?.to_ascii_uppercase() {
        b'I' | b'L' => b'1',
        b'O' => b'0',
        c => c,
    };
    CROCKFORD.iter().position(|&a| a == c).map(|i| i as u8)
}

/// Packs bytes into characters of `bits` bits each, most significant first, zero-padded.
fn pack(bytes: &[u8], bits: usize, alphabet: &[u8]) -> String {
    let mask = (1u32 << bits) - 1;
    let mut out = String::with_capacity((bytes.len() * 8).div_ceil(bits));
    let (mut acc, mut held) = (0u32, 0usize);
    for &byte in bytes {
        acc = (acc << 8 | u32::from(byte)) & 0xFFFF;
        held += 8;
        while held >= bits {
            held -= bits;
            out.push(char::from(alphabet[(acc >> held & mask) as usize]));
        }
    }
    if held > 0 {
        out.push(char::from(alphabet[(acc << (bits - held) & mask) as usize]));
    }
    out
}
