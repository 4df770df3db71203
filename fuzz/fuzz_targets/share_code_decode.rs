//! Fuzzes the share-code decoder and the workshop group parser with arbitrary text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use seller_check::model::{decode, decode_bytes, encode, Group, Questionnaire};
use std::sync::OnceLock;

fn questionnaire() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| {
        Questionnaire::from_json(include_str!("../../content/default.json"))
            .expect("content/default.json is valid")
    })
}

fuzz_target!(|data: &[u8]| {
    let q = questionnaire();
    let text = String::from_utf8_lossy(data);
    if let Ok((variant, answers)) = decode(q, &text) {
        // Whatever decodes must survive its own round trip.
        let bytes = encode(q, variant, &answers);
        assert_eq!(decode_bytes(q, &bytes), Ok((variant, answers)));
    }
    let _ = decode_bytes(q, data);
    let group = Group::parse(q, &text);
    let _ = group.stats(q);
    let _ = seller_check::model::csv(q, &group, "de");
});
