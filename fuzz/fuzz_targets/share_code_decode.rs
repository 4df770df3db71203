//! Fuzzes the share-code decoders (own answers, outside views, invitations) and the workshop
//! group parser with arbitrary text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use seller_check::model::{
    decode, decode_any, decode_bytes, decode_bytes_any, decode_invitation, encode,
    encode_invitation, encode_view, Group, Questionnaire,
};
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
    if let Ok(d) = decode_any(q, &text) {
        let bytes = encode_view(q, d.view, d.variant, &d.answers);
        assert_eq!(decode_bytes_any(q, &bytes).as_ref(), Ok(&d));
    }
    let _ = decode_bytes_any(q, data);
    if let Ok(inv) = decode_invitation(q, &text) {
        let bytes = encode_invitation(q, inv.variant, &inv.label);
        let link = seller_check::model::to_link_code(&bytes);
        assert_eq!(decode_invitation(q, &link).as_ref(), Ok(&inv));
    }
    let group = Group::parse(q, &text);
    let _ = group.stats(q);
    for p in &group.participants {
        let _ = p.comparison(q).map(|c| c.largest_gaps());
    }
    let _ = seller_check::model::csv(q, &group, "de");
});
