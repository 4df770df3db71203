//! Issue 17, item 7: what mail and chat clients add to or cut from a link is undone where the
//! checksum can confirm the result, and named where it cannot.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;
mod share_support;

use model_support::default_q;
use seller_check::model::{
    decode, decode_invitation, encode, encode_invitation, to_link_code, Answers, Questionnaire,
    ShareCodeError as E, VariantId,
};
use share_support::{answers, samples};

const PAGE: &str = "https://example.org/check/index.html";

/// A sample's link and the answers it carries.
fn links(q: &Questionnaire) -> Vec<(String, VariantId, Answers)> {
    samples(q)
        .into_iter()
        .map(|(v, a, bytes)| (format!("{PAGE}#r={}", to_link_code(&bytes)), v, a))
        .collect()
}

/// Every way the tests wrap a link, as mail and chat clients do.
fn wrapped(link: &str) -> Vec<String> {
    let mut out: Vec<String> = [
        ".", ",", ")", ">", "!", "?", ";", ":", "\"", "'", "”", "»", "*", ").", ">.",
    ]
    .iter()
    .map(|end| format!("{link}{end}"))
    .collect();
    out.push(format!("<{link}>"));
    out.push(format!("({link})"));
    out.push(format!("„{link}“"));
    out.push(format!("**{link}**"));
    out.push(format!("  {link}  \n"));
    out.push(format!("{link}&gt;"));
    out.push(format!("{link}&utm_source=newsletter"));
    // Broken across lines by a mail client, with and without quoted-printable soft breaks.
    let (head, tail) = link.split_at(link.len() - 9);
    out.push(format!("{head}\n{tail}"));
    out.push(format!("{head}\r\n {tail}"));
    out.push(format!("{head}=\n{tail}"));
    out.push(format!("{head}=\r\n{tail}."));
    // Quoted in a reply, once and twice, and broken across two quoted lines.
    out.push(format!("> {link}"));
    out.push(format!(">> {head}\n>> {tail}"));
    out.push(format!("> {head}=\n> {tail}"));
    // Invisible characters put in to break a long word (zero-width space, soft hyphen, joiner).
    let (a, b) = link.split_at(link.len() / 2);
    for invisible in ['\u{200B}', '\u{AD}', '\u{2060}', '\u{FEFF}'] {
        out.push(format!("{a}{invisible}{b}"));
    }
    // A line broken right after the link's `r=`.
    if let Some((page, code)) = link.split_once("#r=") {
        out.push(format!("{page}#r=\n{code}"));
        out.push(format!("> {page}#r=\r\n> {code}"));
    }
    out
}

#[test]
fn punctuation_brackets_quotes_and_line_breaks_are_undone() {
    let q = default_q();
    for (link, v, a) in links(&q) {
        // The whole link as pasted, and the code alone as the page reads it after `#r=`.
        let code = link.split("#r=").nth(1).unwrap().to_string();
        for text in wrapped(&link).into_iter().chain(wrapped(&code)) {
            assert_eq!(decode(&q, &text), Ok((v, a.clone())), "{text:?}");
        }
    }
}

/// Answers whose link code ends in `c`, found by trying answer patterns.
fn ending_in(q: &Questionnaire, c: char) -> (String, VariantId, Answers) {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    for _ in 0..5_000 {
        // xorshift64: answer patterns enough for every last character to turn up.
        let raw: Vec<Option<u8>> = (0..30)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                Some((state % 5) as u8)
            })
            .collect();
        for v in VariantId::ALL {
            let a = answers(q, v, &raw);
            let code = to_link_code(&encode(q, v, &a));
            if code.ends_with(c) {
                return (code, v, a);
            }
        }
    }
    panic!("no code ends in {c}");
}

#[test]
fn a_last_dash_or_underscore_left_out_by_an_auto_linker_is_put_back() {
    let q = default_q();
    for c in ['-', '_'] {
        let (code, v, a) = ending_in(&q, c);
        let cut = &code[..code.len() - 1];
        assert_eq!(
            decode(&q, &format!("{PAGE}#r={cut}")),
            Ok((v, a.clone())),
            "{code}"
        );
        assert_eq!(
            decode(&q, &format!("{PAGE}#r={cut}.")),
            Ok((v, a)),
            "{code}"
        );
    }
}

#[test]
fn what_cannot_be_confirmed_is_named_not_guessed() {
    let q = default_q();
    for (link, _, _) in links(&q) {
        // Cut by more than a character: incomplete, whatever is added.
        let cut = &link[..link.len() - 3];
        let found = decode(&q, &format!("{cut}."));
        assert!(
            matches!(found, Err(E::WrongLength { found, expected }) if found < expected),
            "{cut}: {found:?}"
        );
        // A character changed: the checksum says so.
        let mut changed: Vec<char> = link.chars().collect();
        let i = changed.len() - 5;
        changed[i] = if changed[i] == 'A' { 'B' } else { 'A' };
        let changed: String = changed.into_iter().collect();
        assert!(decode(&q, &format!("<{changed}>")).is_err(), "{changed}");
        // Something inside the code that mail does not add: named with its position.
        let inside = format!("{}#{}", &link[..link.len() - 4], &link[link.len() - 4..]);
        assert!(decode(&q, &inside).is_err(), "{inside}");
    }
}

#[test]
fn invitation_links_are_undone_alike() {
    let q = default_q();
    let code = to_link_code(&encode_invitation(
        &q,
        VariantId::Quick,
        "Key Account Team Süd",
    ));
    let link = format!("{PAGE}#invite={code}");
    for text in wrapped(&link) {
        let inv = decode_invitation(&q, &text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"));
        assert_eq!(inv.label, "Key Account Team Süd");
    }
}
