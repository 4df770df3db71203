//! The postMessage bridge to a host page: events out (only to allowed origins, never to "*"),
//! a few documented commands in (only from an allowed origin and from the parent), height reports.

use std::rc::Rc;

use gloo_events::EventListener;
use js_sys::Object;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::host_messages::{command, message, obj, HostCommand, HostEvent, PREFIX};

/// The host connection of this page: the parent window and the origins allowed to hear from us.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Bridge {
    origins: Rc<Vec<String>>,
}

fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    // Top-level page: the parent is the window itself, there is no host to talk to.
    (!JsValue::from(parent.clone()).loose_eq(&JsValue::from(window))).then_some(parent)
}

impl Bridge {
    /// A bridge to the parent window for `origins`; with none, nothing is ever posted.
    pub fn new(origins: Vec<String>) -> Bridge {
        Bridge {
            origins: Rc::new(origins),
        }
    }

    /// Posts `event` to the parent, once per allowed origin (the browser drops it where the origin differs).
    pub fn post(&self, event: &HostEvent) {
        self.post_raw(&message(event));
    }

    fn post_raw(&self, msg: &Object) {
        let Some(parent) = parent() else { return };
        for origin in self.origins.iter() {
            let _ = parent.post_message(msg, origin);
        }
    }

    /// Posts an `escape` event when the user presses Esc inside the widget: a host cannot see
    /// keys pressed in a cross-origin frame, but its popup should still close on Esc. For as
    /// long as the returned listener is kept.
    pub fn forward_escape(&self) -> Option<EventListener> {
        let (Some(window), true) = (web_sys::window(), parent().is_some()) else {
            return None;
        };
        let bridge = self.clone();
        Some(EventListener::new(&window, "keydown", move |e| {
            let key = e.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key());
            if key.as_deref() == Some("Escape") {
                bridge.post_raw(&obj(&[(
                    "type",
                    JsValue::from_str(&format!("{PREFIX}escape")),
                )]));
            }
        }))
    }

    /// Calls `oncommand` for documented commands from an allowed origin sent by the parent,
    /// for as long as the returned listener is kept.
    pub fn listen(&self, oncommand: impl Fn(HostCommand) + 'static) -> Option<EventListener> {
        let (Some(window), Some(parent)) = (web_sys::window(), parent()) else {
            return None;
        };
        let origins = self.origins.clone();
        Some(EventListener::new(&window, "message", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            let from_parent = e
                .source()
                .is_some_and(|s| s.loose_eq(&JsValue::from(parent.clone())));
            if !from_parent || !origins.iter().any(|o| *o == e.origin()) {
                return;
            }
            if let Some(cmd) = command(&e.data()) {
                oncommand(cmd);
            }
        }))
    }

    /// Reports the app's height to the host on every layout change, for as long as the
    /// returned observer is kept.
    pub fn observe_height(&self) -> Option<HeightObserver> {
        let (Some(root), true) = (super::document::mount_point(), parent().is_some()) else {
            return None;
        };
        let bridge = self.clone();
        let target = root.clone();
        let onresize = Closure::<dyn Fn()>::new(move || {
            let rect = target.get_bounding_client_rect();
            let scroll = web_sys::window()
                .and_then(|w| w.scroll_y().ok())
                .unwrap_or(0.0);
            let height = (rect.bottom() + scroll).ceil() as usize;
            bridge.post_raw(&obj(&[
                ("type", JsValue::from_str(&format!("{PREFIX}resized"))),
                ("height", JsValue::from_f64(height as f64)),
            ]));
        });
        let observer = web_sys::ResizeObserver::new(onresize.as_ref().unchecked_ref()).ok()?;
        observer.observe(&root);
        Some(HeightObserver {
            observer,
            _onresize: onresize,
        })
    }
}

/// A ResizeObserver and its callback; dropping it disconnects the observer. Own code: gloo has
/// no ResizeObserver wrapper.
pub struct HeightObserver {
    observer: web_sys::ResizeObserver,
    _onresize: Closure<dyn Fn()>,
}

impl Drop for HeightObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
