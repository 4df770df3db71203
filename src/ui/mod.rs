//! Yew function components and plain view functions (`fn(&Props) -> Html` for views without
//! hooks, which cost no per-component wasm), one per file; `App` ties them to the state and the browser.

mod app;
pub mod compare_route;
pub mod comparison_chart;
pub mod comparison_view;
pub mod content_error_view;
pub mod copy_field;
pub mod default_questionnaire;
pub mod dimension_chart;
pub mod dimension_texts;
pub mod flow;
pub mod lang_switch;
pub mod more;
pub mod notices;
pub mod outside_code_form;
pub mod outside_done;
pub mod outside_intro;
pub mod outside_section;
pub mod page_frame;
pub mod qr_code;
pub mod question_view;
pub mod result_view;
pub mod resume_prompt;
mod route;
pub mod share_section;
pub mod shared_result;
pub mod spectrum_chart;
pub mod start_screen;
pub mod state;
pub mod use_host_events;
pub mod use_outside_views;
pub mod workshop_view;

pub use app::{App, AppProps, LANG_KEY};

use crate::platform::{config, document, storage};

/// A page's start: the panic screen first, then the app with the screens of this page.
pub fn run(screens: more::Screens) {
    crate::platform::panic_screen::install(LANG_KEY);
    start(screens);
}

/// Mounts the app into `#app` (or `<body>`) with the screens of this page, in a task of its
/// own: the wasm's start-up and the first render are two shorter tasks, not one long one.
///
/// Where `#app` holds the start screen drawn at build time (index.html) and the app opens on
/// that very screen, the app hydrates it: it takes over the elements as they are, so a press,
/// the focus or a key on them is not lost to a redraw. Elsewhere it draws anew (Yew empties `#app` first).
pub fn start(screens: more::Screens) {
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
        let Some(root) = document::mount_point() else {
            return;
        };
        let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { screens });
        if root.child_element_count() > 0 && opens_on_drawn_screen() {
            renderer.hydrate();
        } else {
            renderer.render();
        }
    });
}

/// Whether the app's first render is the start screen drawn at build time (see `App`).
fn opens_on_drawn_screen() -> bool {
    let config = config::read();
    let saved = matches!(storage::load(flow::SESSION_KEY), Ok(Some(_)));
    app::opens_on_first_screen(&config, app::opening_lang(&config), saved)
}
