//! The mounted app in headless Chromium: language default, switch, `<html lang>`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use seller_check::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits until `ready` holds, polling every few milliseconds; fails after two seconds naming `what`.
async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..400 {
        if ready() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(5)).await;
    }
    panic!("timed out waiting for {what}");
}

/// The text of the first `selector` in `root`, if any.
fn text(root: &web_sys::Element, selector: &str) -> Option<String> {
    root.query_selector(selector).ok()??.text_content()
}

fn mount() -> web_sys::Element {
    let doc = gloo_document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let props = seller_check::ui::AppProps::read(Default::default());
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    root
}

fn gloo_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn heading(root: &web_sys::Element) -> String {
    root.query_selector("h1")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

#[wasm_bindgen_test]
async fn app_starts_in_german_and_switches_to_english() {
    let _ = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear();
    let root = mount();
    until("the start screen", || text(&root, "h1").is_some()).await;
    assert_eq!(heading(&root), "Briefträger oder Partner?");
    let html = gloo_document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("de"));

    let english: web_sys::HtmlElement = root
        .query_selector("a[lang=en]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    english.click();
    until("the English heading", || {
        text(&root, "h1").as_deref() == Some("Mail carrier or partner?")
    })
    .await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("seller-check.lang")
        .unwrap();
    assert_eq!(stored.as_deref(), Some("en"));
    root.remove();
}

fn click(root: &web_sys::Element, selector: &str) {
    let el: web_sys::HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap();
    el.click();
}

fn press(target: &web_sys::Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn checked(root: &web_sys::Element) -> Vec<bool> {
    let inputs = root.query_selector_all("input[type=radio]").unwrap();
    (0..inputs.length())
        .map(|i| {
            inputs
                .item(i)
                .unwrap()
                .dyn_into::<web_sys::HtmlInputElement>()
                .unwrap()
                .checked()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn number_keys_answer_only_while_the_question_has_focus_and_the_answer_is_saved() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let _ = storage.clear();
    let root = mount();
    until("the start screen", || {
        text(&root, ".variant-card a").is_some()
    })
    .await;
    click(&root, ".variant-card a");
    until("the first question", || {
        text(&root, "#question-heading").is_some()
            && gloo_document().active_element().map(|e| e.id()) == Some("question-heading".into())
    })
    .await;
    let heading = root.query_selector("#question-heading").unwrap().unwrap();
    press(&heading, "3");
    until("the third option checked", || {
        checked(&root) == vec![false, false, true, false, false]
    })
    .await;
    // A key pressed outside the question does nothing (WCAG 2.1.4): the key after it, on the
    // question, is handled after it, so once that one shows, the first has had its chance.
    press(&gloo_document().body().unwrap(), "5");
    press(&heading, "4");
    until("the fourth option checked", || checked(&root)[3]).await;
    assert_eq!(checked(&root), vec![false, false, false, true, false]);
    until("the answer saved", || {
        storage
            .get_item("seller-check.session")
            .ok()
            .flatten()
            .is_some_and(|s| s.contains("\"scale\":3"))
    })
    .await;
    press(&heading, "ArrowRight");
    until("question 2", || {
        root.query_selector("progress")
            .ok()
            .flatten()
            .and_then(|p| p.get_attribute("value"))
            .as_deref()
            == Some("2")
    })
    .await;
    root.remove();
    let _ = storage.clear();
}
