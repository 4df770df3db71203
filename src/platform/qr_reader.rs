//! The QR reader's worker, the page's side (issue 18). The camera's frames are read in a worker
//! of their own (src/qr_worker.rs): the page stays responsive while rqrr reads, the decoder is
//! fetched only by the workshop view, and a panic inside rqrr, whose asserts can fire on real
//! camera pictures (WanzenBug/rqrr#54), ends the worker, not the page: the page hears it and
//! starts a new one.
//!
//! Own code rather than gloo-worker: gloo-worker does not tell when its worker dies, so a dead
//! reader could not be replaced, and without Trunk's loader shim it starts workers from blob:
//! URLs, which the strict Content-Security-Policy of partner portals refuses.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::{JsCast, JsValue};

use crate::platform::camera::Frame;

/// The worker's script, next to the page (Trunk's loader shim for the `seller-check-qr` bin).
const SCRIPT: &str = "./seller-check-qr_loader.js";

/// What the reader tells the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReaderEvent {
    /// The reader has loaded and takes frames.
    Ready,
    /// The texts of the QR codes read in the last frame handed over (often none).
    Read(Vec<String>),
    /// The worker ended: `was_ready` false when it never loaded (its files missing, offline
    /// before they were kept), true when it died reading (a panic in the decoder).
    Died {
        /// Whether it had been ready before.
        was_ready: bool,
    },
}

/// A running reader; dropping it ends its worker.
pub struct QrReader {
    worker: web_sys::Worker,
    ready: Rc<Cell<bool>>,
    /// A frame is being read: the next waits for its answer instead of queueing up.
    busy: Rc<Cell<bool>>,
    _listeners: [EventListener; 2],
}

impl QrReader {
    /// Starts a reader whose news goes to `onevent`; `None` where the browser cannot start a
    /// worker (then `onevent` is never called).
    pub fn spawn(onevent: impl Fn(ReaderEvent) + 'static) -> Option<Self> {
        let worker = web_sys::Worker::new(SCRIPT).ok()?;
        let (ready, busy) = (Rc::new(Cell::new(false)), Rc::new(Cell::new(false)));
        let onevent = Rc::new(onevent);
        let on_message = {
            let (ready, busy, onevent) = (ready.clone(), busy.clone(), onevent.clone());
            EventListener::new(&worker, "message", move |e| {
                let data = e
                    .dyn_ref::<web_sys::MessageEvent>()
                    .map_or(JsValue::NULL, |m| m.data());
                if !ready.replace(true) {
                    onevent(ReaderEvent::Ready);
                    return;
                }
                busy.set(false);
                let texts = data
                    .dyn_ref::<js_sys::Array>()
                    .map(|a| a.iter().filter_map(|t| t.as_string()).collect())
                    .unwrap_or_default();
                onevent(ReaderEvent::Read(texts));
            })
        };
        let on_error = {
            let ready = ready.clone();
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&worker, "error", options, move |e| {
                // Handled here: not passed on as an error of the page (which would show the
                // crash screen, scripts/crash.js).
                e.prevent_default();
                onevent(ReaderEvent::Died {
                    was_ready: ready.get(),
                });
            })
        };
        Some(Self {
            worker,
            ready,
            busy,
            _listeners: [on_message, on_error],
        })
    }

    /// Whether the reader would take a frame now (ready, and done with the one before).
    pub fn idle(&self) -> bool {
        self.ready.get() && !self.busy.get()
    }

    /// Hands `frame` over for reading, unless the reader is not ready yet or still reads the
    /// one before; returns whether it was taken. Its pixels move to the worker (`frame.rgba`
    /// is empty afterwards).
    pub fn read(&self, frame: &Frame) -> bool {
        if !self.idle() {
            return false;
        }
        let message = js_sys::Object::new();
        for (name, value) in [
            ("width", JsValue::from(frame.width)),
            ("height", JsValue::from(frame.height)),
            ("rgba", frame.rgba.clone().into()),
        ] {
            let _ = js_sys::Reflect::set(&message, &name.into(), &value);
        }
        let transfer = js_sys::Array::of1(&frame.rgba.buffer());
        let sent = self
            .worker
            .post_message_with_transfer(&message, &transfer)
            .is_ok();
        self.busy.set(sent);
        sent
    }
}

impl Drop for QrReader {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
