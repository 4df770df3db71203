//! The mounted app in headless Chromium: language default, switch, `<html lang>`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use seller_check::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn settle() {
    yew::platform::time::sleep(Duration::ZERO).await;
    yew::platform::time::sleep(Duration::from_millis(10)).await;
}

fn mount() -> web_sys::Element {
    let doc = gloo_document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
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
    settle().await;
    assert_eq!(heading(&root), "Briefträger oder Partner?");
    let html = gloo_document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("de"));

    let english: web_sys::HtmlElement = root
        .query_selector("button[lang=en]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    english.click();
    settle().await;
    assert_eq!(heading(&root), "Mail carrier or partner?");
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
