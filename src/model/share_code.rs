//! The share code: a finished check's answers (never its scores) packed into checked bytes.
//!
//! Byte layout, format 1 (all multi-byte numbers big-endian):
//!
//! | bytes | content |
//! |---|---|
//! | 0 | high nibble: format (1 own answers, 2 an outside view); low nibble: variant (0 quick, 1 full), for format 2 plus the answerer's role times 2 |
//! | 1-2 | questionnaire id: FNV-1a 32 of the id's UTF-8, folded to 16 bits (hi ^ lo) |
//! | 3 | questionnaire version, low 8 bits |
//! | 4.. | one nibble per item of the variant, in variant order, high nibble first: 0 skipped, likert answer i as i+1, scenario option k as k+1, 15 not applicable (questionnaire version 2 on); an odd count is padded with a 0 nibble |
//! | last 2 | CRC-16/CCITT-FALSE of everything before |
//!
//! Format and variant share a byte so that the quick code is 12 bytes: 16 characters as a
//! link, 20 (five groups of four) as a short code. CRC-16 suffices: it catches every error
//! burst of up to 16 bits, so every single wrong character, and the code protects against
//! typing and copying mistakes, not against forgery (anyone can simply answer differently).

use super::code_bytes::crc16;
use super::code_bytes::{header, same_questionnaire, seal, HEADER};
use super::outside::{Role, INVITE_FORMAT};
use super::{Answer, Answers, Item, Perspective, Questionnaire, ShareCodeError, VariantId};

/// Format number written in the high nibble of the first byte: the seller's own answers.
pub const SHARE_FORMAT: u8 = 1;
/// Format of someone else's answers about the seller (outside view).
pub const OUTSIDE_FORMAT: u8 = 2;

/// Whose answers a code holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The seller's own.
    Own,
    /// Someone else's about the seller, in the role they gave.
    Outside(Role),
}

impl View {
    /// Own answers or an outside view.
    pub fn perspective(self) -> Perspective {
        match self {
            View::Own => Perspective::Own,
            View::Outside(_) => Perspective::Outside,
        }
    }
}

/// What a code holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// Whose answers.
    pub view: View,
    /// The variant answered.
    pub variant: VariantId,
    /// The answers.
    pub answers: Answers,
}

/// The bytes of a share code for `answers` to `variant`. Answers that do not fit their item,
/// and answers to items outside the variant, are left out, exactly as [`super::score`] does.
pub fn encode(q: &Questionnaire, variant: VariantId, answers: &Answers) -> Vec<u8> {
    encode_view(q, View::Own, variant, answers)
}

/// The bytes of a code for `answers` given from `view`; see [`encode`].
pub fn encode_view(
    q: &Questionnaire,
    view: View,
    variant: VariantId,
    answers: &Answers,
) -> Vec<u8> {
    let items = q.variant_items(variant);
    let mut bytes = header(q, view, variant);
    for pair in items.chunks(2) {
        let hi = nibble(pair[0], answers, view);
        let lo = pair.get(1).map_or(0, |it| nibble(it, answers, view));
        bytes.push(hi << 4 | lo);
    }
    seal(bytes)
}

/// The seller's own answers of `d`; an outside view is [`ShareCodeError::OutsideView`].
pub(super) fn own(d: Decoded) -> Result<(VariantId, Answers), ShareCodeError> {
    match d.view {
        View::Own => Ok((d.variant, d.answers)),
        View::Outside(_) => Err(ShareCodeError::OutsideView),
    }
}

/// Checks the bytes of a share code of the seller's own answers and reads them.
pub fn decode_bytes(q: &Questionnaire, b: &[u8]) -> Result<(VariantId, Answers), ShareCodeError> {
    own(decode_bytes_any(q, b)?)
}

/// Checks the bytes of a share code (own answers or an outside view) against `q` and reads
/// whose they are, the variant and the answers.
pub fn decode_bytes_any(q: &Questionnaire, b: &[u8]) -> Result<Decoded, ShareCodeError> {
    use ShareCodeError as E;
    let Some(&head) = b.first() else {
        return Err(E::Empty);
    };
    let low = head & 0x0F;
    let (view, variant) = match head >> 4 {
        SHARE_FORMAT => (Some(View::Own), (low < 2).then_some(low)),
        OUTSIDE_FORMAT => (
            Role::from_number(low >> 1).map(View::Outside),
            Some(low & 1),
        ),
        INVITE_FORMAT => return Err(E::Invitation),
        format => return Err(E::UnknownFormat(format)),
    };
    let variant = match (view, variant) {
        (Some(_), Some(0)) => Some(VariantId::Quick),
        (Some(_), Some(1)) => Some(VariantId::Full),
        _ => None,
    };
    let expected = variant.map(|v| code_len(q.variant_items(v).len()));
    let n = b.len();
    let crc_ok = n >= HEADER + 2 && crc16(&b[..n - 2]) == u16::from_be_bytes([b[n - 2], b[n - 1]]);
    if !crc_ok {
        // Lost or extra characters change the length; changed ones keep it.
        return Err(match expected {
            Some(expected) if expected != n => E::WrongLength { found: n, expected },
            None if n < HEADER + 2 => E::WrongLength {
                found: n,
                expected: HEADER + 2,
            },
            _ => E::Checksum,
        });
    }
    same_questionnaire(q, b)?;
    let (Some(view), Some(variant), Some(expected)) = (view, variant, expected) else {
        return Err(E::UnknownVariant(low));
    };
    if n != expected {
        return Err(E::WrongLength { found: n, expected });
    }
    let items = q.variant_items(variant);
    let nibble = |i: usize| b[HEADER + i / 2] >> (4 - 4 * (i % 2)) & 0x0F;
    // An odd count leaves a padding nibble, which must be 0.
    if items.len() % 2 == 1 && nibble(items.len()) != 0 {
        return Err(E::InvalidAnswer { index: items.len() });
    }
    let mut answers = Answers::new();
    for (index, item) in items.iter().enumerate() {
        let value = nibble(index);
        let answer = match item {
            _ if value == 0 => continue,
            _ if value == NOT_APPLICABLE => Answer::NotApplicable,
            Item::Likert(_) => Answer::Scale(value - 1),
            Item::Scenario(_) => Answer::Choice(value - 1),
        };
        let offered =
            answer != Answer::NotApplicable || item.offers_not_applicable(view.perspective());
        if !offered || !item.accepts(answer) {
            return Err(E::InvalidAnswer { index });
        }
        answers.set(item.id(), answer);
    }
    Ok(Decoded {
        view,
        variant,
        answers,
    })
}

/// Bytes of a code with `items` answers.
pub(super) fn code_len(items: usize) -> usize {
    HEADER + items.div_ceil(2) + 2
}

/// The nibble of [`Answer::NotApplicable`].
const NOT_APPLICABLE: u8 = 0x0F;

/// The nibble for `item`: 0 when unanswered or the answer does not fit (a not-applicable
/// answer the view does not offer for the item included).
fn nibble(item: &Item, answers: &Answers, view: View) -> u8 {
    match answers.valid_for(item) {
        Some(Answer::Scale(i) | Answer::Choice(i)) if i < NOT_APPLICABLE - 1 => i + 1,
        Some(Answer::NotApplicable) if item.offers_not_applicable(view.perspective()) => {
            NOT_APPLICABLE
        }
        _ => 0,
    }
}
