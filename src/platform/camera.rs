//! The facilitator's camera (issue 18): started on request, frames taken as greyscale pictures
//! for the QR reader, stopped on request or when the view goes. Needs a secure context
//! (https or localhost), which the service worker keeps offline after one visit.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why the camera could not start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraError {
    /// The visitor or the browser's settings refused it.
    Denied,
    /// There is no camera.
    Absent,
    /// Another program or tab holds it.
    InUse,
    /// This browser or page cannot use a camera (no secure context, no support).
    Unsupported,
}

fn video(id: &str) -> Option<web_sys::HtmlVideoElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// Starts the back camera where there is one and shows it in the `<video>` with `id`.
///
/// # Errors
/// [`CameraError`] from the browser's refusal (`NotAllowedError`, `NotFoundError`,
/// `NotReadableError`, …).
pub async fn start(id: &str) -> Result<web_sys::MediaStream, CameraError> {
    let devices = web_sys::window()
        .and_then(|w| w.navigator().media_devices().ok())
        .ok_or(CameraError::Unsupported)?;
    let constraints = web_sys::MediaStreamConstraints::new();
    let wanted = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&wanted, &"facingMode".into(), &"environment".into());
    constraints.set_video(&wanted);
    constraints.set_audio(&JsValue::FALSE);
    let asked = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|_| CameraError::Unsupported)?;
    let stream: web_sys::MediaStream = JsFuture::from(asked)
        .await
        .map_err(|e| {
            let name = e
                .dyn_ref::<web_sys::DomException>()
                .map(|d| d.name())
                .unwrap_or_default();
            match name.as_str() {
                "NotAllowedError" | "SecurityError" => CameraError::Denied,
                "NotFoundError" | "OverconstrainedError" => CameraError::Absent,
                "NotReadableError" | "AbortError" => CameraError::InUse,
                _ => CameraError::Unsupported,
            }
        })?
        .dyn_into()
        .map_err(|_| CameraError::Unsupported)?;
    if let Some(v) = video(id) {
        v.set_src_object(Some(&stream));
        if let Ok(p) = v.play() {
            let _ = JsFuture::from(p).await;
        }
    }
    Ok(stream)
}

/// Stops every track of `stream` (the camera's light goes off).
pub fn stop(stream: &web_sys::MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(t) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            t.stop();
        }
    }
}

/// Widest frame handed to the QR reader, in pixels: enough for a code held up at arm's length,
/// small enough to read five frames a second on a laptop.
const MAX_WIDTH: u32 = 800;

/// A camera frame as the canvas gives it: `width` × `height` pixels, row by row, 4 bytes
/// (red, green, blue, alpha, 0–255) a pixel, in a JavaScript array that can be handed to a
/// worker without a copy.
pub struct Frame {
    /// Pixels across, at most 800.
    pub width: u32,
    /// Pixels down.
    pub height: u32,
    /// `width * height * 4` bytes.
    pub rgba: js_sys::Uint8ClampedArray,
}

/// The `<video>` with `id`'s current frame, scaled down to at most 800 pixels across; `None`
/// before the first frame.
pub fn frame(id: &str) -> Option<Frame> {
    let v = video(id)?;
    let (w, h) = (v.video_width(), v.video_height());
    if w == 0 || h == 0 {
        return None;
    }
    let scale = f64::from(MAX_WIDTH.min(w)) / f64::from(w);
    let (cw, ch) = ((f64::from(w) * scale) as u32, (f64::from(h) * scale) as u32);
    let canvas: web_sys::HtmlCanvasElement = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width(cw);
    canvas.set_height(ch);
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context
        .draw_image_with_html_video_element_and_dw_and_dh(
            &v,
            0.0,
            0.0,
            f64::from(cw),
            f64::from(ch),
        )
        .ok()?;
    let image = context
        .get_image_data(0.0, 0.0, f64::from(cw), f64::from(ch))
        .ok()?;
    // The pixels stay in JavaScript: `ImageData::data` would copy them into the wasm.
    let rgba = js_sys::Reflect::get(&image, &"data".into())
        .ok()?
        .dyn_into()
        .ok()?;
    Some(Frame {
        width: cw,
        height: ch,
        rgba,
    })
}
