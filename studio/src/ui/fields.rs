//! The studio's form fields, one per kind of value in the file: a text in every language side
//! by side, a plain string, a number, a switch, a choice, and a map from dimension to number
//! (weights, stage minimums, pattern limits). Each reports its edit as a [`StudioAction`] on the
//! field's path, is named by its label for screen readers, and shows the validator's message
//! for its path under it.

use serde_json::Value;
use yew::prelude::*;

use crate::draft::path::child;
use crate::draft::Draft;
use crate::ui::state::StudioAction;
use seller_check::i18n::content_errors::content_error;
use seller_check::i18n::Lang;
use seller_check::model::ContentError;

/// What every field needs: the draft, its languages and problems, and where edits go.
pub struct Ctx<'a> {
    /// UI language.
    pub lang: Lang,
    /// The file being edited.
    pub draft: &'a Draft,
    /// The file's languages, in order.
    pub langs: Vec<String>,
    /// The validator's problems.
    pub problems: &'a [ContentError],
    /// Where edits go.
    pub dispatch: Callback<StudioAction>,
    /// A language code the file just refused, to say so.
    pub refused: Option<String>,
}

/// The element id of the field at `path`; a problem's button focuses it.
pub fn field_id(path: &str) -> String {
    format!("f-{path}")
}

