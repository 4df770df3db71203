//! The outside view: who answers about the seller, and the invitation link that asks them to.
//!
//! Invitation bytes, format 3 (checked like a share code, never holding answers):
//!
//! | bytes | content |
//! |---|---|
//! | 0 | high nibble: format (3); low nibble: variant (0 quick, 1 full) |
//! | 1-2 | questionnaire id hash, as in the share code |
//! | 3 | questionnaire version, low 8 bits |
//! | 4.. | the seller's first name or label, UTF-8, at most [`LABEL_MAX_BYTES`] |
//! | last 2 | CRC-16/CCITT-FALSE of everything before |

use super::code_bytes::{crc16, header, same_questionnaire, seal, HEADER};
use super::share_text::{read_text, Form, Tail};
use super::{decode_any, encode_view, Answers, Decoded, View};
use super::{Questionnaire, ShareCodeError, VariantId};

/// Format number of an invitation.
pub const INVITE_FORMAT: u8 = 3;
/// Longest label an invitation carries, in UTF-8 bytes.
pub const LABEL_MAX_BYTES: usize = 40;

/// How the person giving an outside view knows the seller.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Role {
    /// Not said.
    #[default]
    Unsaid,
    /// Their manager.
    Manager,
    /// A colleague.
    Colleague,
    /// A customer.
    Customer,
}

impl Role {
    /// Every role, in the order offered.
    pub const ALL: [Role; 4] = [Role::Manager, Role::Colleague, Role::Customer, Role::Unsaid];

    /// The number stored in a code (0–3).
    pub fn number(self) -> u8 {
        match self {
            Role::Unsaid => 0,
            Role::Manager => 1,
            Role::Colleague => 2,
            Role::Customer => 3,
        }
    }

    /// The role stored as `n`, if any.
    pub fn from_number(n: u8) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.number() == n)
    }
}

/// What an invitation link carries: the questionnaire (checked), the variant and a label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    /// The variant the outside person answers (the seller's own).
    pub variant: VariantId,
    /// The seller's first name or label, as they typed it (cleaned).
    pub label: String,
}

/// `label` trimmed, without control characters, cut to [`LABEL_MAX_BYTES`] at a character boundary.
pub fn clean_label(label: &str) -> String {
    let mut out = String::new();
    for ch in label.trim().chars().filter(|c| !c.is_control()) {
        if out.len() + ch.len_utf8() > LABEL_MAX_BYTES {
            break;
        }
        out.push(ch);
    }
    out.trim_end().to_string()
}

/// The bytes of an invitation to answer `variant` about the person called `label`.
pub fn encode_invitation(q: &Questionnaire, variant: VariantId, label: &str) -> Vec<u8> {
    let mut bytes = header(q, View::Own, variant);
    bytes[0] = INVITE_FORMAT << 4 | (bytes[0] & 0x0F);
    bytes.extend_from_slice(clean_label(label).as_bytes());
    seal(bytes)
}

/// Reads an invitation for `q` from a link (`…#invite=<code>`) or a bare link code.
pub fn decode_invitation(q: &Questionnaire, text: &str) -> Result<Invitation, ShareCodeError> {
    use ShareCodeError as E;
    let (code, _, _) = read_text(text, "invite=")?;
    let unpacked = Form::Link.unpack(&code)?;
    let b = unpacked.bytes;
    let n = b.len();
    let min = HEADER + 2;
    if n < min || unpacked.tail == Tail::Extra {
        return Err(E::WrongLength {
            found: n,
            expected: min,
        });
    }
    if unpacked.tail == Tail::Dirty
        || crc16(&b[..n - 2]) != u16::from_be_bytes([b[n - 2], b[n - 1]])
    {
        return Err(E::Checksum);
    }
    if b[0] >> 4 != INVITE_FORMAT {
        return Err(E::UnknownFormat(b[0] >> 4));
    }
    same_questionnaire(q, &b)?;
    let variant = match b[0] & 0x0F {
        0 => VariantId::Quick,
        1 => VariantId::Full,
        other => return Err(E::UnknownVariant(other)),
    };
    let label = std::str::from_utf8(&b[HEADER..n - 2]).map_err(|_| E::InvalidLabel)?;
    if label.len() > LABEL_MAX_BYTES || clean_label(label) != label {
        return Err(E::InvalidLabel);
    }
    Ok(Invitation {
        variant,
        label: label.to_string(),
    })
}

/// Reads an outside view; the seller's own answers are [`ShareCodeError::OwnView`].
pub fn decode_outside(
    q: &Questionnaire,
    text: &str,
) -> Result<(Role, VariantId, Answers), ShareCodeError> {
    match decode_any(q, text)? {
        Decoded {
            view: View::Outside(role),
            variant,
            answers,
        } => Ok((role, variant, answers)),
        _ => Err(ShareCodeError::OwnView),
    }
}

/// The canonical link code of an outside view pasted in any form.
pub fn outside_link_code(q: &Questionnaire, text: &str) -> Result<String, ShareCodeError> {
    let (role, variant, answers) = decode_outside(q, text)?;
    Ok(super::to_link_code(&encode_view(
        q,
        View::Outside(role),
        variant,
        &answers,
    )))
}
