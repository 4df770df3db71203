//! Broken fixtures for the item and variant rules, each caught with the right path and kind.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{caught, s};
use seller_check::model::{ContentErrorKind as K, VariantId};
use serde_json::json;

#[test]
fn variant_problems() {
    caught(
        |v| v["variants"]["quick"][1] = json!("lead-x"),
        "variants.quick[1]",
        K::UnknownItem { id: s("lead-x") },
    );
    caught(
        |v| {
            v["variants"]["full"] = json!([
                "lead-a", "lead-b", "lead-c", "lead-d", "price-a", "price-b", "price-c", "price-d"
            ])
        },
        "variants.quick[4]",
        K::NotInFull { id: s("sc-1") },
    );
}

#[test]
fn too_few_items_per_dimension() {
    // sc-1 weights price too, so quick has price-a, price-b and sc-1: drop two.
    caught(
        |v| v["variants"]["quick"] = json!(["lead-a", "lead-b", "price-a"]),
        "variants.quick",
        K::TooFewItems {
            variant: VariantId::Quick,
            dimension: s("price"),
            found: 1,
            needed: 2,
        },
    );
    caught(
        |v| {
            v["variants"]["full"] =
                json!(["lead-a", "lead-b", "price-a", "price-b", "price-c", "price-d", "sc-1"])
        },
        "variants.full",
        K::TooFewItems {
            variant: VariantId::Full,
            dimension: s("lead"),
            found: 3,
            needed: 4,
        },
    );
}

#[test]
fn dimension_without_reverse_item() {
    caught(
        |v| {
            for i in [1, 3] {
                v["items"][i]["reverse"] = json!(false);
            }
        },
        "dimensions[0]",
        K::NoReverseItem {
            dimension: s("lead"),
        },
    );
}

#[test]
fn scenario_options_and_weights() {
    caught(
        |v| v["items"][8]["options"][1]["weights"] = json!({}),
        "items[8].options[1].weights",
        K::NoWeights,
    );
    caught(
        |v| {
            v["items"][8]["options"][1]
                .as_object_mut()
                .unwrap()
                .remove("weights");
        },
        "items[8].options[1].weights",
        K::NoWeights,
    );
    caught(
        |v| v["items"][8]["options"][0]["weights"]["lead"] = json!(2.5),
        "items[8].options[0].weights.lead",
        K::WeightOutOfRange { value: 2.5 },
    );
    caught(
        |v| {
            v["items"][8]["options"].as_array_mut().unwrap().pop();
        },
        "items[8].options",
        K::OptionCount { found: 2 },
    );
    caught(
        |v| {
            let o = v["items"][8]["options"][0].clone();
            let opts = v["items"][8]["options"].as_array_mut().unwrap();
            opts.push(o.clone());
            opts.push(o);
        },
        "items[8].options",
        K::OptionCount { found: 5 },
    );
}

#[test]
fn twin_rules() {
    caught(
        |v| v["items"][0]["twin"] = json!("lead-z"),
        "items[0].twin",
        K::TwinUnknown { id: s("lead-z") },
    );
    caught(
        |v| v["items"][0]["twin"] = json!("sc-1"),
        "items[0].twin",
        K::TwinNotLikert { id: s("sc-1") },
    );
    caught(
        |v| v["items"][0]["twin"] = json!("price-b"),
        "items[0].twin",
        K::TwinOtherDimension {
            id: s("price-b"),
            dimension: s("price"),
        },
    );
    caught(
        |v| v["items"][0]["twin"] = json!("lead-c"),
        "items[0].twin",
        K::TwinSameKeying { id: s("lead-c") },
    );
}
