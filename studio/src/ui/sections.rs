//! General settings, the answer scales and the variants' lists.

use serde_json::Value;
use yew::prelude::*;

use crate::draft::path::{child, element};
use crate::strings::{quoted, st, Sk};
use crate::ui::fields::{field_id, Ctx};
use crate::ui::state::StudioAction;

/// The hint to raise the version once items, options or variants changed, with its button.
pub fn version_hint(c: &Ctx, due: Option<u64>) -> Html {
    let l = c.lang;
    let Some(v) = due else { return Html::default() };
    let set = c
        .dispatch
        .reform(move |_| StudioAction::Set("version".into(), Value::from(v)));
    html! {
        <div class="version-hint" role="note">
            <p>{ st(l, Sk::VersionHint) }</p>
            <button type="button" class="button small" onclick={set}>{ format!("{} {v}", st(l, Sk::VersionBump)) }</button>
        </div>
    }
}

/// Id, version, margin, outside view, instructions.
pub fn general(c: &Ctx) -> Html {
    let l = c.lang;
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
            { c.switch("outside_view", st(l, Sk::FieldOutsideView), st(l, Sk::FieldOutsideViewHint)) }
            <h3>{ st(l, Sk::Instructions) }</h3>
            { c.errors_at("instructions") }
            { for scales.iter().map(|k| {
                let p = child("instructions", k);
                let remove = stray.contains(k).then(|| c.dispatch.reform({ let p = p.clone(); move |_| StudioAction::Remove(p.clone()) }));
                html! {
                    <>
                        { c.text(&p, &format!("{} {}", st(l, Sk::InstructionFor), quoted(l, k))) }
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
                        <h3>{ format!("{} {}", st(l, Sk::ScaleWord), quoted(l, k)) }</h3>
                        { c.errors_at(&p) }
                        { for (0..c.draft.len(&p)).map(|i| c.text(&element(&p, i), &format!("{} {i}", st(l, Sk::AnswerWord)))) }
                    </section>
                }
            }) }
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
