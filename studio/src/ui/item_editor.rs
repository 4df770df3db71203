//! The items of the file: a list to pick one from, add, move and remove, and the picked item's
//! fields (a likert statement, or a scenario with its options and their weights).

use serde_json::Value;
use yew::prelude::*;

use crate::draft::path::{child, element};
use crate::strings::{st, Sk};
use crate::ui::fields::{field_id, Ctx};
use crate::ui::state::StudioAction;

/// The item list and the fields of item `index`.
pub fn items(c: &Ctx, index: usize) -> Html {
    let d = c.draft;
    let n = d.len("items");
    let ids = d.ids("items");
    let add = |kind: &'static str| {
        let v = d.new_element("items", Some(kind));
        let (dispatch, at) = (c.dispatch.clone(), index + 1);
        Callback::from(move |_: MouseEvent| {
            if let Some(v) = v.clone() {
                dispatch.emit(StudioAction::Insert("items".into(), at, v));
            }
        })
    };
    html! {
        <div class="master-detail" id={field_id("items")} tabindex="-1">
            { c.errors_at("items") }
            <nav class="element-list" aria-label={st(c.lang, Sk::ItemList)}>
                <ol>
                    { for ids.iter().enumerate().map(|(i, id)| {
                        let kind = d.str_at(&child(&element("items", i), "kind"));
                        let go = c.dispatch.reform(move |_| StudioAction::Show(crate::ui::state::Section::Item(i)));
                        html! {
                            <li>
                                <button type="button" class="list-button" onclick={go}
                                    aria-current={(i == index).then_some("true")}>
                                    <span class="list-kind">{ kind_label(c, kind) }</span>
                                    <span class="list-id">{ if id.is_empty() { format!("[{i}]") } else { id.clone() } }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ol>
                <div class="list-actions">
                    <button type="button" class="button small" onclick={add("likert")}>{ st(c.lang, Sk::AddLikert) }</button>
                    <button type="button" class="button small" onclick={add("scenario")}>{ st(c.lang, Sk::AddScenario) }</button>
                </div>
            </nav>
            if index < n {
                { item(c, index, n) }
            }
        </div>
    }
}

fn kind_label(c: &Ctx, kind: &str) -> &'static str {
    match kind {
        "scenario" => st(c.lang, Sk::KindScenario),
        _ => st(c.lang, Sk::KindLikert),
    }
}

/// Move up, move down and remove for element `i` of `list` (of `n`).
pub fn element_actions(c: &Ctx, list: &str, i: usize, n: usize, name: &str) -> Html {
    let mv = |to: usize| {
        let (list, dispatch) = (list.to_string(), c.dispatch.clone());
        Callback::from(move |_: MouseEvent| dispatch.emit(StudioAction::Move(list.clone(), i, to)))
    };
    let remove = {
        let (p, dispatch) = (element(list, i), c.dispatch.clone());
        Callback::from(move |_: MouseEvent| dispatch.emit(StudioAction::Remove(p.clone())))
    };
    let hidden = html! { <span class="visually-hidden">{ format!(" {name}") }</span> };
    html! {
        <div class="element-actions">
            <button type="button" class="button small quiet" disabled={i == 0} onclick={mv(i.saturating_sub(1))}>
                { st(c.lang, Sk::MoveUp) }{ hidden.clone() }
            </button>
            <button type="button" class="button small quiet" disabled={i + 1 >= n} onclick={mv(i + 1)}>
                { st(c.lang, Sk::MoveDown) }{ hidden.clone() }
            </button>
            <button type="button" class="button small quiet danger" onclick={remove}>
                { st(c.lang, Sk::RemoveEntry) }{ hidden }
            </button>
        </div>
    }
}

fn item(c: &Ctx, i: usize, n: usize) -> Html {
    let p = element("items", i);
    let f = |k: &str| child(&p, k);
    let d = c.draft;
    let id = d.str_at(&f("id")).to_string();
    let scenario = d.str_at(&f("kind")) == "scenario";
    let l = c.lang;
    let title = format!("{} {}", kind_label(c, d.str_at(&f("kind"))), id);
    html! {
        <section class="element" aria-labelledby="element-title" id={field_id(&p)} tabindex="-1">
            <div class="element-head">
                <h3 id="element-title">{ title }</h3>
                { element_actions(c, "items", i, n, &id) }
            </div>
            { c.errors_at(&p) }
            <div class="field-row">
                { c.id(&f("id"), st(l, Sk::FieldId)) }
                { c.choice(&f("kind"), st(l, Sk::FieldKind), &[
                    ("likert".into(), st(l, Sk::KindLikert).into()),
                    ("scenario".into(), st(l, Sk::KindScenario).into()),
                ]) }
            </div>
            if scenario {
                { c.text(&f("situation"), st(l, Sk::FieldSituation)) }
                { c.text(&f("text"), st(l, Sk::FieldQuestion)) }
                { c.text(&f("outside_situation"), st(l, Sk::FieldOutsideSituation)) }
                { c.text(&f("outside_text"), st(l, Sk::FieldOutsideQuestion)) }
                { options(c, &p) }
            } else {
                { c.text(&f("text"), st(l, Sk::FieldStatement)) }
                { c.text(&f("outside_text"), st(l, Sk::FieldOutsideStatement)) }
                <div class="field-row">
                    { c.string(&f("dimension"), st(l, Sk::FieldDimension), &d.ids("dimensions")) }
                    { c.choice(&f("scale"), st(l, Sk::FieldScale), &scales(c)) }
                    { c.string(&f("twin"), st(l, Sk::FieldTwin), &d.likert_ids().into_iter().filter(|t| *t != id).collect::<Vec<_>>()) }
                </div>
                { c.switch(&f("reverse"), st(l, Sk::FieldReverse), st(l, Sk::FieldReverseHint)) }
                { c.switch(&f("not_applicable"), st(l, Sk::FieldNotApplicable), st(l, Sk::FieldNotApplicableHint)) }
            }
        </section>
    }
}

fn scales(c: &Ctx) -> Vec<(String, String)> {
    match c.draft.get("scales") {
        Some(Value::Object(m)) => m.keys().map(|k| (k.clone(), k.clone())).collect(),
        _ => Vec::new(),
    }
}

fn options(c: &Ctx, item: &str) -> Html {
    let list = child(item, "options");
    let n = c.draft.len(&list);
    let add = {
        let v = c.draft.new_element(&list, None);
        let (dispatch, list) = (c.dispatch.clone(), list.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(v) = v.clone() {
                dispatch.emit(StudioAction::Insert(list.clone(), usize::MAX, v));
            }
        })
    };
    let l = c.lang;
    html! {
        <div class="options-editor" id={field_id(&list)} tabindex="-1">
            <h4>{ st(l, Sk::FieldOptions) }</h4>
            { for (0..n).map(|k| {
                let p = element(&list, k);
                let name = format!("{} {}", st(l, Sk::OptionWord), char::from(b'A' + (k as u8).min(25)));
                html! {
                    <fieldset class="option-editor" id={field_id(&p)} tabindex="-1">
                        <legend>{ name.clone() }</legend>
                        { element_actions(c, &list, k, n, &name) }
                        { c.text(&child(&p, "text"), st(l, Sk::FieldOptionText)) }
                        { c.text(&child(&p, "outside_text"), st(l, Sk::FieldOutsideOption)) }
                        { c.dimension_map(&child(&p, "weights"), st(l, Sk::FieldWeights), (-2, 2)) }
                        { c.text(&child(&p, "rationale"), st(l, Sk::FieldRationale)) }
                    </fieldset>
                }
            }) }
            { c.errors_at(&list) }
            <button type="button" class="button small" onclick={add} disabled={n >= 4}>{ st(l, Sk::AddOption) }</button>
        </div>
    }
}
