//! Fuzz target: the questionnaire parser and validator on arbitrary text, and on mutations
//! that keep the bytes mostly JSON. They must never panic, and a file they accept must
//! score any answers without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use seller_check::model::{score, Answers, Questionnaire, VariantId};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(q) = Questionnaire::from_json(&text) {
        for variant in VariantId::ALL {
            let s = score(&q, variant, &Answers::new());
            assert!((0.0..=100.0).contains(&s.position));
        }
    }
});
