//! The accent's text colour: black or white by WCAG relative luminance.

use seller_check::platform::config::{pow_2_4, text_on};

fn linear(c: f64) -> f64 {
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

#[test]
fn pow_2_4_matches_powf_on_every_channel_value() {
    // Channel values from 11 up take this branch (below, sRGB is linear).
    for v in 11..=255u32 {
        let x = (f64::from(v) / 255.0 + 0.055) / 1.055;
        let (ours, exact) = (pow_2_4(x), x.powf(2.4));
        assert!(
            (ours - exact).abs() <= exact * 2e-5,
            "{v}: {ours} vs {exact}"
        );
    }
}

#[test]
fn text_on_picks_what_exact_luminance_picks() {
    let hex = |v: u32| format!("{v:02x}");
    for r in (0..=255).step_by(5) {
        for g in (0..=255).step_by(5) {
            for b in (0..=255).step_by(5) {
                let l = 0.2126 * linear(f64::from(r) / 255.0)
                    + 0.7152 * linear(f64::from(g) / 255.0)
                    + 0.0722 * linear(f64::from(b) / 255.0);
                if (l - 0.179).abs() < 1e-4 {
                    continue; // too close to the line to call
                }
                let want = if l > 0.179 { "#000000" } else { "#ffffff" };
                assert_eq!(text_on(&format!("#{}{}{}", hex(r), hex(g), hex(b))), want);
            }
        }
    }
}

#[test]
fn text_on_known_accents() {
    assert_eq!(text_on("#000"), "#ffffff");
    assert_eq!(text_on("#fff"), "#000000");
    assert_eq!(text_on("#0b5cad"), "#ffffff");
    assert_eq!(text_on("#ffcc00"), "#000000");
}
