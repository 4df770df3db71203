//! Numbers in content error messages read as the author wrote them, without float formatting.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use seller_check::i18n::content_errors::content_error;
use seller_check::i18n::Lang;
use seller_check::model::{ContentError, ContentErrorKind as K};

/// The number as the English weight message shows it.
fn shown(value: f64) -> String {
    let text = content_error(
        Lang::En,
        &ContentError::new("", K::WeightOutOfRange { value }),
    );
    let rest = text
        .strip_prefix("weight ")
        .expect("message starts with the weight");
    rest.strip_suffix(" is not between -2 and 2")
        .expect("message ends with the range")
        .to_string()
}

#[test]
fn typical_values() {
    for (v, text) in [
        (0.0, "0"),
        (-0.0, "0"),
        (90.0, "90"),
        (-1.0, "-1"),
        (2.5, "2.5"),
        (-2.25, "-2.25"),
        (0.1, "0.1"),
        (1.0 / 3.0, "0.333333"),
        (0.0000004, "0"),
        (-0.0000004, "0"),
        (0.9999996, "1"),
        (0.0000006, "0.000001"),
        (999_999_999_999.0, "999999999999"),
        (1e12, "100000000000e1"),
        (-1.5e300, "-150000000000e289"),
        (f64::INFINITY, "∞"),
        (f64::NEG_INFINITY, "-∞"),
    ] {
        assert_eq!(shown(v), text, "{v}");
    }
    let de = content_error(
        Lang::De,
        &ContentError::new(
            "",
            K::StageGap {
                expected: 40.0,
                found: 42.5,
            },
        ),
    );
    assert_eq!(
        de,
        "Stufe beginnt bei 42,5, sollte lückenlos bei 40 beginnen"
    );
}

/// German writes the decimal comma in every message with a number; English keeps the point.
#[test]
fn german_messages_use_the_decimal_comma() {
    let kinds = |v: f64| {
        [
            K::WeightOutOfRange { value: v },
            K::NegativeWeight { value: v },
            K::NegativeMargin { value: v },
            K::StageEnd { found: v },
            K::StageNotAscending { from: v, to: v },
            K::StageGap {
                expected: v,
                found: v,
            },
        ]
    };
    for v in [-2.25, 0.5, 1.0 / 3.0, 97.5] {
        let (de_num, en_num) = (format!("{v}").replace('.', ","), format!("{v}"));
        let (de_num, en_num) = if v == 1.0 / 3.0 {
            ("0,333333".to_string(), "0.333333".to_string())
        } else {
            (de_num, en_num)
        };
        for kind in kinds(v) {
            let e = ContentError::new("", kind);
            let de = content_error(Lang::De, &e);
            let en = content_error(Lang::En, &e);
            assert!(de.contains(&de_num) && !de.contains(&en_num), "{de}");
            assert!(en.contains(&en_num) && !en.contains(&de_num), "{en}");
        }
    }
}

proptest! {
    #[test]
    fn up_to_three_decimals_match_rust_display(n in -1_000_000_000_000i64..1_000_000_000_000) {
        let v = n as f64 / 1000.0;
        prop_assert_eq!(shown(v), format!("{v}"));
    }
}
