//! The outside view: wording rules, invitation links (never answers), outside codes, and the
//! comparison of self-image and outside views (zero, symmetric, aggregated).
#![cfg(not(target_arch = "wasm32"))]

mod model_support;
mod share_support;

use model_support::{caught, consistent, default_q, fixture, parse, s};
use proptest::prelude::*;
use seller_check::model::{
    clean_label, compare, decode, decode_any, decode_bytes, decode_invitation, decode_outside,
    encode, encode_invitation, encode_view, score, to_link_code, to_short_code, Answers,
    ContentErrorKind as K, Item, Perspective, Role, ShareCodeError as E, VariantId, View,
    INVITE_FORMAT, LABEL_MAX_BYTES, NOTABLE_GAP,
};
use serde_json::json;
use share_support::answers;

fn variant(full: bool) -> VariantId {
    if full {
        VariantId::Full
    } else {
        VariantId::Quick
    }
}

fn raw_answers() -> impl Strategy<Value = Vec<Option<u8>>> {
    prop::collection::vec(prop::option::of(0u8..5), 30)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

proptest! {
    #[test]
    fn identical_answers_give_zero_gaps(full in any::<bool>(), raw in raw_answers()) {
        let q = default_q();
        let v = variant(full);
        let a = answers(&q, v, &raw);
        let own = score(&q, v, &a);
        let c = compare(&q, &own, std::slice::from_ref(&own));
        for g in c.dimensions.iter().flatten() {
            prop_assert_eq!(g.gap, 0.0);
        }
        prop_assert!(c.largest_gaps().is_empty());
        prop_assert_eq!(c.widest(), 0.0);
        let p = c.outside_position.unwrap();
        prop_assert_eq!(p.mean, own.position);
    }

    #[test]
    fn gaps_are_symmetric_in_sign(full in any::<bool>(), ra in raw_answers(), rb in raw_answers()) {
        let q = default_q();
        let v = variant(full);
        let (a, b) = (score(&q, v, &answers(&q, v, &ra)), score(&q, v, &answers(&q, v, &rb)));
        let ab = compare(&q, &a, std::slice::from_ref(&b));
        let ba = compare(&q, &b, std::slice::from_ref(&a));
        prop_assert_eq!(ab.dimensions.len(), ba.dimensions.len());
        for (x, y) in ab.dimensions.iter().zip(&ba.dimensions) {
            match (x, y) {
                (Some(x), Some(y)) => prop_assert!(close(x.gap, -y.gap), "{} vs {}", x.gap, y.gap),
                (None, None) => {}
                _ => prop_assert!(false, "a dimension is scored on one side only"),
            }
        }
        let named: Vec<usize> = ab.largest_gaps().iter().map(|g| g.dimension).collect();
        let back: Vec<usize> = ba.largest_gaps().iter().map(|g| g.dimension).collect();
        prop_assert_eq!(named, back);
    }

    #[test]
    fn several_outside_views_aggregate_to_mean_and_range(
        own in raw_answers(),
        others in prop::collection::vec(raw_answers(), 1..5),
    ) {
        let q = default_q();
        let v = VariantId::Full;
        let own = score(&q, v, &answers(&q, v, &own));
        let outside: Vec<_> = others.iter().map(|r| score(&q, v, &answers(&q, v, r))).collect();
        let c = compare(&q, &own, &outside);
        for (d, g) in c.dimensions.iter().enumerate() {
            let values: Vec<f64> = outside.iter().filter_map(|s| s.dimensions[d]).collect();
            let Some(g) = g else {
                prop_assert!(values.is_empty() || own.dimensions[d].is_none());
                continue;
            };
            let mean = values.iter().sum::<f64>() / values.len() as f64;
            prop_assert_eq!(g.outside.count, values.len());
            prop_assert!(close(g.outside.mean, mean));
            prop_assert!(close(g.gap, mean - own.dimensions[d].unwrap()));
            prop_assert_eq!(g.outside.min, values.iter().copied().fold(f64::INFINITY, f64::min));
            prop_assert_eq!(g.outside.max, values.iter().copied().fold(f64::NEG_INFINITY, f64::max));
            prop_assert!(g.outside.min <= g.outside.mean && g.outside.mean <= g.outside.max);
        }
        let p = c.outside_position.unwrap();
        let positions: Vec<f64> = outside.iter().map(|s| s.position).collect();
        prop_assert!(close(p.mean, positions.iter().sum::<f64>() / positions.len() as f64));
        prop_assert_eq!(p.count, outside.len());
    }

    #[test]
    fn invitation_never_holds_answers(full in any::<bool>(), raw in raw_answers(), label in "\\PC{0,50}") {
        let q = default_q();
        let v = variant(full);
        let a = answers(&q, v, &raw);
        // The seller's answers exist, but the invitation is made from variant and label only.
        let bytes = encode_invitation(&q, v, &label);
        let cleaned = clean_label(&label);
        // Exactly: format and variant, id hash, version, the label, checksum.
        prop_assert_eq!(bytes.len(), 4 + cleaned.len() + 2);
        prop_assert_eq!(bytes[0] >> 4, INVITE_FORMAT);
        prop_assert_eq!(&bytes[4..bytes.len() - 2], cleaned.as_bytes());
        let link = format!("https://example.com/check/#invite={}", to_link_code(&bytes));
        let inv = decode_invitation(&q, &link).unwrap();
        prop_assert_eq!(inv.variant, v);
        prop_assert_eq!(&inv.label, &cleaned);
        // No way to read answers out of it.
        prop_assert_eq!(decode_any(&q, &to_link_code(&bytes)), Err(E::Invitation));
        let own_code = to_link_code(&encode(&q, v, &a));
        prop_assert!(!link.contains(&own_code[4..own_code.len() - 3]));
    }

    #[test]
    fn outside_codes_round_trip_with_role(full in any::<bool>(), raw in raw_answers(), role in 0u8..4) {
        let q = default_q();
        let v = variant(full);
        let a = answers(&q, v, &raw);
        let role = Role::from_number(role).unwrap();
        let bytes = encode_view(&q, View::Outside(role), v, &a);
        prop_assert_eq!(bytes.len(), encode(&q, v, &a).len());
        for text in [to_short_code(&bytes), to_link_code(&bytes)] {
            prop_assert_eq!(decode_outside(&q, &text), Ok((role, v, a.clone())));
            // Never mistaken for the seller's own answers, nor the other way round.
            prop_assert_eq!(decode(&q, &text), Err(E::OutsideView));
        }
        prop_assert_eq!(decode_bytes(&q, &bytes), Err(E::OutsideView));
        prop_assert_eq!(decode_outside(&q, &to_short_code(&encode(&q, v, &a))), Err(E::OwnView));
    }
}

#[test]
fn damaged_invitations_are_refused_with_a_reason() {
    let q = default_q();
    let bytes = encode_invitation(&q, VariantId::Quick, "Anna");
    let code = to_link_code(&bytes);
    assert_eq!(
        decode_invitation(&q, &format!("#invite={code}")).map(|i| i.label),
        Ok(s("Anna"))
    );
    assert_eq!(decode_invitation(&q, "#invite="), Err(E::Empty));
    assert!(matches!(
        decode_invitation(&q, &format!("#invite={}", &code[..4])),
        Err(E::WrongLength { .. })
    ));
    for i in 0..bytes.len() {
        let mut bad = bytes.clone();
        bad[i] ^= 0x21;
        assert!(
            decode_invitation(&q, &to_link_code(&bad)).is_err(),
            "byte {i}"
        );
    }
    // Resealed with a control character in the name: the label is refused.
    let mut forged = bytes[..bytes.len() - 2].to_vec();
    forged.push(0x07);
    let crc = share_support::crc16(&forged);
    forged.extend_from_slice(&crc);
    assert_eq!(
        decode_invitation(&q, &to_link_code(&forged)),
        Err(E::InvalidLabel)
    );
}

#[test]
fn labels_are_cleaned_and_cut_at_a_character_boundary() {
    assert_eq!(clean_label("  Anna  "), "Anna");
    assert_eq!(clean_label("An\u{7}na\n"), "Anna");
    let long = "Ä".repeat(30);
    let cut = clean_label(&long);
    assert!(cut.len() <= LABEL_MAX_BYTES && cut.chars().all(|c| c == 'Ä'));
    assert_eq!(cut.chars().count(), LABEL_MAX_BYTES / 2);
}

#[test]
fn a_known_gap_is_named_first_with_its_direction() {
    let q = default_q();
    let v = VariantId::Full;
    // The seller answers as a partner everywhere; the outside view agrees except on
    // leadership, where it answers as a Briefträger.
    let own = consistent(&q, v, true, 5000);
    let briefträger = consistent(&q, v, false, 5000);
    let mut theirs = Answers::new();
    for item in q.variant_items(v) {
        let lead = item.dimensions().contains(&"leadership");
        let from = if lead { &briefträger } else { &own };
        if let Some(a) = from.get(item.id()) {
            theirs.record(item.id(), a, 5000);
        }
    }
    let (own, theirs) = (score(&q, v, &own), score(&q, v, &theirs));
    let c = compare(&q, &own, &[theirs]);
    let gaps = c.largest_gaps();
    let lead = q
        .dimensions
        .iter()
        .position(|d| d.id == "leadership")
        .unwrap();
    assert_eq!(gaps[0].dimension, lead);
    assert!(gaps[0].gap <= -NOTABLE_GAP, "{}", gaps[0].gap);
    assert!(c.outside_position.unwrap().mean < c.own_position);
}

#[test]
fn outside_wording_is_required_only_when_enabled() {
    // The fixture has no outside wording and is valid while the mode is off.
    assert!(parse(&fixture()).is_ok());
    let on = |v: &mut serde_json::Value| v["outside_view"] = json!(true);
    caught(on, "items[0].outside_text", K::MissingOutside);
    caught(on, "items[8].outside_situation", K::MissingOutside);
    caught(on, "items[8].outside_text", K::MissingOutside);
    caught(on, "items[8].options[2].outside_text", K::MissingOutside);
    caught(on, "dimensions[1].gap", K::MissingOutside);
    // Present but incomplete wording is caught either way.
    caught(
        |v| v["items"][3]["outside_text"] = json!({"de": "Sie/Er wartet."}),
        "items[3].outside_text.en",
        K::MissingText { lang: s("en") },
    );
    let mut v = fixture();
    v["dimensions"][0]["gap"] = json!({"self_higher": {"de": "a", "en": "b"}});
    let errors = parse(&v).unwrap_err();
    assert!(errors.iter().any(|e| e.path == "dimensions[0].gap"
        && matches!(&e.kind, K::MissingField { field, .. } if field == "outside_higher")));
}

#[test]
fn the_default_questionnaire_has_outside_wording_for_everything() {
    let q = default_q();
    assert!(q.outside_view);
    for item in &q.items {
        for lang in ["de", "en"] {
            let own = item.text_for(Perspective::Own).get(lang).unwrap();
            let outside = item.text_for(Perspective::Outside).get(lang).unwrap();
            assert_ne!(own, outside, "{} {lang}", item.id());
            if let Item::Scenario(sc) = item {
                assert_ne!(
                    sc.situation_for(Perspective::Outside).get(lang),
                    sc.situation_for(Perspective::Own).get(lang)
                );
                for o in &sc.options {
                    assert_ne!(
                        o.text_for(Perspective::Outside).get(lang),
                        o.text_for(Perspective::Own).get(lang)
                    );
                }
            }
        }
        // German outside wording speaks about the seller, never as "ich".
        let de = item.text_for(Perspective::Outside).get("de").unwrap();
        assert!(!de.starts_with("Ich "), "{de}");
    }
    assert!(q.dimensions.iter().all(|d| d.gap.is_some()));
}

#[test]
fn workshop_pairs_attach_outside_views_to_the_code_above() {
    use seller_check::model::Group;
    let q = default_q();
    let v = VariantId::Quick;
    let partner = consistent(&q, v, true, 5000);
    let briefträger = consistent(&q, v, false, 5000);
    let own_a = to_short_code(&encode(&q, v, &partner));
    let own_b = to_link_code(&encode(&q, v, &briefträger));
    let about_a = to_short_code(&encode_view(
        &q,
        View::Outside(Role::Manager),
        v,
        &briefträger,
    ));
    let about_b = to_short_code(&encode_view(&q, View::Outside(Role::Customer), v, &partner));
    let text = [
        about_a.as_str(), // line 1: nobody above
        &own_a,
        &about_a,
        &own_b,
        &about_b,
        &own_a, // line 6: a repeat of A; what follows is about A again
        &about_b,
    ]
    .join("\n");
    let g = Group::parse(&q, &text);
    assert_eq!(g.participants.len(), 2);
    assert_eq!(g.invalid.len(), 1);
    assert_eq!((g.invalid[0].line, g.invalid[0].error), (1, E::Unpaired));
    assert_eq!(g.duplicates.len(), 2, "{:?}", g.duplicates);
    let lines = |p: usize| {
        g.participants[p]
            .outside
            .iter()
            .map(|o| o.line)
            .collect::<Vec<_>>()
    };
    assert_eq!(lines(0), vec![3]);
    assert_eq!(lines(1), vec![5]);
    // Outside views never count as participants: the group is the two sellers.
    let stats = g.stats(&q);
    assert_eq!(stats.positions.len(), 2);
    let c = compare(
        &q,
        &g.participants[0].score,
        &[g.participants[0].outside[0].score.clone()],
    );
    assert!(close(c.outside_position.unwrap().mean, 0.0));
    assert!(close(c.own_position, 100.0));
}
