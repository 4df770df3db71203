//! The QR reader's worker, its own side (issue 18): each message is a camera frame
//! (`{width, height, rgba}`, see [`crate::platform::camera::Frame`]); each answer is the list of
//! texts read in it. The first message posted is `null`: the reader is ready. A panic inside
//! the decoder ends this worker only; the page starts a new one (src/platform/qr_reader.rs).

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::{luma_from_rgba, read_qr};

/// Answers frames posted to this worker for as long as it runs; does nothing outside a
/// dedicated worker.
pub fn serve() {
    let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() else {
        return;
    };
    let answer = scope.clone();
    EventListener::new(&scope, "message", move |e| {
        let Some(frame) = e.dyn_ref::<web_sys::MessageEvent>().map(|m| m.data()) else {
            return;
        };
        let field = |name: &str| js_sys::Reflect::get(&frame, &name.into()).ok();
        let size = |name: &str| field(name).and_then(|v| v.as_f64()).unwrap_or(0.0) as usize;
        let rgba = field("rgba")
            .and_then(|v| v.dyn_into::<js_sys::Uint8ClampedArray>().ok())
            .map(|a| a.to_vec())
            .unwrap_or_default();
        let texts = read_qr(size("width"), size("height"), &luma_from_rgba(&rgba));
        let list: js_sys::Array = texts.iter().map(|t| JsValue::from_str(t)).collect();
        let _ = answer.post_message(&list);
    })
    .forget();
    let _ = scope.post_message(&JsValue::NULL);
}
