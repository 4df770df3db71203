//! The start screen drawn at build time into index.html (src/bin/prerender.rs), which the app
//! adopts instead of drawing it anew: its elements stay as they are until the visitor acts, so a
//! press, the focus or a key on them is never lost to a redraw. Its links say what they do
//! (`?intro=0&variant=quick`, `?lang=en`): before the app runs the browser follows them, once it
//! runs the app does, in place.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

/// Class of the element the app draws into beside the drawn screen (styles/layout.css).
const APP_ROOT: &str = "app-root";

/// Whether `e` belongs to the drawn screen, not to what the app draws.
fn drawn(e: &web_sys::Element) -> bool {
    e.closest(".app-root").ok().flatten().is_none()
}

fn app() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("app")
}

/// Where the app mounts while it adopts the drawn screen: a new, empty element at the end of
/// `#app`, beside the drawn elements. `None` when `#app` holds no drawn screen.
pub fn adoption_root() -> Option<web_sys::Element> {
    let app = app()?;
    if app.child_element_count() == 0 {
        return None;
    }
    let root = app.owner_document()?.create_element("div").ok()?;
    root.set_class_name(APP_ROOT);
    app.append_child(&root).ok()?;
    Some(root)
}

/// Removes the drawn screen, leaving what the app has drawn. Called in the same task as the
/// app's drawing of the next screen, so nothing in between is painted. Where the focus was on a
/// drawn element with an `id` (a language link), it moves to the app's element of that id.
pub fn drop_drawn() {
    let Some(app) = app() else {
        return;
    };
    let focused = app
        .owner_document()
        .and_then(|d| d.active_element())
        .filter(drawn)
        .map(|e| e.id());
    let children = app.children();
    for i in (0..children.length()).rev() {
        if let Some(child) = children.item(i).filter(|c| c.class_name() != APP_ROOT) {
            child.remove();
        }
    }
    if let Some(id) = focused.filter(|id| !id.is_empty()) {
        super::document::focus(&id);
    }
}

/// Hears plain clicks (main button, no modifier key) on the drawn screen's links while it lives:
/// the browser does not follow them, `onlink` gets the link's `href` (`?intro=0&variant=quick`).
/// A click meant for a new tab or window stays the browser's.
/// Dropping it stops hearing them.
pub struct DrawnLinks {
    _listener: EventListener,
}

impl DrawnLinks {
    /// Starts hearing the clicks; `None` without `#app`.
    pub fn listen(onlink: impl Fn(String) + 'static) -> Option<DrawnLinks> {
        let app = app()?;
        // Not passive (gloo's default): the click's default, following the link, is prevented.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&app, "click", options, move |e| {
            let Some(e) = e.dyn_ref::<web_sys::MouseEvent>() else {
                return;
            };
            let plain = super::document::in_place(e);
            let link = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("a[href]").ok().flatten())
                .filter(drawn);
            if let (true, Some(link)) = (plain, link) {
                e.prevent_default();
                onlink(link.get_attribute("href").unwrap_or_default());
            }
        });
        Some(DrawnLinks {
            _listener: listener,
        })
    }
}
