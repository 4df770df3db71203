//! The studio's draft (issue 20): opening, editing by validator path, writing back, languages,
//! new elements, the version hint, and the personas it places.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../tests/model_support/mod.rs"]
mod model_support;

use model_support::{fixture, DEFAULT_JSON};
use seller_check::model::{place_personas, ContentErrorKind, Persona, VariantId};
use seller_check_studio::draft::path::{parent, pointer, steps, Step};
use seller_check_studio::draft::{missing_texts, Draft};
use serde_json::{json, Value};

fn draft(v: &Value) -> Draft {
    Draft::open(&v.to_string()).expect("opens")
}

fn paths(d: &Draft) -> Vec<String> {
    d.check()
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|e| e.path)
        .collect()
}

#[test]
fn the_default_file_round_trips_equal_as_json_and_in_its_key_order() {
    let d = Draft::open(DEFAULT_JSON).unwrap();
    let back: Value = serde_json::from_str(&d.text()).unwrap();
    let original: Value = serde_json::from_str(DEFAULT_JSON).unwrap();
    assert_eq!(back, original);
    // Byte for byte: the same key order, indentation and escapes of invisible characters.
    assert_eq!(d.text(), DEFAULT_JSON);
    assert!(d.check().is_ok());
}

#[test]
fn paths_of_the_validator_become_json_pointers() {
    assert_eq!(
        pointer("items[7].options[2].weights.lead"),
        "/items/7/options/2/weights/lead"
    );
    assert_eq!(pointer("variants.quick[1]"), "/variants/quick/1");
    assert_eq!(pointer(""), "");
    assert_eq!(pointer("a/b.c~d"), "/a~1b/c~0d");
    assert_eq!(
        steps("m[1][2]"),
        vec![Step::Key("m".into()), Step::Index(1), Step::Index(2)]
    );
    // A bracket without a number stays part of the key: no path is refused.
    assert_eq!(steps("x[y]"), vec![Step::Key("x[y]".into())]);
    assert_eq!(parent("items[3].text").as_deref(), Some("items[3]"));
    assert_eq!(parent("items[3]").as_deref(), Some("items"));
    assert_eq!(parent(""), None);
}

#[test]
fn open_refuses_only_what_is_no_json_object() {
    let e = Draft::open("{\"id\": ").unwrap_err();
    assert!(matches!(e[0].kind, ContentErrorKind::Syntax { .. }));
    assert!(Draft::open("[1, 2]").is_err());
    // A file that breaks the rules opens, with its problems listed.
    let d = Draft::open("{\"id\": \"X X\"}").unwrap();
    assert!(!paths(&d).is_empty());
}

#[test]
fn each_kind_of_error_the_studio_introduces_is_listed_at_its_path_and_goes_away_when_fixed() {
    let mut d = draft(&fixture());
    assert!(d.check().is_ok());
    d.set("items[0].dimension", json!("nowhere"));
    d.remove("items[1].text.en");
    d.set("stages[2].from", json!(45));
    let p = paths(&d);
    for want in ["items[0].dimension", "items[1].text.en", "stages[2].from"] {
        assert!(p.iter().any(|x| x == want), "{want} in {p:?}");
    }
    d.set("items[0].dimension", json!("lead"));
    d.set("items[1].text.en", json!("I wait for the customer."));
    d.set("stages[2].from", json!(40));
    assert!(d.check().is_ok(), "{:?}", paths(&d));
}

#[test]
fn set_makes_missing_objects_and_refuses_what_is_not_there() {
    let mut d = draft(&fixture());
    assert!(d.set("items[8].options[0].weights.price", json!(-1)));
    assert_eq!(d.get("items[8].options[0].weights.price"), Some(&json!(-1)));
    assert!(d.set("patterns_note.a.b", json!("x")));
    assert_eq!(d.str_at("patterns_note.a.b"), "x");
    assert!(!d.set("items[99].id", json!("x")));
    assert!(!d.set("version.sub", json!(1)), "through a number");
    assert!(!d.remove("items[99]"));
    // Removing a field keeps the order of the others; set again, it goes back to its place
    // (a number emptied and typed anew).
    d.remove("version");
    let keys: Vec<&String> = d.tree.as_object().unwrap().keys().collect();
    assert_eq!(keys[..3], ["id", "languages", "scales"]);
    d.set("version", json!(3));
    let keys: Vec<&String> = d.tree.as_object().unwrap().keys().collect();
    assert_eq!(keys[..3], ["id", "version", "languages"]);
    d.remove("items[8].options[0].weights.lead");
    d.set("items[8].options[0].weights.lead", json!(1));
    let w: Vec<&String> = d
        .get("items[8].options[0].weights")
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(w, ["lead", "price"]);
    // A field never there goes to the end.
    d.set("mixed_margin", json!(5));
    assert_eq!(
        d.tree.as_object().unwrap().keys().next_back().unwrap(),
        "mixed_margin"
    );
}

#[test]
fn list_edits_insert_move_and_new_elements_shaped_like_their_neighbours() {
    let mut d = draft(&fixture());
    let new = d.new_element("items", Some("scenario")).unwrap();
    assert_eq!(new["id"], "scenario-1");
    assert_eq!(new["situation"]["de"], "");
    assert_eq!(new["options"].as_array().unwrap().len(), 3);
    let likert = d.new_element("items", Some("likert")).unwrap();
    assert!(
        likert.get("twin").is_none(),
        "a mirror is the author's choice"
    );
    assert_eq!(likert["kind"], "likert");
    assert!(d.insert("items", 99, likert));
    assert_eq!(d.len("items"), 10);
    assert!(d.move_element("items", 9, 0));
    assert_eq!(d.ids("items")[0], "likert-1");
    assert!(!d.move_element("items", 0, 10));
    // The new item has empty texts: the validator says so, per language.
    let errors = d.check().unwrap_err();
    let table = missing_texts(&d.languages(), &errors);
    assert_eq!(table.len(), 2);
    assert!(table
        .iter()
        .all(|m| m.paths.contains(&format!("items[0].text.{}", m.lang))));
}

