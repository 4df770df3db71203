//! Clicks and taps act on the screen they were aimed at.
//!
//! The second click of a double click or double tap, and a click whose press began on the
//! screen before, would otherwise act on the next screen's control under the pointer. Where
//! the screen stays (a checkbox, a text field, the workshop's list), every click acts.
//! Listeners on the document in the capture phase see each click before Yew does and swallow
//! those. Keyboard activations (click detail 0) are never swallowed.

use std::cell::Cell;

use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;

thread_local! {
    static SHOWN_AT: Cell<f64> = const { Cell::new(f64::NEG_INFINITY) };
    static PRESSED_AT: Cell<f64> = const { Cell::new(f64::NEG_INFINITY) };
    static CLICKED_AT: Cell<f64> = const { Cell::new(f64::NEG_INFINITY) };
}

/// Tells the guard that a new screen (a question, the result, the start) is on display.
pub fn screen_changed() {
    SHOWN_AT.set(super::document::now_ms());
}

/// Whether a click with `detail` (clicks in a row; 0 from the keyboard) whose press came at
/// `pressed` was aimed at a screen shown at `shown`; `previous`: when the click before it came.
/// A later click of a double or triple click is aimed only if no new screen came since the
/// click before. Times in ms on one clock. Pure, for the native tests.
pub fn aimed(detail: i32, pressed: f64, shown: f64, previous: f64) -> bool {
    detail == 0 || (pressed >= shown && (detail == 1 || previous >= shown))
}

/// When the press of the click being handled came (ms since the page's time origin).
pub fn pressed_at() -> f64 {
    PRESSED_AT.get()
}

/// Installs the guard on the document; it holds while the listeners live.
pub fn install() -> Option<[EventListener; 2]> {
    let document = web_sys::window()?.document()?;
    let capture = EventListenerOptions {
        phase: EventListenerPhase::Capture,
        passive: true,
    };
    let press = EventListener::new_with_options(&document, "pointerdown", capture, |e| {
        PRESSED_AT.set(e.time_stamp());
    });
    let capture = EventListenerOptions {
        phase: EventListenerPhase::Capture,
        passive: false,
    };
    let click = EventListener::new_with_options(&document, "click", capture, |e| {
        let Some(mouse) = e.dyn_ref::<web_sys::MouseEvent>() else {
            return;
        };
        let previous = CLICKED_AT.replace(e.time_stamp());
        if !aimed(mouse.detail(), PRESSED_AT.get(), SHOWN_AT.get(), previous) {
            e.prevent_default();
            e.stop_immediate_propagation();
        }
    });
    Some([press, click])
}
