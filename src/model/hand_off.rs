//! Handing a result on to the consultancy: the call-to-action link filled from a template,
//! and `mailto:` links (RFC 6068).

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What JavaScript's `encodeURIComponent` encodes: every byte but `A-Z a-z 0-9 - _ . ! ~ * ' ( )`
/// (ECMA-262, "encodeURIComponent"). UTF-8 bytes of non-ASCII text are encoded one by one,
/// so `ü` becomes `%C3%BC`. All of RFC 3986's reserved characters are encoded, so a value can
/// never end a query parameter, start a fragment or change a link's scheme.
const URI_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// What an address in a `mailto:` link leaves as it is: RFC 6068's `qchar` outside `hfields`
/// (unreserved characters and `some-delims`, which include `@`); anything else is encoded.
const MAIL_ADDRESS: &AsciiSet = &URI_COMPONENT
    .remove(b'$')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b':')
    .remove(b'@');

/// The schemes a call-to-action may use, lower case, matched case-insensitively (RFC 3986 3.1).
const ALLOWED_SCHEMES: [&str; 3] = ["http://", "https://", "mailto:"];

/// The result that is handed on: the values a call-to-action template may name.
///
/// Values are written as given: the ranges below are what the scoring produces, not checked here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HandOff<'a> {
    /// 1-based number of the stage reached, `1..=5`; fills `{stage}`.
    pub stage: usize,
    /// The stage's name in the visitor's language; fills `{stage_name}`.
    pub stage_name: &'a str,
    /// Position on the spectrum, `0..=100`; fills `{position}`.
    pub position: u8,
    /// `(dimension id, score 0..=100)` pairs in questionnaire order; fills `{dimensions}` as
    /// `id:score` joined by `,` (e.g. `fuehrung:62,bedarf:40`), encoded as one value.
    pub dimensions: &'a [(&'a str, u8)],
    /// The variant taken, `"quick"` or `"full"`; fills `{variant}`.
    pub variant: &'a str,
    /// The visitor's language, `"de"` or `"en"`; fills `{lang}`.
    pub lang: &'a str,
    /// The link that opens this result; fills `{link}`.
    pub link: &'a str,
}

/// Why a call-to-action template is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandOffError {
    /// The template is empty or only whitespace.
    Empty,
    /// The template does not start with `http://`, `https://` or `mailto:` (after trimming ASCII
    /// whitespace, case-insensitive): e.g. `javascript:`, `data:`, `vbscript:`, a leading control
    /// character, whitespace inside the scheme, `//host` or a relative path.
    Scheme,
}

/// Fills a call-to-action template: each of `{stage}`, `{stage_name}`, `{position}`,
/// `{dimensions}`, `{variant}`, `{lang}` and `{link}` is replaced by its value percent-encoded
/// as a URI component (as `encodeURIComponent` does); any other `{name}` stays as it is.
///
/// The template is trimmed of ASCII whitespace, and its scheme is checked before filling (values
/// are encoded, so none can change it).
///
/// # Errors
/// [`HandOffError::Empty`] for an empty template, [`HandOffError::Scheme`] for one that is not
/// an `http://`, `https://` or `mailto:` link.
pub fn fill_template(template: &str, values: &HandOff) -> Result<String, HandOffError> {
    let template = template.trim_ascii();
    if template.is_empty() {
        return Err(HandOffError::Empty);
    }
    let allowed = ALLOWED_SCHEMES.iter().any(|scheme| {
        template
            .get(..scheme.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(scheme))
    });
    if !allowed {
        return Err(HandOffError::Scheme);
    }
    let mut out = String::with_capacity(template.len() + values.link.len() * 2);
    let mut rest = template;
    // One left-to-right pass, so a filled value is never searched for placeholders again.
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let filled = rest
            .find('}')
            .and_then(|close| Some((value_of(&rest[1..close], values)?, close)));
        match filled {
            Some((value, close)) => {
                out.extend(utf8_percent_encode(&value, URI_COMPONENT));
                rest = &rest[close + 1..];
            }
            None => {
                out.push('{');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// The plain (not yet encoded) value of a placeholder name, `None` for names this does not know.
fn value_of(name: &str, v: &HandOff) -> Option<String> {
    Some(match name {
        "stage" => v.stage.to_string(),
        "stage_name" => v.stage_name.to_owned(),
        "position" => v.position.to_string(),
        "dimensions" => v
            .dimensions
            .iter()
            .map(|(id, score)| format!("{id}:{score}"))
            .collect::<Vec<_>>()
            .join(","),
        "variant" => v.variant.to_owned(),
        "lang" => v.lang.to_owned(),
        "link" => v.link.to_owned(),
        _ => return None,
    })
}

/// A `mailto:` link (RFC 6068): `mailto:<to>?subject=<subject>&body=<body>`.
///
/// `to` is left out (the visitor types an address) when it is `None`, empty, or contains `?`,
/// `&`, `#`, whitespace or a control character, which could smuggle in further header fields;
/// otherwise it is encoded where RFC 6068 requires (e.g. `%` as `%25`), `@` kept.
/// `subject` and `body` are encoded as URI components (space as `%20`). Line breaks in the body
/// (`\n`, `\r\n` or `\r`) become `%0D%0A` (RFC 6068 section 5); in the subject, a header line,
/// they become spaces.
pub fn mail_link(to: Option<&str>, subject: &str, body: &str) -> String {
    let to = to.map(str::trim_ascii).filter(|to| {
        !to.is_empty()
            && !to
                .chars()
                .any(|c| matches!(c, '?' | '&' | '#') || c.is_whitespace() || c.is_control())
    });
    let subject = line_breaks(subject, " ");
    let body = line_breaks(body, "\r\n");
    let mut out = String::from("mailto:");
    if let Some(to) = to {
        out.extend(utf8_percent_encode(to, MAIL_ADDRESS));
    }
    out.push_str("?subject=");
    out.extend(utf8_percent_encode(&subject, URI_COMPONENT));
    out.push_str("&body=");
    out.extend(utf8_percent_encode(&body, URI_COMPONENT));
    out
}

/// `text` with each line break (`\r\n`, `\n` or a lone `\r`) replaced by `with`.
fn line_breaks(text: &str, with: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', with)
}
