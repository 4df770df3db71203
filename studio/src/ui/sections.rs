//! The parts of the file other than the items: general settings, scales, dimensions with
//! their result texts, the variants' lists, the stages (all at once, so a gap shows) and the
//! patterns.

use serde_json::Value;
use yew::prelude::*;

use crate::draft::path::{child, element};
use crate::strings::{st, Sk};
use crate::ui::fields::{field_id, Ctx};
use crate::ui::item_editor::element_actions;
use crate::ui::state::{Section, StudioAction};

/// Id, version (with the bump the changes call for), margin, outside view, instructions.
pub fn general(c: &Ctx, version_due: Option<u64>) -> Html {
    let l = c.lang;
    let bump = version_due.map(|v| {
        let set = c.dispatch.reform(move |_| StudioAction::Set("version".into(), Value::from(v)));
        html! {
            <div class="version-hint" role="note">
                <p>{ st(l, Sk::VersionHint) }</p>
                <button type="button" class="button small" onclick={set}>{ format!("{} {v}", st(l, Sk::VersionBump)) }</button>
            </div>
        }
    });
    // Every scale, and any instruction naming a scale the file lacks (to fix or remove).
    let mut scales = keys(c, "scales");
    let stray: Vec<String> = keys(c, "instructions")
        .into_iter()
        .filter(|k| !scales.contains(k))
        .collect();
    scales.extend(stray.iter().cloned());
    html! {
        <div id={field_id("")} tabindex="-1">
            { c.errors_at("") }
            <div class="field-row">
                { c.string("id", st(l, Sk::FieldId), &[]) }
                { c.number("version", st(l, Sk::FieldVersion), None) }
                { c.number("mixed_margin", st(l, Sk::FieldMargin), Some((0, 50))) }
            </div>
            { bump.unwrap_or_default() }
            { c.switch("outside_view", st(l, Sk::FieldOutsideView), st(l, Sk::FieldOutsideViewHint)) }
            <h3>{ st(l, Sk::Instructions) }</h3>
            { c.errors_at("instructions") }
            { for scales.iter().map(|k| {
                let p = child("instructions", k);
                let remove = stray.contains(k).then(|| c.dispatch.reform({ let p = p.clone(); move |_| StudioAction::Remove(p.clone()) }));
                html! {
                    <>
                        { c.text(&p, &format!("{} „{k}“", st(l, Sk::InstructionFor))) }
                        if let Some(remove) = remove {
                            <button type="button" class="button small quiet" onclick={remove}>
                                { st(l, Sk::RemoveEntry) }<span class="visually-hidden">{ format!(" {k}") }</span>
                            </button>
                        }
                    </>
                }
            }) }
        </div>
    }
}

