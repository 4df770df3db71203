//! The JSON reader on random and mutated text: it never panics and agrees with serde_json.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{fixture_q, same_json, DEFAULT_JSON};
use proptest::prelude::*;
use seller_check::model::json::{parse, write_string, write_uint, MAX_DEPTH};
use seller_check::model::{Answer, ContentErrorKind, Questionnaire, Session, VariantId};

/// Characters that matter to JSON, plus a few that must be refused or taken as they are.
const ALPHABET: &[char] = &[
    '{', '}', '[', ']', '"', ':', ',', ' ', '\n', '\t', '\\', '/', '0', '1', '9', '-', '+', '.',
    'e', 'E', 't', 'r', 'u', 'f', 'a', 'l', 's', 'n', 'b', 'd', 'D', '8', 'c', '\u{0}', '\u{1f}',
    '\u{7f}', 'ä', '😀', '\u{feff}',
];

fn json_ish(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..max)
        .prop_map(|cs| cs.into_iter().collect())
}

/// One edit: at a relative position, delete a character or insert / replace one.
#[derive(Clone, Debug)]
enum Edit {
    Delete(f64),
    Insert(f64, char),
    Replace(f64, char),
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let ch = prop::sample::select(ALPHABET);
    let edit = prop_oneof![
        (0.0..1.0).prop_map(Edit::Delete),
        (0.0..1.0, ch.clone()).prop_map(|(p, c)| Edit::Insert(p, c)),
        (0.0..1.0, ch).prop_map(|(p, c)| Edit::Replace(p, c)),
    ];
    prop::collection::vec(edit, 1..4)
}

fn mutate(src: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = src.chars().collect();
    for e in edits {
        let at = |p: f64| ((p * chars.len() as f64) as usize).min(chars.len().saturating_sub(1));
        match *e {
            Edit::Delete(p) if !chars.is_empty() => {
                let i = at(p);
                chars.remove(i);
            }
            Edit::Insert(p, c) => {
                let i = at(p);
                chars.insert(i, c);
            }
            Edit::Replace(p, c) if !chars.is_empty() => {
                let i = at(p);
                chars[i] = c;
            }
            _ => {}
        }
    }
    chars.into_iter().collect()
}

/// Our reader and serde_json accept the same texts and read the same data from them.
fn agrees_with_serde_json(src: &str) -> Result<(), TestCaseError> {
    let theirs = serde_json::from_str::<serde_json::Value>(src);
    match (parse(src), theirs) {
        (Ok(ours), Ok(theirs)) => prop_assert!(same_json(&ours, &theirs), "{src:?}"),
        (Err(_), Err(_)) => {}
        (ours, theirs) => prop_assert!(false, "{src:?}: ours {ours:?}, serde_json {theirs:?}"),
    }
    Ok(())
}

/// A questionnaire result is either valid or comes with at least one reason.
fn reads_or_explains(src: &str) -> Result<(), TestCaseError> {
    match Questionnaire::from_json(src) {
        Ok(_) => {}
        Err(errors) => {
            prop_assert!(!errors.is_empty());
            let syntax = matches!(errors[0].kind, ContentErrorKind::Syntax { .. });
            prop_assert_eq!(syntax, parse(src).is_err());
        }
    }
    Ok(())
}

/// Any JSON value serde_json can write, nested a few levels.
fn documents() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as V;
    let leaf = prop_oneof![
        Just(V::Null),
        any::<bool>().prop_map(V::Bool),
        any::<i64>().prop_map(V::from),
        any::<u64>().prop_map(V::from),
        any::<f64>().prop_map(V::from),
        any::<String>().prop_map(V::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(V::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..8)
                .prop_map(|m| V::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn documents_written_by_serde_json(doc in documents(), pretty in any::<bool>()) {
        let src = if pretty {
            serde_json::to_string_pretty(&doc).unwrap()
        } else {
            serde_json::to_string(&doc).unwrap()
        };
        let ours = parse(&src);
        prop_assert!(ours.as_ref().is_ok_and(|n| same_json(n, &doc)), "{src:?}: {ours:?}");
    }

    #[test]
    fn random_json_ish_text(src in json_ish(120)) {
        let opens = src.chars().filter(|c| matches!(c, '[' | '{')).count();
        if opens <= MAX_DEPTH {
            agrees_with_serde_json(&src)?;
        } else {
            let _ = parse(&src);
        }
        reads_or_explains(&src)?;
        let q = fixture_q();
        let _ = Session::restore(&src, &q);
    }

    #[test]
    fn any_text_never_panics(src in any::<String>()) {
        let _ = parse(&src);
        reads_or_explains(&src)?;
        let _ = Session::restore(&src, &fixture_q());
    }

    #[test]
    fn mutated_shipped_file(edits in edits()) {
        let src = mutate(DEFAULT_JSON, &edits);
        agrees_with_serde_json(&src)?;
        reads_or_explains(&src)?;
    }

    #[test]
    fn mutated_stored_session(edits in edits(), full in any::<bool>()) {
        let q = fixture_q();
        let variant = if full { VariantId::Full } else { VariantId::Quick };
        let mut s = Session::new(&q, variant);
        s.answers.record("lead-a", Answer::Scale(2), 900);
        s.answers.record("sc-1", Answer::Choice(1), 4_000);
        let src = mutate(&s.to_json(), &edits);
        agrees_with_serde_json(&src)?;
        if let Ok(r) = Session::restore(&src, &q) {
            prop_assert!(r.index < q.variant_items(r.variant).len());
        }
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them(s in any::<String>(), n in any::<u64>()) {
        let mut out = String::new();
        write_string(&mut out, &s);
        prop_assert_eq!(&out, &serde_json::to_string(&s).unwrap());
        let back = parse(&out).unwrap();
        prop_assert_eq!(back.value.as_str(), Some(s.as_str()));
        let mut num = String::new();
        write_uint(&mut num, n);
        prop_assert_eq!(num, n.to_string());
    }

    #[test]
    fn sessions_round_trip(
        full in any::<bool>(),
        raw in prop::collection::vec((0usize..9, 0u8..5, any::<u32>()), 0..12),
        index in 0usize..5,
        finished in any::<bool>(),
    ) {
        let q = fixture_q();
        let variant = if full { VariantId::Full } else { VariantId::Quick };
        let mut s = Session::new(&q, variant);
        for (i, a, ms) in raw {
            let item = &q.items[i];
            let answer = if i < 8 { Answer::Scale(a) } else { Answer::Choice(a % 3) };
            s.answers.record(item.id(), answer, ms);
        }
        s.index = index;
        s.finished = finished;
        prop_assert_eq!(Session::restore(&s.to_json(), &q), Ok(s));
    }
}
