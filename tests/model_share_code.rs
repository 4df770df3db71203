//! Share codes: round trips in every textual form; other questionnaire, version and format,
//! impossible contents and the messages, each recognised as what it is.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;
mod share_support;

use model_support::{default_q, DEFAULT_JSON};
use proptest::prelude::*;
use seller_check::i18n::{share_errors::share_code_error, Lang};
use seller_check::model::{
    decode, decode_bytes, encode, to_link_code, to_short_code, Answers, Item, Perspective,
    Questionnaire, ShareCodeError as E, VariantId,
};
use share_support::{answers, crc16, forms, resealed, samples};

proptest! {
    #[test]
    fn round_trip_in_every_form(full in any::<bool>(), raw in prop::collection::vec(prop::option::of(0u8..20), 30)) {
        let q = default_q();
        let v = if full { VariantId::Full } else { VariantId::Quick };
        let a = answers(&q, v, &raw);
        let bytes = encode(&q, v, &a);
        prop_assert_eq!(decode_bytes(&q, &bytes), Ok((v, a.clone())));
        let link = format!("https://example.com/?r=x#r={}&lang=en", to_link_code(&bytes));
        for text in forms(&bytes).into_iter().chain([link]) {
            prop_assert_eq!(decode(&q, &text), Ok((v, a.clone())), "{}", text);
        }
    }

    #[test]
    fn any_text_decodes_without_panic_and_round_trips(text in ".{0,60}") {
        let q = default_q();
        if let Ok((v, a)) = decode(&q, &text) {
            prop_assert_eq!(decode_bytes(&q, &encode(&q, v, &a)), Ok((v, a)));
        }
    }
}

#[test]
fn crc_is_ccitt_false_and_matches_the_encoder() {
    assert_eq!(crc16(b"123456789"), 0x29B1u16.to_be_bytes());
    for (_, _, bytes) in samples(&default_q()) {
        assert_eq!(resealed(bytes.clone()), bytes);
    }
}

#[test]
fn layout_and_lengths() {
    let q = default_q();
    for (v, _, bytes) in samples(&q) {
        let (len, link, short) = match v {
            VariantId::Quick => (12, 16, 24),
            VariantId::Full => (21, 28, 42),
        };
        assert_eq!(bytes.len(), len);
        assert_eq!(bytes[0], 0x10 | u8::from(v == VariantId::Full));
        assert_eq!(bytes[3], 2, "version byte");
        assert_eq!(to_link_code(&bytes).len(), link);
        assert_eq!(to_short_code(&bytes).len(), short);
    }
}

/// The default questionnaire with another id or version.
fn other(id: &str, version: u32) -> Questionnaire {
    let json = DEFAULT_JSON
        .replacen("\"id\": \"seller-check\"", &format!("\"id\": \"{id}\""), 1)
        .replacen("\"version\": 2,", &format!("\"version\": {version},"), 1);
    let q = Questionnaire::from_json(&json).unwrap();
    assert_eq!((q.id.as_str(), q.version), (id, version));
    q
}

#[test]
fn other_questionnaire_version_and_format_are_named() {
    let q = default_q();
    let a = answers(&q, VariantId::Full, &[Some(1); 30]);
    let theirs = encode(&other("buyer-check", 2), VariantId::Full, &a);
    assert_eq!(
        decode(&q, &to_short_code(&theirs)),
        Err(E::OtherQuestionnaire)
    );
    let newer = encode(&other("seller-check", 3), VariantId::Quick, &a);
    let want = Err(E::OtherVersion {
        found: 3,
        expected: 2,
    });
    assert_eq!(decode(&q, &to_link_code(&newer)), want);
    let older = encode(&other("seller-check", 1), VariantId::Quick, &a);
    let want = Err(E::OtherVersion {
        found: 1,
        expected: 2,
    });
    assert_eq!(decode(&q, &to_link_code(&older)), want);
    let mine = encode(&q, VariantId::Quick, &a);
    // Formats 2 (outside view) and 3 (invitation) are tested in model_outside.rs.
    for format in (0..16u8).filter(|&f| !(1..=3).contains(&f)) {
        let mut future = mine.clone();
        future[0] = format << 4;
        assert_eq!(decode_bytes(&q, &future), Err(E::UnknownFormat(format)));
        // A later format may have any length and layout: the format is read first.
        future.truncate(3);
        let found = decode(&q, &format!("#r={}", to_link_code(&future)));
        assert!(matches!(found, Err(E::UnknownFormat(_))), "{found:?}");
    }
}