fn keys(c: &Ctx, path: &str) -> Vec<String> {
    match c.draft.get(path) {
        Some(Value::Object(m)) => m.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// Every scale with its five labels.
pub fn scales(c: &Ctx) -> Html {
    let l = c.lang;
    html! {
        <div id={field_id("scales")} tabindex="-1">
            { c.errors_at("scales") }
            { for keys(c, "scales").iter().map(|k| {
                let p = child("scales", k);
                html! {
                    <section class="element" id={field_id(&p)} tabindex="-1" aria-label={k.clone()}>
                        <h3>{ format!("{} „{k}“", st(l, Sk::ScaleWord)) }</h3>
                        { c.errors_at(&p) }
                        { for (0..c.draft.len(&p)).map(|i| c.text(&element(&p, i), &format!("{} {i}", st(l, Sk::AnswerWord)))) }
                    </section>
                }
            }) }
        </div>
    }
}

/// The dimension list and dimension `i`'s fields and texts.
pub fn dimension(c: &Ctx, i: usize) -> Html {
    let d = c.draft;
    let n = d.len("dimensions");
    let l = c.lang;
    let add = {
        let v = d.new_element("dimensions", None);
        let dispatch = c.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(v) = v.clone() {
                dispatch.emit(StudioAction::Insert("dimensions".into(), usize::MAX, v));
            }
        })
    };
    let p = element("dimensions", i);
    let f = |k: &str| child(&p, k);
    let id = d.str_at(&f("id")).to_string();
    html! {
        <div class="master-detail" id={field_id("dimensions")} tabindex="-1">
            { c.errors_at("dimensions") }
            <nav class="element-list" aria-label={st(l, Sk::DimensionList)}>
                <ol>
                    { for d.ids("dimensions").into_iter().enumerate().map(|(k, did)| {
                        let go = c.dispatch.reform(move |_| StudioAction::Show(Section::Dimension(k)));
                        html! { <li><button type="button" class="list-button" onclick={go}
                            aria-current={(k == i).then_some("true")}>{ c.dimension_name(&did) }</button></li> }
                    }) }
                </ol>
                <div class="list-actions">
                    <button type="button" class="button small" onclick={add}>{ st(l, Sk::AddDimension) }</button>
                </div>
            </nav>
            if i < n {
                <section class="element" id={field_id(&p)} tabindex="-1" aria-labelledby="element-title">
                    <div class="element-head">
                        <h3 id="element-title">{ c.dimension_name(&id) }</h3>
                        { element_actions(c, "dimensions", i, n, &id) }
                    </div>
                    { c.errors_at(&p) }
                    <div class="field-row">
                        { c.string(&f("id"), st(l, Sk::FieldId), &[]) }
                        { c.number(&f("weight"), st(l, Sk::FieldWeight), Some((0, 10))) }
                    </div>
                    { c.text(&f("name"), st(l, Sk::FieldName)) }
                    { c.text(&f("description"), st(l, Sk::FieldDescription)) }
                    { for [("low", Sk::LevelLow), ("mid", Sk::LevelMid), ("high", Sk::LevelHigh)].into_iter().map(|(k, name)| {
                        let lp = child(&child(&p, "levels"), k);
                        html! {
                            <fieldset class="group" id={field_id(&lp)} tabindex="-1">
                                <legend>{ st(l, name) }</legend>
                                { c.errors_at(&lp) }
                                { c.text(&child(&lp, "meaning"), st(l, Sk::FieldMeaning)) }
                                { c.text(&child(&lp, "risk"), st(l, Sk::FieldRisk)) }
                                { c.text(&child(&lp, "step"), st(l, Sk::FieldStep)) }
                            </fieldset>
                        }
                    }) }
                    <fieldset class="group" id={field_id(&f("gap"))} tabindex="-1">
                        <legend>{ st(l, Sk::GapTexts) }</legend>
                        { c.errors_at(&f("gap")) }
                        { c.text(&child(&f("gap"), "self_higher"), st(l, Sk::FieldSelfHigher)) }
                        { c.text(&child(&f("gap"), "outside_higher"), st(l, Sk::FieldOutsideHigher)) }
                    </fieldset>
                </section>
            }
        </div>
    }
}

/// Which items each variant shows: a box per item for the quick check, and the full check as
/// every item or a list of its own.
pub fn variants(c: &Ctx) -> Html {
    let l = c.lang;
    let ids = c.draft.ids("items");
    let list = |v: &str| -> Option<Vec<String>> {
        c.draft.get(&child("variants", v))?.as_array().map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
    };
    let boxes = |variant: &'static str, chosen: Vec<String>| {
        let path = child("variants", variant);
        html! {
            <ul class="variant-items">
                { for ids.iter().map(|id| {
                    let on = chosen.contains(id);
                    let (dispatch, path, id2, chosen) = (c.dispatch.clone(), path.clone(), id.clone(), chosen.clone());
                    let onchange = Callback::from(move |_: Event| {
                        let mut next = chosen.clone();
                        if on { next.retain(|x| *x != id2) } else { next.push(id2.clone()) }
                        dispatch.emit(StudioAction::Set(path.clone(), Value::from(next)));
                    });
                    let bid = format!("v-{variant}-{id}");
                    html! { <li><input type="checkbox" id={bid.clone()} checked={on} {onchange} /><label for={bid}>{ id.clone() }</label></li> }
                }) }
            </ul>
        }
    };
    let full = list("full");
    let all_full = {
        let (dispatch, ids) = (c.dispatch.clone(), ids.clone());
        let is_all = full.is_none();
        Callback::from(move |_: Event| {
            let v = if is_all {
                Value::from(ids.clone())
            } else {
                Value::from("all")
            };
            dispatch.emit(StudioAction::Set("variants.full".into(), v));
        })
    };
    html! {
        <>
            <fieldset class="group" id={field_id("variants.quick")} tabindex="-1">
                <legend>{ st(l, Sk::VariantQuick) }</legend>
                { c.errors_at("variants.quick") }
                { boxes("quick", list("quick").unwrap_or_default()) }
            </fieldset>
            <fieldset class="group" id={field_id("variants.full")} tabindex="-1">
                <legend>{ st(l, Sk::VariantFull) }</legend>
                { c.errors_at("variants.full") }
                <div class="field switch">
                    <input type="checkbox" id="full-all" checked={full.is_none()} onchange={all_full} />
                    <label for="full-all">{ st(l, Sk::FullAll) }</label>
                </div>
                if let Some(f) = full { { boxes("full", f) } }
            </fieldset>
        </>
    }
}

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
