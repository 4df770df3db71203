//! The document around the app: language, title, focus, time.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets `<html lang>` and the document title, so screen readers and search engines follow the UI language.
pub fn set_language(code: &str, title: &str) {
    if let Some(doc) = document() {
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", code);
        }
        doc.set_title(title);
    }
}

/// Moves keyboard and screen-reader focus to the element with `id`, without scrolling jumps.
pub fn focus(id: &str) {
    if !MAY_MOVE_FOCUS.get() {
        return;
    }
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Milliseconds since the page started, for answer timing.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// The element the app mounts into: `#app`, else `<body>`.
pub fn mount_point() -> Option<web_sys::Element> {
    let doc = document()?;
    doc.get_element_by_id("app")
        .or_else(|| doc.body().map(Into::into))
}

/// Opens the browser's print dialog (print or save as PDF).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Applies the host's look: embed mode, a forced colour scheme and the accent colour.
/// The accent goes through the CSSOM, which a strict `style-src 'self'` allows.
pub fn apply_look(embed: bool, theme: Option<super::config::Theme>, accent: Option<&str>) {
    let Some(html) = document().and_then(|d| d.document_element()) else {
        return;
    };
    if embed {
        let _ = html.class_list().add_1("embed");
    }
    if let Some(theme) = theme {
        let value = match theme {
            super::config::Theme::Light => "light",
            super::config::Theme::Dark => "dark",
        };
        let _ = html.set_attribute("data-theme", value);
    }
    if let (Some(accent), Ok(html)) = (accent, html.dyn_into::<web_sys::HtmlElement>()) {
        let _ = html.style().set_property("--sc-accent", accent);
        let _ = html
            .style()
            .set_property("--sc-accent-text", super::config::text_on(accent));
    }
}

/// The page's own origin, e.g. `http://127.0.0.1:4173`.
pub fn origin() -> Option<String> {
    web_sys::window()?.location().origin().ok()
}

/// Marks the document as run by the app (`<html data-app="ready">`): the start screen drawn at
/// build time looks the same without the app, and tests and host scripts need to tell the two apart.
pub fn mark_ready() {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-app", "ready");
    }
}

/// A click the app follows in place: the main button, no modifier key. Others (a new tab or
/// window) stay the browser's, which opens the link's address.
pub fn in_place(e: &web_sys::MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}

thread_local! {
    static MAY_MOVE_FOCUS: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Asks the browser to confirm before the page is closed or reloaded (its own wording), for
/// as long as the returned listener is kept: while answers exist only on this page.
pub fn confirm_leaving() -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new_with_options(
        &window,
        "beforeunload",
        gloo_events::EventListenerOptions::enable_prevent_default(),
        |e| e.prevent_default(),
    ))
}

/// In a host's page the focus, and with it the page's scroll, belong to the host until the
/// visitor acts in the widget: [`focus`] does nothing until a press, a key or the focus itself
/// arrives in this document (load, start-up, auto-start, resize and messages from the host move
/// nothing). Holds while the listeners live.
pub fn hold_focus_until_visitor_acts() -> Option<[gloo_events::EventListener; 3]> {
    use gloo_events::{EventListener, EventListenerOptions};
    let doc = document()?;
    MAY_MOVE_FOCUS.set(false);
    let acts = |kind: &'static str| {
        EventListener::new_with_options(
            &doc,
            kind,
            EventListenerOptions::run_in_capture_phase(),
            |_| MAY_MOVE_FOCUS.set(true),
        )
    };
    Some([acts("pointerdown"), acts("keydown"), acts("focusin")])
}

/// Shows the element with `id` full screen, where the browser allows it (a refusal leaves the
/// page as it is).
pub fn full_screen(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        let _ = el.request_fullscreen();
    }
}

/// Leaves full screen, if the page is in it.
pub fn leave_full_screen() {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        }
    }
}

/// Today's date on the visitor's clock: (year, month 1–12, day 1–31).
pub fn today() -> (i32, u8, u8) {
    let now = js_sys::Date::new_0();
    (
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
}

/// Calls `f` when the document leaves full screen (the browser's Esc, or
/// [`leave_full_screen`]), for as long as the listener is kept.
pub fn on_full_screen_end(f: impl Fn() + 'static) -> Option<gloo_events::EventListener> {
    let doc = web_sys::window()?.document()?;
    let watched = doc.clone();
    Some(gloo_events::EventListener::new(
        &doc,
        "fullscreenchange",
        move |_| {
            if watched.fullscreen_element().is_none() {
                f();
            }
        },
    ))
}

/// From now on [`focus`] moves nothing: the studio shows the check's question view beside its
/// editor, and the focus stays where the author works ([`focus_first`] still moves it).
pub fn leave_focus_alone() {
    MAY_MOVE_FOCUS.set(false);
}

/// Asks `question` with the browser's OK / Cancel dialog; true for OK, and where the page may
/// not ask (a sandbox without `allow-modals`), since nothing could be asked.
pub fn confirm(question: &str) -> bool {
    web_sys::window().is_none_or(|w| w.confirm_with_message(question).unwrap_or(true))
}

/// Scrolls the first element matching `selector` into view inside its scrolling list, as little
/// as it takes (`block: nearest`): the studio's list shows the element its editor shows.
pub fn reveal(selector: &str) {
    let Some(el) = document().and_then(|d| d.query_selector(selector).ok().flatten()) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Gives the focus to the first element of `ids` that is on the page, scrolled to the middle of
/// the view so what is around it shows too; false when none is. The studio uses it to show the
/// field of a problem.
pub fn focus_first(ids: &[String]) -> bool {
    let Some(doc) = document() else { return false };
    for id in ids {
        if let Some(el) = doc.get_element_by_id(id) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = el.focus_with_options(&options);
                let at = web_sys::ScrollIntoViewOptions::new();
                at.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&at);
                return true;
            }
        }
    }
    false
}
