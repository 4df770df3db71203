//! The stages of the spectrum (all at once, so a gap shows) and the patterns: the fields of
//! each, add, move, remove.

use serde_json::Value;
use yew::prelude::*;

use crate::draft::path::{child, element};
use crate::strings::{st, Sk};
use crate::ui::fields::{field_id, Ctx};
use crate::ui::item_editor::element_actions;
use crate::ui::state::StudioAction;

/// Every stage of the spectrum, or every pattern: the fields of each in a row.
pub fn stages_or_patterns(c: &Ctx, list: &'static str) -> Html {
    let l = c.lang;
    let n = c.draft.len(list);
    let add = {
        let v = c
            .draft
            .new_element(list, None)
            .or_else(|| (list == "patterns").then(|| first_pattern(c)));
        let dispatch = c.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(v) = v.clone() {
                dispatch.emit(StudioAction::Insert(list.into(), usize::MAX, v));
            }
        })
    };
    let stages = list == "stages";
    html! {
        <div id={field_id(list)} tabindex="-1">
            { c.errors_at(list) }
            { for (0..n).map(|i| {
                let p = element(list, i);
                let f = |k: &str| child(&p, k);
                let id = c.draft.str_at(&f("id")).to_string();
                html! {
                    <section class="element" id={field_id(&p)} tabindex="-1" aria-label={id.clone()}>
                        <div class="element-head">
                            <h3>{ format!("{} {}: {id}", st(l, if stages { Sk::StageWord } else { Sk::PatternWord }), i + 1) }</h3>
                            { element_actions(c, list, i, n, &id) }
                        </div>
                        { c.errors_at(&p) }
                        if stages {
                            <div class="field-row">
                                { c.string(&f("id"), st(l, Sk::FieldId), &[]) }
                                { c.number(&f("from"), st(l, Sk::FieldFrom), Some((0, 100))) }
                                { c.number(&f("to"), st(l, Sk::FieldTo), Some((0, 100))) }
                            </div>
                            { c.dimension_map(&f("requires"), st(l, Sk::FieldRequires), (0, 100)) }
                        } else {
                            { c.string(&f("id"), st(l, Sk::FieldId), &[]) }
                            { c.dimension_map(&f("at_least"), st(l, Sk::FieldAtLeast), (0, 100)) }
                            { c.dimension_map(&f("below"), st(l, Sk::FieldBelow), (0, 100)) }
                        }
                        { c.text(&f("name"), st(l, Sk::FieldName)) }
                        { c.text(&f("description"), st(l, Sk::FieldDescription)) }
                        { c.text(&f("risk"), st(l, Sk::FieldRisk)) }
                        { c.text(&f("step"), st(l, Sk::FieldStep)) }
                    </section>
                }
            }) }
            <button type="button" class="button small" onclick={add}>
                { st(l, if stages { Sk::AddStage } else { Sk::AddPattern }) }
            </button>
        </div>
    }
}

/// A first pattern for a file that has none: no limits yet, every text empty.
fn first_pattern(c: &Ctx) -> Value {
    let text: serde_json::Map<String, Value> = c
        .langs
        .iter()
        .map(|l| (l.clone(), Value::from("")))
        .collect();
    let mut p = serde_json::Map::new();
    p.insert("id".into(), Value::from("pattern-1"));
    p.insert("at_least".into(), Value::Object(Default::default()));
    p.insert("below".into(), Value::Object(Default::default()));
    for k in ["name", "description", "risk", "step"] {
        p.insert(k.into(), Value::Object(text.clone()));
    }
    Value::Object(p)
}
