//! Yew function components and plain view functions (`fn(&Props) -> Html` for views without
//! hooks, which cost no per-component wasm), one per file; `App` ties them to the state and the browser.

mod app;
pub mod components;
pub mod default_questionnaire;
pub mod history_step;
pub mod hooks;
pub mod notices;
pub mod opening;
pub mod outcome;
pub mod question_options;
mod route;
pub mod saved;
pub mod screens;
pub mod state;

pub use crate::platform::storage::LANG_KEY;
pub use app::{App, AppProps};

use crate::platform::{self, document};

/// A page's start: the panic screen first, then the app with the screens of this page.
pub fn run(screens: screens::Screens) {
    crate::platform::panic_screen::install(LANG_KEY);
    start(screens);
}

/// Mounts the app into `#app` (or `<body>`) with the screens of this page, in a task of its
/// own: the wasm's start-up and the first render are two shorter tasks, not one long one.
///
/// Where `#app` still holds the start screen drawn at build time (index.html; scripts/first_page.js
/// empties it where the app opens on something else), the app mounts beside it and adopts it
/// (`AppProps::adopt`): it leaves its elements as they are while that screen is the one to show,
/// so a press, the focus or a key on them is not lost to a redraw. Elsewhere Yew empties `#app`
/// and draws.
pub fn start(screens: screens::Screens) {
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
        let mut props = AppProps::read(screens);
        let adopted = platform::first_screen::adoption_root();
        props.adopt = adopted.is_some();
        if let Some(root) = adopted.or_else(document::mount_point) {
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
    });
}
