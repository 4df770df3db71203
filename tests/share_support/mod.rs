//! Shared by the share-code tests: answer sets, their codes, and every form a user may bring back.
#![allow(dead_code)]

use seller_check::model::{
    encode, to_link_code, to_short_code, Answer, Answers, Item, Questionnaire, VariantId,
};

/// Answers to the items of `v`: `raw[i]` None = skipped, 19 "did not occur" where the item
/// offers it, otherwise reduced to a valid answer.
pub fn answers(q: &Questionnaire, v: VariantId, raw: &[Option<u8>]) -> Answers {
    let mut a = Answers::new();
    for (item, r) in q.variant_items(v).into_iter().zip(raw) {
        match (item, r) {
            (Item::Likert(l), Some(19)) if l.not_applicable => {
                a.set(item.id(), Answer::NotApplicable)
            }
            (Item::Likert(_), Some(r)) => a.set(item.id(), Answer::Scale(r % 5)),
            (Item::Scenario(s), Some(r)) => {
                a.set(item.id(), Answer::Choice(r % s.options.len() as u8))
            }
            _ => {}
        }
    }
    a
}

/// A few fixed answer sets per variant: nothing, all first, all last, a mix with skips.
pub fn samples(q: &Questionnaire) -> Vec<(VariantId, Answers, Vec<u8>)> {
    let sets: [&dyn Fn(usize) -> Option<u8>; 4] = [&|_| None, &|_| Some(0), &|_| Some(4), &|i| {
        (i % 7 != 3).then_some((i * 3 % 5) as u8)
    }];
    let mut out = Vec::new();
    for v in VariantId::ALL {
        for f in sets {
            let raw: Vec<Option<u8>> = (0..30).map(f).collect();
            let a = answers(q, v, &raw);
            let bytes = encode(q, v, &a);
            out.push((v, a, bytes));
        }
    }
    out
}

/// CRC-16/CCITT-FALSE written independently of the crate, to craft codes with a valid checksum.
pub fn crc16(bytes: &[u8]) -> [u8; 2] {
    let mut crc = 0xFFFFu16;
    for &b in bytes {
        for bit in (0..8).rev() {
            let top = (crc >> 15) ^ u16::from(b >> bit & 1);
            crc = (crc << 1) ^ if top == 1 { 0x1021 } else { 0 };
        }
    }
    crc.to_be_bytes()
}

pub fn resealed(mut bytes: Vec<u8>) -> Vec<u8> {
    let n = bytes.len() - 2;
    let crc = crc16(&bytes[..n]);
    bytes[n..].copy_from_slice(&crc);
    bytes
}

/// Every textual form of the bytes that a user may bring back.
pub fn forms(bytes: &[u8]) -> Vec<String> {
    let (link, short) = (to_link_code(bytes), to_short_code(bytes));
    vec![
        link.clone(),
        format!("https://example.com/check/?partner=acme#r={link}"),
        short.clone(),
        short.to_lowercase().replace('-', " "),
        short.replace('-', "").replace('1', "l").replace('0', "O"),
    ]
}
