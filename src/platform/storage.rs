//! localStorage that never throws at the caller: every fault becomes a `StorageFault`.
//!
//! web-sys rather than gloo-storage: gloo-storage throws when storage is blocked and reads and
//! writes through serde_json, which the first page does without (16 KB gzip, issue 16); the
//! app's stored data goes through serde in the model (`Session::to_json`, `SmallJson`).

use wasm_bindgen::JsValue;

/// Key of the language the visitor chose (`de` or `en`).
pub const LANG_KEY: &str = "seller-check.lang";
/// Key of the visitor's earlier results (issue 19: a JSON list of [`crate::model::PastResult`],
/// newest first), kept for the built-in questionnaire.
pub const PAST_KEY: &str = "seller-check.results";
/// Key of the check in progress or finished (a [`crate::model::Session`] as JSON).
pub const SESSION_KEY: &str = "seller-check.session";

/// Why the browser's storage could not be used.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StorageFault {
    /// No storage at all (blocked by settings, sandbox or a throwing getter).
    Unavailable,
    /// A write was refused, usually because the quota is exhausted.
    WriteRefused,
}

fn store() -> Result<web_sys::Storage, StorageFault> {
    let window = web_sys::window().ok_or(StorageFault::Unavailable)?;
    match window.local_storage() {
        Ok(Some(s)) => Ok(s),
        _ => Err(StorageFault::Unavailable),
    }
}

/// The value under `key`, `Ok(None)` when nothing is stored.
pub fn load(key: &str) -> Result<Option<String>, StorageFault> {
    store()?
        .get_item(key)
        .map_err(|_: JsValue| StorageFault::Unavailable)
}

/// Whether earlier results are kept ([`PAST_KEY`] holds any text).
pub fn has_past() -> bool {
    matches!(load(PAST_KEY), Ok(Some(t)) if !t.is_empty())
}

/// Stores `value` under `key`.
pub fn save(key: &str, value: &str) -> Result<(), StorageFault> {
    store()?
        .set_item(key, value)
        .map_err(|_| StorageFault::WriteRefused)
}

/// Removes `key`; faults are reported but leave nothing half-done.
pub fn remove(key: &str) -> Result<(), StorageFault> {
    store()?
        .remove_item(key)
        .map_err(|_| StorageFault::WriteRefused)
}

/// Calls `f` with the new value (`None`: removed) whenever another tab of this origin changes
/// `key`; a tab's own writes are not reported. A page the browser brings back from its
/// back-forward cache also calls `f` with the value now stored, as a later page of the same
/// tab may have changed it meanwhile (frozen pages hear no storage events). Holds while the
/// listeners live.
pub fn on_change(
    key: String,
    f: impl Fn(Option<String>) + 'static,
) -> Option<[gloo_events::EventListener; 2]> {
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let (f, key) = (Rc::new(f), Rc::new(key));
    let (f2, key2) = (f.clone(), key.clone());
    let storage = gloo_events::EventListener::new(&window, "storage", move |e| {
        let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        if e.key().as_deref() == Some(key.as_str()) {
            f(e.new_value());
        }
    });
    let shown = gloo_events::EventListener::new(&window, "pageshow", move |e| {
        let persisted = js_sys::Reflect::get(e, &JsValue::from_str("persisted"));
        if persisted.is_ok_and(|p| p.is_truthy()) {
            if let Ok(value) = load(&key2) {
                f2(value);
            }
        }
    });
    Some([storage, shown])
}