#[test]
fn languages_are_added_and_removed_in_every_text() {
    let mut d = draft(&fixture());
    assert!(d.add_language(" FR "));
    assert!(!d.add_language("fr"), "declared already");
    assert!(!d.add_language("f r"));
    let errors = d.check().unwrap_err();
    let table = missing_texts(&d.languages(), &errors);
    let fr = table.iter().find(|m| m.lang == "fr").unwrap();
    assert!(fr.paths.contains(&"items[0].text.fr".to_string()), "{fr:?}");
    assert!(table
        .iter()
        .filter(|m| m.lang != "fr")
        .all(|m| m.paths.is_empty()));
    assert!(d.remove_language("fr"));
    assert!(d.check().is_ok());
    assert!(d.remove_language("en"));
    assert_eq!(
        d.get("items[0].text"),
        Some(&json!({"de": "Ich schlage die Agenda vor."}))
    );
    assert!(d.check().is_ok(), "{:?}", paths(&d));
    assert!(!d.remove_language("de"), "the only language stays");
}

#[test]
fn a_version_bump_is_due_once_items_or_variants_change() {
    let opened = draft(&fixture());
    let mut d = opened.clone();
    assert_eq!(d.version_due(&opened), None);
    d.set("stages[0].name.de", json!("Neu"));
    assert_eq!(
        d.version_due(&opened),
        None,
        "stage texts change no answer's meaning"
    );
    d.set("items[8].options[0].weights.price", json!(2));
    assert_eq!(d.version_due(&opened), Some(2));
    d.set("version", json!(2));
    assert_eq!(d.version_due(&opened), None);
}

#[test]
fn personas_land_where_the_instrument_says_on_the_shipped_file() {
    let q = Draft::open(DEFAULT_JSON).unwrap().check().unwrap();
    for v in VariantId::ALL {
        let placed = place_personas(&q, v);
        let at = |p: Persona| placed.iter().find(|(x, _)| *x == p).unwrap().1.clone();
        assert_eq!(at(Persona::Brieftraeger).stage, 0);
        assert_eq!(at(Persona::Partner).stage, q.stages.len() - 1);
        let middle = at(Persona::Middle).position;
        assert!((35.0..=65.0).contains(&middle), "{middle}");
        assert!(at(Persona::LongestOption).stage < q.stages.len() - 1);
        assert!(
            at(Persona::HardSeller).stage <= 2,
            "{:?}",
            at(Persona::HardSeller)
        );
        assert!(at(Persona::Random).stage < q.stages.len() - 1);
        // So the studio shows no warning for the shipped file.
        for (p, s) in &placed {
            assert!(p.lands_right(&q, s), "{v:?} {p:?} {s:?}");
        }
    }
}

#[test]
fn a_keying_change_moves_the_personas() {
    let mut d = draft(&fixture());
    let placed = |d: &Draft, who: Persona| {
        let all = place_personas(&d.check().unwrap(), VariantId::Full);
        all.into_iter().find(|(p, _)| *p == who).unwrap().1
    };
    let agrees = |d: &Draft| placed(d, Persona::AgreesWithAll);
    let before = agrees(&d);
    let mid = before.dimensions[0].unwrap();
    assert!(
        (40.0..=60.0).contains(&mid),
        "balanced keying holds acquiescence mid-scale: {mid}"
    );
    // lead-d turned forward (with its twin lead-c dropped): agreeing now scores on 3 of 4 items.
    d.set("items[3].reverse", json!(false));
    d.remove("items[3].twin");
    d.remove("items[2].twin");
    let after = agrees(&d);
    assert!(
        after.dimensions[0] > before.dimensions[0],
        "{before:?} -> {after:?}"
    );
    assert!(after.position > before.position);
    // A scenario weight moves the persona that picks that option.
    let mut w = draft(&fixture());
    let longest = |d: &Draft| placed(d, Persona::LongestOption);
    let was = longest(&w);
    // The longest option of sc-1 (in German) is its first: "Nach den Gründen fragen."
    w.set("items[8].options[0].weights.lead", json!(-2));
    w.set("items[8].options[2].weights.lead", json!(2));
    assert_ne!(longest(&w).dimensions[0], was.dimensions[0]);
}

#[test]
fn renaming_an_id_carries_through_to_what_names_it() {
    let mut d = draft(&fixture());
    d.set("stages[4].requires", json!({"price": 40, "lead": 50}));
    d.set("dimensions[0].id", json!("leading"));
    assert_eq!(d.rename_dimension("lead", "leading"), 4 + 3 + 1);
    assert!(d.check().is_ok(), "{:?}", paths(&d));
    let keys: Vec<&String> = d
        .get("stages[4].requires")
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(keys, ["price", "leading"], "in its place");
    // Not while another dimension still has the old id, and never to nothing.
    assert_eq!(d.rename_dimension("price", ""), 0);
    d.set("dimensions[1].id", json!("leading"));
    assert_eq!(
        d.rename_dimension("price", "leading"),
        0,
        "two dimensions named alike"
    );
    let mut e = draft(&fixture());
    e.set("items[0].id", json!("lead-first"));
    assert_eq!(
        e.rename_item("lead-a", "lead-first"),
        2,
        "its twin and the quick list"
    );
    assert!(e.check().is_ok(), "{:?}", paths(&e));
}
