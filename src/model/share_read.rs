//! Reading a share code out of what a visitor pastes or opens: a bare code in either form, a
//! whole link, or a link that mail and chat clients damaged (issue 17, item 7); the checksum
//! decides between the readings.

use super::share_code::{code_len, decode_bytes_any, own, Decoded};
use super::share_text::{read_text, Form, Tail, Unpacked};
use super::{Answers, Questionnaire, ShareCodeError, VariantId};

/// Reads the seller's own answers; an outside view is [`ShareCodeError::OutsideView`].
pub fn decode(q: &Questionnaire, text: &str) -> Result<(VariantId, Answers), ShareCodeError> {
    own(decode_any(q, text)?)
}

/// Reads a share code for `q` from `text`: a link code, a short code (any case, with or
/// without `-` and spaces, I/L read as 1 and O as 0), or a whole link or fragment with `r=`.
pub fn decode_any(q: &Questionnaire, text: &str) -> Result<Decoded, ShareCodeError> {
    let (code, guess, in_link) = read_text(text, "r=")?;
    let code = code.as_str();
    let primary = attempt(q, code, guess);
    let Err(error) = primary else {
        return primary;
    };
    // Auto-linkers leave a link's last character out when it is `-` or `_`: put either back
    // and let the checksum decide.
    if guess == Form::Link
        && matches!(
            error,
            ShareCodeError::WrongLength { .. } | ShareCodeError::Checksum
        )
    {
        for last in ['-', '_'] {
            if let Ok(found) = attempt(q, &format!("{code}{last}"), Form::Link) {
                return Ok(found);
            }
        }
    }
    // Links always carry the link form.
    if in_link {
        return Err(error);
    }
    // The alphabets overlap, so the other form may be the right one after all; and when
    // this reading found the text foreign but the other got further, its error says more.
    let other = match guess {
        Form::Link => Form::Short,
        Form::Short => Form::Link,
    };
    match attempt(q, code, other) {
        Ok(found) => Ok(found),
        Err(ShareCodeError::Invitation) => Err(ShareCodeError::Invitation),
        Err(e) if foreign(&error) && !foreign(&e) => Err(e),
        Err(_) => Err(error),
    }
}

/// Errors that say the text is not in the form it was read in: a character outside the
/// alphabet, or a first byte naming no known format (what the other form's code gives).
fn foreign(e: &ShareCodeError) -> bool {
    matches!(
        e,
        ShareCodeError::InvalidCharacter { .. }
            | ShareCodeError::UnknownFormat(_)
            | ShareCodeError::Invitation
    )
}

/// Decodes `code` in one form and checks the bytes. Bits beyond the last byte must be zero
/// padding; they are judged only once the bytes are fine, so a cut-off code is called cut off.
fn attempt(q: &Questionnaire, code: &str, form: Form) -> Result<Decoded, ShareCodeError> {
    let Unpacked { bytes, tail } = form.unpack(code)?;
    if bytes.is_empty() {
        // Characters that make up no byte at all: a length problem, not an empty code.
        let expected = code_len(q.variant_items(VariantId::Quick).len());
        return Err(ShareCodeError::WrongLength { found: 0, expected });
    }
    let found = decode_bytes_any(q, &bytes)?;
    let n = bytes.len();
    match tail {
        Tail::Clean => Ok(found),
        Tail::Dirty => Err(ShareCodeError::Checksum),
        Tail::Extra => Err(ShareCodeError::WrongLength {
            found: n + 1,
            expected: n,
        }),
    }
}
