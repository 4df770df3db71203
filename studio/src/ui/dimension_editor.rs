//! A dimension of the file: its id, weight, name and description, the texts of its three
//! levels and of the gap between self-image and outside view; a list to pick one from.

use yew::prelude::*;

use crate::draft::path::{child, element};
use crate::strings::{st, Sk};
use crate::ui::fields::{field_id, Ctx};
use crate::ui::item_editor::element_actions;
use crate::ui::state::{Section, StudioAction};

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
                        { c.id(&f("id"), st(l, Sk::FieldId)) }
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