#[test]
fn sealed_but_impossible_contents_are_named() {
    let q = default_q();
    let none = encode(&q, VariantId::Full, &Answers::new());
    let mut variant = none.clone();
    variant[0] = 0x12;
    assert_eq!(
        decode_bytes(&q, &resealed(variant)),
        Err(E::UnknownVariant(2))
    );
    let items = q.variant_items(VariantId::Full);
    for (index, item) in items.iter().enumerate() {
        let first_bad = match item {
            Item::Likert(_) => 6,
            Item::Scenario(s) => s.options.len() as u8 + 1,
        };
        // 15 is "did not occur", valid where the item offers it.
        let offers = item.offers_not_applicable(Perspective::Own);
        for value in (first_bad..16).filter(|&v| v != 15 || !offers) {
            let mut bad = none.clone();
            bad[4 + index / 2] |= if index % 2 == 0 { value << 4 } else { value };
            let want = Err(E::InvalidAnswer { index });
            assert_eq!(
                decode_bytes(&q, &resealed(bad)),
                want,
                "item {index} = {value}"
            );
        }
    }
    let mut longer = none.clone();
    longer.insert(5, 0);
    let want = Err(E::WrongLength {
        found: 22,
        expected: 21,
    });
    assert_eq!(decode_bytes(&q, &resealed(longer)), want);
}

#[test]
fn empty_input_and_odd_spellings() {
    let q = default_q();
    for text in ["", "   \n", "#r=", "https://example.com/#r=  "] {
        assert_eq!(decode(&q, text), Err(E::Empty), "{text:?}");
    }
    let (_, a, bytes) = samples(&q).swap_remove(3);
    // Typed by hand: lower case, spaces, word-processor dashes, no dashes at all.
    let short = to_short_code(&bytes);
    for typed in [
        short.to_lowercase(),
        short.replace('-', "\u{2013}"),
        short.replace('-', ""),
    ] {
        assert_eq!(
            decode(&q, &typed),
            Ok((VariantId::Quick, a.clone())),
            "{typed}"
        );
    }
}

#[test]
fn every_error_has_a_distinct_message_in_both_languages() {
    let errors = [
        E::Empty,
        E::InvalidCharacter {
            position: 4,
            ch: '!',
        },
        E::WrongLength {
            found: 8,
            expected: 12,
        },
        E::WrongLength {
            found: 14,
            expected: 12,
        },
        E::Checksum,
        E::UnknownFormat(2),
        E::UnknownVariant(3),
        E::OtherQuestionnaire,
        E::OtherVersion {
            found: 2,
            expected: 1,
        },
        E::InvalidAnswer { index: 6 },
    ];
    for lang in Lang::ALL {
        let texts: Vec<String> = errors.iter().map(|e| share_code_error(lang, e)).collect();
        for (i, t) in texts.iter().enumerate() {
            assert!(t.len() > 20 && t.ends_with('.'), "{t}");
            assert!(!texts[..i].contains(t), "{t}");
        }
    }
    let de = share_code_error(
        Lang::De,
        &E::WrongLength {
            found: 8,
            expected: 12,
        },
    );
    assert!(de.contains("unvollständig"), "{de}");
    let en = share_code_error(Lang::En, &errors[1]);
    assert!(en.contains("\"!\" at position 5"), "{en}");
    let control = share_code_error(
        Lang::De,
        &E::InvalidCharacter {
            position: 0,
            ch: '\u{7}',
        },
    );
    assert!(control.contains("U+0007"), "{control}");
}
