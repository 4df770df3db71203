//! Claims the UI makes about privacy are true: a share link's code is encoded, not encrypted.
#![cfg(not(target_arch = "wasm32"))]

use seller_check::i18n::{t, Key, Lang};

#[test]
fn the_share_hint_never_claims_encryption() {
    for (lang, negated, word) in [
        (Lang::De, "nicht verschlüsselt", "verschlüssel"),
        (Lang::En, "not encrypted", "encrypt"),
    ] {
        let hint = t(lang, Key::ShareHint);
        assert!(hint.contains(negated), "{hint}");
        // Every mention of encryption is the negated one.
        assert_eq!(hint.matches(word).count(), 1, "{hint}");
        assert!(hint.contains('#'), "{hint}");
    }
}
