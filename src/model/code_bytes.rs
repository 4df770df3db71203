//! The checked bytes every code shares: a header naming format, variant and questionnaire,
//! and a CRC-16 at the end (share codes, outside views and invitations alike).

use super::{Questionnaire, ShareCodeError, VariantId, View, OUTSIDE_FORMAT, SHARE_FORMAT};

/// Bytes before the answers: format and variant, id hash (2), version.
pub(super) const HEADER: usize = 4;

/// The first four bytes: format and variant (and role), id hash, version.
pub(super) fn header(q: &Questionnaire, view: View, variant: VariantId) -> Vec<u8> {
    let v = match variant {
        VariantId::Quick => 0,
        VariantId::Full => 1,
    };
    let mut bytes = Vec::with_capacity(HEADER + 20);
    bytes.push(match view {
        View::Own => SHARE_FORMAT << 4 | v,
        View::Outside(role) => OUTSIDE_FORMAT << 4 | role.number() << 1 | v,
    });
    bytes.extend_from_slice(&id_hash(&q.id).to_be_bytes());
    bytes.push(q.version as u8);
    bytes
}

/// Appends the checksum.
pub(super) fn seal(mut bytes: Vec<u8>) -> Vec<u8> {
    let crc = crc16(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    bytes
}

/// Checks bytes 1–3 (at least four bytes): the questionnaire's id hash and version.
pub(super) fn same_questionnaire(q: &Questionnaire, b: &[u8]) -> Result<(), ShareCodeError> {
    if u16::from_be_bytes([b[1], b[2]]) != id_hash(&q.id) {
        return Err(ShareCodeError::OtherQuestionnaire);
    }
    if b[3] != q.version as u8 {
        return Err(ShareCodeError::OtherVersion {
            found: u32::from(b[3]),
            expected: q.version,
        });
    }
    Ok(())
}

/// FNV-1a 32 of the id, folded to 16 bits.
pub(super) fn id_hash(id: &str) -> u16 {
    let mut h: u32 = 0x811C_9DC5;
    for &byte in id.as_bytes() {
        h = (h ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    ((h >> 16) ^ (h & 0xFFFF)) as u16
}

/// CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, no reflection, no final xor.
pub(super) fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &byte in bytes {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                crc << 1 ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}
