//! Shared by the `model_*` tests: a small valid fixture, the default questionnaire, personas.
#![allow(dead_code)]

use seller_check::model::{
    contributions, Answer, Answers, ContentErrorKind, Item, Questionnaire, VariantId,
};
use serde_json::{json, Value};

/// The shipped questionnaire, as text.
pub const DEFAULT_JSON: &str = include_str!("../../content/default.json");

/// The shipped questionnaire, parsed and validated.
pub fn default_q() -> Questionnaire {
    match Questionnaire::from_json(DEFAULT_JSON) {
        Ok(q) => q,
        Err(e) => panic!("content/default.json is invalid: {e:#?}"),
    }
}

fn t(de: &str, en: &str) -> Value {
    json!({ "de": de, "en": en })
}

fn likert(id: &str, dim: &str, reverse: bool, twin: &str, de: &str, en: &str) -> Value {
    json!({"id": id, "kind": "likert", "dimension": dim, "scale": "frequency",
           "reverse": reverse, "twin": twin, "text": t(de, en)})
}

fn levels() -> Value {
    let l = json!({"meaning": t("Bedeutung", "meaning"), "risk": t("Risiko", "risk"),
                   "step": t("Schritt", "step")});
    json!({"low": l, "mid": l, "high": l})
}

fn dimension(id: &str) -> Value {
    json!({"id": id, "name": t(id, id), "description": t("Was sie misst.", "What it measures."),
           "levels": levels()})
}

fn stage(id: &str, from: u32, to: u32) -> Value {
    json!({"id": id, "from": from, "to": to, "name": t(id, id), "description": t("B", "d"),
           "risk": t("R", "r"), "step": t("S", "s")})
}

/// A small valid questionnaire: dimensions `lead` and `price`, four twinned likert items each
/// (items 0-7), one scenario (item 8); quick = lead-a, lead-b, price-a, price-b, sc-1.
pub fn fixture() -> Value {
    let scale: Vec<Value> = ["nie", "selten", "manchmal", "oft", "fast immer"]
        .iter()
        .zip(["never", "rarely", "sometimes", "often", "almost always"])
        .map(|(de, en)| t(de, en))
        .collect();
    json!({
        "id": "fixture",
        "version": 1,
        "languages": ["de", "en"],
        "scales": {"frequency": scale, "agreement": scale},
        "dimensions": [dimension("lead"), dimension("price")],
        "items": [
            likert("lead-a", "lead", false, "lead-b", "Ich schlage die Agenda vor.", "I propose the agenda."),
            likert("lead-b", "lead", true, "lead-a", "Ich warte auf den Kunden.", "I wait for the customer."),
            likert("lead-c", "lead", false, "lead-d", "Ich vereinbare nächste Schritte.", "I agree next steps."),
            likert("lead-d", "lead", true, "lead-c", "Der Kunde bestimmt das Tempo.", "The customer sets the pace."),
            likert("price-a", "price", false, "price-b", "Ich tausche Rabatt gegen Menge.", "I trade discount for volume."),
            likert("price-b", "price", true, "price-a", "Ich gebe Rabatt ungefragt.", "I give discounts unasked."),
            likert("price-c", "price", false, "price-d", "Ich kenne meine Grenze.", "I know my limit."),
            likert("price-d", "price", true, "price-c", "Ich gebe für Frieden nach.", "I give in for peace."),
            {"id": "sc-1", "kind": "scenario",
             "situation": t("Der Kunde droht mit dem Wettbewerb.", "The customer threatens to leave."),
             "text": t("Was tun Sie?", "What do you do?"),
             "options": [
                {"text": t("Nach den Gründen fragen.", "Ask for the reasons."), "weights": {"lead": 2, "price": 1}},
                {"text": t("Erst einmal abwarten.", "Wait and see first."), "weights": {"lead": -1, "price": 1}},
                {"text": t("Den Preis gleich senken.", "Cut the price at once."), "weights": {"lead": -2, "price": -2}}
             ]}
        ],
        "variants": {"quick": ["lead-a", "lead-b", "price-a", "price-b", "sc-1"], "full": "all"},
        "stages": [stage("s0", 0, 20), stage("s1", 20, 40), stage("s2", 40, 60),
                   stage("s3", 60, 80), stage("s4", 80, 100)]
    })
}

/// Parses a JSON value as a questionnaire.
pub fn parse(v: &Value) -> Result<Questionnaire, Vec<seller_check::model::ContentError>> {
    Questionnaire::from_json(&v.to_string())
}

/// The fixture, parsed.
pub fn fixture_q() -> Questionnaire {
    parse(&fixture()).expect("fixture is valid")
}

/// What choosing option `k` of a scenario is worth: the mean of its scaled contributions, −2..2.
pub fn option_value(item: &Item, k: usize) -> f64 {
    let c = contributions(item, Answer::Choice(k as u8));
    c.iter().map(|(_, v)| v).sum::<f64>() / c.len().max(1) as f64
}

/// The option of a scenario whose value is nearest `target` (−2..2); ties take the first.
pub fn nearest_option(item: &Item, target: f64) -> u8 {
    let Item::Scenario(s) = item else { return 0 };
    let mut best = 0;
    for k in 1..s.options.len() {
        if (option_value(item, k) - target).abs() < (option_value(item, best) - target).abs() {
            best = k;
        }
    }
    best as u8
}

/// A consistent respondent at keyed value `k` (−2..=2): every likert answer keyed `k`, every
/// scenario the option whose value is nearest `k`.
pub fn consistent_at(q: &Questionnaire, variant: VariantId, k: i8, ms: u32) -> Answers {
    let mut a = Answers::new();
    for item in q.variant_items(variant) {
        let answer = match item {
            Item::Likert(l) => Answer::Scale((if l.reverse { -k } else { k } + 2) as u8),
            Item::Scenario(_) => Answer::Choice(nearest_option(item, f64::from(k))),
        };
        a.record(item.id(), answer, ms);
    }
    a
}

/// A consistent persona at one pole: the partner (`true`) or the Briefträger pole.
pub fn consistent(q: &Questionnaire, variant: VariantId, partner: bool, ms: u32) -> Answers {
    consistent_at(q, variant, if partner { 2 } else { -2 }, ms)
}

/// The same raw answer `raw` on every likert item; scenarios get `choice` (or are skipped).
pub fn same_everywhere(
    q: &Questionnaire,
    variant: VariantId,
    raw: u8,
    choice: Option<u8>,
    ms: u32,
) -> Answers {
    let mut a = Answers::new();
    for item in q.variant_items(variant) {
        match (item, choice) {
            (Item::Likert(_), _) => a.record(item.id(), Answer::Scale(raw), ms),
            (Item::Scenario(_), Some(c)) => a.record(item.id(), Answer::Choice(c), ms),
            (Item::Scenario(_), None) => {}
        }
    }
    a
}

/// Applies `edit` to the fixture and asserts that validation reports `kind` at `path`.
pub fn caught(edit: impl FnOnce(&mut Value), path: &str, kind: ContentErrorKind) {
    let mut v = fixture();
    edit(&mut v);
    let errors = parse(&v).expect_err("broken fixture must fail");
    assert!(
        errors.iter().any(|e| e.path == path && e.kind == kind),
        "expected {path}: {kind:?}\n got {errors:#?}"
    );
}

/// Shorthand for an owned string.
pub fn s(x: &str) -> String {
    x.to_string()
}
