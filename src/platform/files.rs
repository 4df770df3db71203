//! Result files the facilitator drops or chooses (issue 18): their text, read with gloo-file.
//! (A participant saves one through a download link; scripts/first_page.js offers the
//! system's share sheet for it where the browser has one.)

use wasm_bindgen::JsCast;

/// Reads every file of `files` as text (UTF-8) and calls `f` once with all of them, each
/// starting on a line of its own, so that what the files held is taken (and told) together; a
/// file that cannot be read (gone, not text) is skipped.
pub fn read_texts(files: web_sys::FileList, f: impl Fn(String) + 'static) {
    let files = gloo_file::FileList::from(files);
    let list: Vec<gloo_file::File> = files.iter().cloned().collect();
    wasm_bindgen_futures::spawn_local(async move {
        let mut texts = Vec::new();
        for file in list {
            if let Ok(text) = gloo_file::futures::read_as_text(&file).await {
                texts.push(text);
            }
        }
        f(texts.join("\n"));
    });
}

/// Reads the first file of `files` as text (UTF-8) and calls `f` with its name and text; a file
/// that cannot be read calls nothing (the studio's opening screen stays as it is).
pub fn read_first(files: web_sys::FileList, f: impl Fn(String, String) + 'static) {
    let Some(first) = files.get(0) else { return };
    let name = first.name();
    let file = gloo_file::File::from(first);
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(text) = gloo_file::futures::read_as_text(&file).await {
            f(name, text);
        }
    });
}

/// The files of a drop event, if it carries any.
pub fn dropped(e: &web_sys::Event) -> Option<web_sys::FileList> {
    e.dyn_ref::<web_sys::DragEvent>()?.data_transfer()?.files()
}

/// The files chosen in a file input that fired `e`.
pub fn chosen(e: &web_sys::Event) -> Option<web_sys::FileList> {
    e.target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?
        .files()
}
