//! The hand-written JSON reader and writer: escapes, numbers, nesting, errors, truncation.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{fixture, DEFAULT_JSON};
use seller_check::model::json::{
    line_column, parse, write_string, write_uint, JsonErrorKind as K, Node, ObjectWriter, Value,
    MAX_DEPTH,
};

fn value(src: &str) -> Value {
    match parse(src) {
        Ok(node) => node.value,
        Err(e) => panic!("{src:?}: {e:?}"),
    }
}

fn fails(src: &str) -> K {
    match parse(src) {
        Ok(v) => panic!("{src:?} parsed as {v:?}"),
        Err(e) => e.kind,
    }
}

fn string(src: &str) -> String {
    match value(src) {
        Value::String(s) => s,
        other => panic!("{other:?}"),
    }
}

#[test]
fn string_escapes() {
    assert_eq!(string(r#""\"\\\/\b\f\n\r\t""#), "\"\\/\u{8}\u{c}\n\r\t");
    assert_eq!(string(r#""\u0041\u00e9\u00E9\u20ac""#), "Aéé€");
    assert_eq!(string(r#""a\u0000b""#), "a\u{0}b");
    assert_eq!(string("\"raw ä € 😀 \u{7f}\""), "raw ä € 😀 \u{7f}");
    assert_eq!(string(r#""""#), "");
    assert_eq!(fails(r#""\x""#), K::InvalidEscape);
    assert_eq!(fails(r#""\'""#), K::InvalidEscape);
    assert_eq!(fails(r#""\u12G4""#), K::InvalidUnicodeEscape);
    assert_eq!(fails(r#""\u12""#), K::InvalidUnicodeEscape);
    assert_eq!(fails("\"tab\there\""), K::ControlCharacter);
    assert_eq!(fails("\"line\nbreak\""), K::ControlCharacter);
    assert_eq!(fails("\"\u{1f}\""), K::ControlCharacter);
    assert_eq!(fails("'single'"), K::ExpectedValue);
}

#[test]
fn surrogate_pairs() {
    assert_eq!(string(r#""\ud83d\ude00""#), "😀");
    assert_eq!(string(r#""\uD834\uDD1E""#), "𝄞");
    assert_eq!(string(r#""\udbff\udfff""#), "\u{10ffff}");
    for lone in [
        r#""\ud83d""#,
        r#""\ud83d x""#,
        r#""\ud83d\u0041""#,
        r#""\ud83d\ud83d""#,
        r#""\ude00""#,
        r#""\ude00\ud83d""#,
    ] {
        assert_eq!(fails(lone), K::LoneSurrogate, "{lone}");
    }
    assert_eq!(fails(r#""\ud83d\n""#), K::LoneSurrogate);
    assert_eq!(fails(r#""\ud83d\"#), K::UnexpectedEnd);
    assert_eq!(fails(r#""\ud83d\""#), K::LoneSurrogate);
}

#[test]
fn numbers() {
    for (src, n) in [
        ("0", 0.0),
        ("-0", -0.0),
        ("7", 7.0),
        ("-12", -12.0),
        ("1.5", 1.5),
        ("-1.5e3", -1500.0),
        ("1E+2", 100.0),
        ("25e-2", 0.25),
        ("0.1", 0.1),
        ("1e-400", 0.0),
        ("1.7976931348623157e308", f64::MAX),
        ("18446744073709551616", 18_446_744_073_709_551_616.0),
    ] {
        assert_eq!(value(src), Value::Number(n), "{src}");
    }
    for bad in [
        "01", "-01", "00", "1.e3", "- 1", "--1", "1e+-2", "-a", "1.x", "1ex",
    ] {
        assert_eq!(fails(bad), K::InvalidNumber, "{bad}");
    }
    for not_a_number in ["+1", ".5"] {
        assert_eq!(fails(not_a_number), K::ExpectedValue, "{not_a_number}");
    }
    assert_eq!(fails("0x10"), K::TrailingCharacters);
    for cut in ["-", "1e", "1e+", "1.", "[1."] {
        assert_eq!(fails(cut), K::UnexpectedEnd, "{cut}");
    }
    for huge in ["1e309", "-1e400", "1797693134862315800000e288"] {
        assert_eq!(fails(huge), K::NumberOutOfRange, "{huge}");
    }
    for word in ["NaN", "Infinity", "-Infinity"] {
        assert!(parse(word).is_err(), "{word}");
    }
    assert_eq!(value("3").as_u64(), Some(3));
    assert_eq!(value("3.5").as_u64(), None);
    assert_eq!(value("-1").as_u64(), None);
    assert_eq!(value("18446744073709551616").as_u64(), None);
    assert_eq!(
        value("18446744073709549568").as_u64(),
        Some(18446744073709549568)
    );
}

#[test]
fn literals_and_structure() {
    assert_eq!(value(" true "), Value::Bool(true));
    assert_eq!(value("\t\r\nfalse\n"), Value::Bool(false));
    assert_eq!(value("null"), Value::Null);
    assert_eq!(fails("tru"), K::UnexpectedEnd);
    assert_eq!(fails("trUe"), K::ExpectedValue);
    assert_eq!(fails("True"), K::ExpectedValue);
    assert_eq!(fails("true false"), K::TrailingCharacters);
    assert_eq!(fails("{} x"), K::TrailingCharacters);
    assert_eq!(fails("{}}"), K::TrailingCharacters);
    assert_eq!(fails(""), K::UnexpectedEnd);
    assert_eq!(fails(" \n "), K::UnexpectedEnd);
    assert_eq!(fails("\u{feff}{}"), K::ExpectedValue);
    assert_eq!(fails("\u{a0}1"), K::ExpectedValue);
    assert_eq!(fails("[1,]"), K::TrailingComma);
    assert_eq!(fails(r#"{"a":1,}"#), K::TrailingComma);
    assert_eq!(fails("[,1]"), K::ExpectedValue);
    assert_eq!(fails("[1 2]"), K::ExpectedCommaOrBracket);
    assert_eq!(fails(r#"{"a":1 "b":2}"#), K::ExpectedCommaOrBrace);
    assert_eq!(fails(r#"{"a" 1}"#), K::ExpectedColon);
    assert_eq!(fails("{a:1}"), K::ExpectedKey);
    assert_eq!(fails("{1:1}"), K::ExpectedKey);
    assert_eq!(fails("[1] // comment"), K::TrailingCharacters);
    assert_eq!(fails("/* c */ 1"), K::ExpectedValue);
    assert_eq!(value("[]"), Value::Array(vec![]));
    assert_eq!(value("{ }"), Value::Object(vec![]));
}

#[test]
fn members_keep_order_duplicates_and_offsets() {
    let src = "{\"b\": 1,\n \"a\": [true, null], \"b\": \"x\"}";
    let root = parse(src).unwrap();
    let members = root.value.as_object().unwrap();
    let keys: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["b", "a", "b"]);
    assert_eq!(root.at, 0);
    assert_eq!(members[0].1.at, 6);
    let a = &members[1].1;
    assert_eq!(line_column(src, a.at), (2, 7));
    let inner: Vec<usize> = a.value.as_array().unwrap().iter().map(|n| n.at).collect();
    assert_eq!(inner, [16, 22]);
    assert_eq!(root.value.field("a"), Ok(Some(a)));
    assert_eq!(root.value.field("zz"), Ok(None));
    assert_eq!(root.value.field("b"), Err(&members[2].1));
    assert_eq!(value("[1]").field("a"), Ok(None));
}

#[test]
fn errors_point_at_the_offending_byte() {
    let src = "{\n  \"a\": [1,\n    2 3]\n}";
    let e = parse(src).unwrap_err();
    assert_eq!(
        (e.kind, line_column(src, e.at)),
        (K::ExpectedCommaOrBracket, (3, 7))
    );
    let e = parse("[\"ab\u{1}\"]").unwrap_err();
    assert_eq!((e.kind, e.at), (K::ControlCharacter, 4));
    assert_eq!(line_column("", 0), (1, 1));
    assert_eq!(line_column("ab", 99), (1, 3));
    for kind in [K::UnexpectedEnd, K::TooDeep, K::LoneSurrogate] {
        assert!(!kind.message().is_empty());
    }
}

#[test]
fn nesting_is_limited() {
    let deep = |n: usize| "[".repeat(n) + &"]".repeat(n);
    assert!(parse(&deep(MAX_DEPTH)).is_ok());
    assert_eq!(fails(&deep(MAX_DEPTH + 1)), K::TooDeep);
    let objects = |n: usize| r#"{"a":"#.repeat(n) + "1" + &"}".repeat(n);
    assert!(parse(&objects(MAX_DEPTH)).is_ok());
    assert_eq!(fails(&objects(MAX_DEPTH + 1)), K::TooDeep);
    // Hostile input far past the limit fails fast instead of overflowing the stack.
    let e = parse(&"[{\"x\":".repeat(200_000)).unwrap_err();
    assert_eq!((e.kind, e.at), (K::TooDeep, 6 * 32));
    // Siblings do not add up: depth counts nesting only.
    let wide = format!("[{}]", vec![deep(MAX_DEPTH - 1); 100].join(","));
    assert!(parse(&wide).is_ok());
}

/// Every proper prefix of a document that ends in `}` is cut short, and says so at its end.
fn every_truncation_fails(src: &str, step: usize) {
    let end = src.trim_end().len();
    let mut cut = 0;
    while cut < end {
        if src.is_char_boundary(cut) {
            let e = parse(&src[..cut]).expect_err("a cut document must not parse");
            assert_eq!((e.kind, e.at), (K::UnexpectedEnd, cut), "cut at {cut}");
        }
        cut += step;
    }
    assert!(parse(&src[..end]).is_ok());
}

#[test]
fn truncated_documents_fail_cleanly() {
    every_truncation_fails(&fixture().to_string(), 1);
    every_truncation_fails(&serde_json::to_string_pretty(&fixture()).unwrap(), 1);
    every_truncation_fails(DEFAULT_JSON, 97);
}

#[test]
fn parses_the_shipped_file_like_serde_json() {
    let ours = parse(DEFAULT_JSON).unwrap();
    let theirs: serde_json::Value = serde_json::from_str(DEFAULT_JSON).unwrap();
    assert!(model_support::same_json(&ours, &theirs));
}

#[test]
fn writer() {
    let mut out = String::new();
    let mut o = ObjectWriter::new(&mut out);
    write_uint(o.key("n"), 0);
    write_uint(o.key("max"), u64::MAX);
    write_string(o.key("s\"k"), "a\"b\\c\n\u{1}\u{1f}ä");
    ObjectWriter::new(o.key("empty")).finish();
    o.finish();
    assert_eq!(
        out,
        r#"{"n":0,"max":18446744073709551615,"s\"k":"a\"b\\c\n\u0001\u001fä","empty":{}}"#
    );
    let back: Node = parse(&out).unwrap();
    assert_eq!(
        back.value.field("s\"k").unwrap().unwrap().value.as_str(),
        Some("a\"b\\c\n\u{1}\u{1f}ä")
    );
}
