//! The reader's own decimal-to-float conversion rounds exactly like the standard library.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use seller_check::model::json::{parse, JsonErrorKind, Value};

/// What our reader makes of `text`: the float, or `None` when out of range.
fn ours(text: &str) -> Option<f64> {
    match parse(text) {
        Ok(node) => match node.value {
            Value::Number(n) => Some(n),
            other => panic!("{text}: {other:?}"),
        },
        Err(e) if e.kind == JsonErrorKind::NumberOutOfRange => None,
        Err(e) => panic!("{text}: {e:?}"),
    }
}

/// What the standard library makes of it (infinite = out of range).
fn std_parse(text: &str) -> Option<f64> {
    Some(text.parse::<f64>().unwrap()).filter(|n| n.is_finite())
}

fn same(text: &str) {
    let (a, b) = (ours(text), std_parse(text));
    assert_eq!(
        a.map(f64::to_bits),
        b.map(f64::to_bits),
        "{text}: {a:?} vs {b:?}"
    );
}

/// The exact decimal digits of `m` × 2^`e` (as digits and a power of ten).
fn exact(m: u64, e: i64) -> (String, i64) {
    let mut digits: Vec<u32> = m.to_string().bytes().map(|b| u32::from(b - b'0')).collect();
    let (factor, times, exp10) = if e >= 0 { (2, e, 0) } else { (5, -e, e) };
    for _ in 0..times {
        let mut carry = 0;
        for d in digits.iter_mut().rev() {
            let v = *d * factor + carry;
            *d = v % 10;
            carry = v / 10;
        }
        while carry > 0 {
            digits.insert(0, carry % 10);
            carry /= 10;
        }
    }
    (
        digits.iter().map(|d| char::from(b'0' + *d as u8)).collect(),
        exp10,
    )
}

#[test]
fn hard_cases() {
    for text in [
        "0", "-0", "0.0", "0e999999999999", "1", "0.1", "0.3", "2.5", "-1.5", "1e22", "1e23",
        "9007199254740992", "9007199254740993", "9007199254740995", "9007199254740993.000000001",
        "123456789012345678901234567890", "2.2250738585072011e-308", "2.2250738585072012e-308",
        "2.2250738585072014e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
        "2.4703282292062328e-324", "1e-324", "1e-400", "1.7976931348623157e308",
        "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "1e308",
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
        "0.000000000000000000000000000000000000000000000001",
        "7.038531e-26", "8.533e+68", "4.1006e-184", "9.998e+307", "9.9538452227e-280",
        "6.47660115e-260", "7.4e+47", "5.92e+48", "7.35e+66", "8.32116e+55",
    ] {
        same(text);
    }
    let long = format!("0.{}1", "0".repeat(2000));
    same(&long);
    let ones = "1".repeat(1500);
    same(&ones[..309]);
    same(&format!("{ones}e-1500"));
    same(&format!("0.{ones}"));
}

proptest! {
    #[test]
    fn every_float_reads_back(bits in any::<u64>()) {
        let x = f64::from_bits(bits);
        prop_assume!(x.is_finite());
        for text in [format!("{x:e}"), format!("{x}"), format!("{x:.3e}"), format!("{x:.25e}")] {
            same(&text);
        }
    }

    #[test]
    fn random_decimals(
        int in "[1-9][0-9]{0,25}",
        frac in "[0-9]{0,25}",
        exp in -380i32..330,
    ) {
        let text = if frac.is_empty() { format!("{int}e{exp}") } else { format!("{int}.{frac}e{exp}") };
        same(&text);
    }

    #[test]
    fn midpoints_between_floats_round_to_even(bits in 0u64..0x7fef_ffff_ffff_ffff) {
        // The exact midpoint between a float and the next, and a hair either side of it.
        let x = f64::from_bits(bits);
        let (field, fraction) = ((bits >> 52) as i64, bits & ((1 << 52) - 1));
        let (m, e) = if field == 0 { (fraction, -1074) } else { (fraction | 1 << 52, field - 1075) };
        let (digits, exp10) = exact(2 * m + 1, e - 1);
        let mid = format!("{digits}e{exp10}");
        same(&mid);
        same(&format!("{digits}1e{}", exp10 - 1));
        let below = digits.trim_end_matches('0');
        if below.len() > 1 {
            let cut = &below[..below.len() - 1];
            same(&format!("{cut}e{}", exp10 + (digits.len() - cut.len()) as i64));
        }
        prop_assert!(ours(&mid).is_some_and(|v| v == x || v == f64::from_bits(bits + 1)));
    }
}
