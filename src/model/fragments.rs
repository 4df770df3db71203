//! Fragment formats the model owns: what a link carries after `#`.

use super::{encode, to_link_code, Answers, Questionnaire, VariantId};

/// The fragment of a comparison (without `#`): `compare=`, the link code of the seller's own
/// answers, then each outside code, joined by `.`.
pub fn compare_fragment(
    q: &Questionnaire,
    variant: VariantId,
    answers: &Answers,
    outside_codes: &[String],
) -> String {
    let mut fragment = format!("compare={}", to_link_code(&encode(q, variant, answers)));
    for c in outside_codes {
        fragment.push('.');
        fragment.push_str(c);
    }
    fragment
}
