//! The map from dimension to number (weights, stage minimums, pattern limits): a row per
//! dimension of the file, and a row with a remove button for each key that names none.

use serde_json::Value;
use yew::prelude::*;

use crate::draft::path::child;
use crate::strings::{st, Sk};
use crate::ui::fields::{field_id, Ctx};

impl Ctx<'_> {
    /// Dimension id -> number, a row per dimension of the file (empty: not set) and a row, with
    /// a remove button, for each other key the map has (an unknown dimension).
    pub fn dimension_map(&self, path: &str, label: &str, range: (i32, i32)) -> Html {
        let (gid, group_errors) = self.errors(path);
        let dims = self.draft.ids("dimensions");
        let present: Vec<String> = match self.draft.get(path) {
            Some(Value::Object(m)) => m.keys().cloned().collect(),
            _ => Vec::new(),
        };
        let extra: Vec<&String> = present.iter().filter(|k| !dims.contains(k)).collect();
        html! {
            <fieldset class="dimension-map" id={field_id(path)} tabindex="-1" aria-describedby={gid}>
                <legend>{ label.to_string() }</legend>
                { for dims.iter().map(|d| {
                    let p = child(path, d);
                    html! {
                        <div class="map-row">
                            <label for={field_id(&p)}>{ self.dimension_name(d) }</label>
                            { self.number_input(&p, Some(range)) }
                        </div>
                    }
                }) }
                { for extra.into_iter().map(|k| {
                    let p = child(path, k);
                    let remove = self.remove(&p);
                    html! {
                        <div class="map-row unknown">
                            <label for={field_id(&p)}>{ k.clone() }</label>
                            { self.number_input(&p, Some(range)) }
                            <button type="button" class="button quiet small" onclick={remove.reform(|_| ())}>
                                { st(self.lang, Sk::RemoveEntry) }<span class="visually-hidden">{ format!(" {k}") }</span>
                            </button>
                        </div>
                    }
                }) }
                { group_errors }
            </fieldset>
        }
    }

    /// A dimension's name in the UI language, else in the file's first language, else its id.
    pub fn dimension_name(&self, id: &str) -> String {
        let at = self.draft.ids("dimensions").iter().position(|d| d == id);
        let Some(name) = at.map(|i| format!("dimensions[{i}].name")) else {
            return id.to_string();
        };
        let first = self.langs.first().map(String::as_str).unwrap_or_default();
        [self.lang.code(), first]
            .into_iter()
            .map(|code| self.draft.str_at(&child(&name, code)))
            .find(|n| !n.is_empty())
            .unwrap_or(id)
            .to_string()
    }
}