impl Ctx<'_> {
    /// The validator's messages for exactly `path`, with the id that describes the field.
    pub(crate) fn errors(&self, path: &str) -> (Option<String>, Html) {
        let mine: Vec<&ContentError> = self.problems.iter().filter(|e| e.path == path).collect();
        if mine.is_empty() {
            return (None, Html::default());
        }
        let id = format!("e-{path}");
        let html = html! {
            <p class="field-error" id={id.clone()}>
                { for mine.iter().map(|e| html! { <span>{ content_error(self.lang, e) }</span> }) }
            </p>
        };
        (Some(id), html)
    }

    /// The validator's messages for exactly `path`, for a part that is no single field (an
    /// item, a list); nothing when there are none.
    pub fn errors_at(&self, path: &str) -> Html {
        self.errors(path).1
    }

    fn set(&self, path: &str) -> Callback<Value> {
        let (path, d) = (path.to_string(), self.dispatch.clone());
        Callback::from(move |v| d.emit(StudioAction::Set(path.clone(), v)))
    }

    pub(crate) fn remove(&self, path: &str) -> Callback<()> {
        let (path, d) = (path.to_string(), self.dispatch.clone());
        Callback::from(move |_| d.emit(StudioAction::Remove(path.clone())))
    }

    /// A text: one box per language of the file, side by side, each named "label (code)".
    pub fn text(&self, path: &str, label: &str) -> Html {
        let (gid, group_errors) = self.errors(path);
        html! {
            <fieldset class="text-field" id={field_id(path)} tabindex="-1" aria-describedby={gid}>
                <legend>{ label.to_string() }</legend>
                <div class="langs">
                    { for self.langs.iter().map(|code| {
                        let p = child(path, code);
                        let (eid, errors) = self.errors(&p);
                        let set = self.set(&p);
                        let oninput = Callback::from(move |e: InputEvent| {
                            let t: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                            set.emit(Value::from(t.value()));
                        });
                        html! {
                            <div class="lang-field">
                                <span class="lang-code" aria-hidden="true">{ code.clone() }</span>
                                <textarea id={field_id(&p)} rows="2" lang={code.clone()}
                                    aria-label={format!("{label} ({code})")}
                                    value={self.draft.str_at(&p).to_string()} {oninput}
                                    aria-invalid={eid.as_ref().map(|_| "true")} aria-describedby={eid} />
                                { errors }
                            </div>
                        }
                    }) }
                </div>
                { group_errors }
            </fieldset>
        }
    }

    /// A one-line string, with suggestions where the file has them (dimension ids, twins).
    pub fn string(&self, path: &str, label: &str, suggestions: &[String]) -> Html {
        let (eid, errors) = self.errors(path);
        let set = self.set(path);
        let oninput = Callback::from(move |e: InputEvent| {
            let t: web_sys::HtmlInputElement = e.target_unchecked_into();
            set.emit(Value::from(t.value()));
        });
        let list = (!suggestions.is_empty()).then(|| format!("l-{path}"));
        html! {
            <div class="field">
                <label for={field_id(path)}>{ label.to_string() }</label>
                <input id={field_id(path)} type="text" value={self.draft.str_at(path).to_string()}
                    {oninput} list={list.clone()} spellcheck="false"
                    aria-invalid={eid.as_ref().map(|_| "true")} aria-describedby={eid} />
                if let Some(id) = list {
                    <datalist {id}>
                        { for suggestions.iter().map(|s| html! { <option value={s.clone()} /> }) }
                    </datalist>
                }
                { errors }
            </div>
        }
    }

    /// An id of a dimension or an item: once the field is left after a change, what names the
    /// old id follows (see [`StudioAction::Commit`]).
    pub fn id(&self, path: &str, label: &str) -> Html {
        let (p, d) = (path.to_string(), self.dispatch.clone());
        let onchange = Callback::from(move |_: Event| d.emit(StudioAction::Commit(p.clone())));
        html! { <div class="id-field" {onchange}>{ self.string(path, label, &[]) }</div> }
    }

    /// A number; emptying the box removes the field (an optional one is then its default).
    pub fn number(&self, path: &str, label: &str, range: Option<(i32, i32)>) -> Html {
        html! {
            <div class="field number">
                <label for={field_id(path)}>{ label.to_string() }</label>
                { self.number_input(path, range) }
            </div>
        }
    }

    pub(crate) fn number_input(&self, path: &str, range: Option<(i32, i32)>) -> Html {
        let (eid, errors) = self.errors(path);
        let (set, remove) = (self.set(path), self.remove(path));
        let oninput = Callback::from(move |e: InputEvent| {
            let t: web_sys::HtmlInputElement = e.target_unchecked_into();
            match t.value().trim().replace(',', ".").parse::<f64>() {
                Ok(n) => set.emit(number(n)),
                Err(_) if t.value().trim().is_empty() => remove.emit(()),
                Err(_) => {}
            }
        });
        let value = match self.draft.get(path) {
            Some(Value::Number(n)) => n.to_string(),
            _ => String::new(),
        };
        html! {
            <>
                <input id={field_id(path)} type="number" {value} {oninput} inputmode="decimal"
                    min={range.map(|r| r.0.to_string())} max={range.map(|r| r.1.to_string())}
                    aria-invalid={eid.as_ref().map(|_| "true")} aria-describedby={eid} />
                { errors }
            </>
        }
    }

    /// A switch (true/false).
    pub fn switch(&self, path: &str, label: &str, hint: &str) -> Html {
        let (eid, errors) = self.errors(path);
        let set = self.set(path);
        let onchange = Callback::from(move |e: Event| {
            let t: web_sys::HtmlInputElement = e.target_unchecked_into();
            set.emit(Value::from(t.checked()));
        });
        let checked = self
            .draft
            .get(path)
            .and_then(Value::as_bool)
            .unwrap_or(false);
        html! {
            <div class="field switch">
                <input id={field_id(path)} type="checkbox" {checked} {onchange}
                    aria-invalid={eid.as_ref().map(|_| "true")} aria-describedby={eid} />
                <label for={field_id(path)}>{ label.to_string() }
                    if !hint.is_empty() { <span class="hint">{ hint.to_string() }</span> }
                </label>
                { errors }
            </div>
        }
    }

    /// A choice among `options` (value, label).
    pub fn choice(&self, path: &str, label: &str, options: &[(String, String)]) -> Html {
        let (eid, errors) = self.errors(path);
        let set = self.set(path);
        let onchange = Callback::from(move |e: Event| {
            let t: web_sys::HtmlSelectElement = e.target_unchecked_into();
            set.emit(Value::from(t.value()));
        });
        let now = self.draft.str_at(path).to_string();
        let known = options.iter().any(|(v, _)| *v == now);
        html! {
            <div class="field">
                <label for={field_id(path)}>{ label.to_string() }</label>
                <select id={field_id(path)} {onchange}
                    aria-invalid={eid.as_ref().map(|_| "true")} aria-describedby={eid}>
                    if !known { <option value={now.clone()} selected=true>{ now.clone() }</option> }
                    { for options.iter().map(|(v, l)| html! {
                        <option value={v.clone()} selected={*v == now}>{ l.clone() }</option>
                    }) }
                </select>
                { errors }
            </div>
        }
    }
}

/// A number as JSON: whole numbers without a fraction (`2`, not `2.0`), so a diff of the
/// file shows only what changed.
pub fn number(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
}
