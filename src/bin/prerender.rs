//! Prints the first screen (src/ui/components/page_frame.rs: `first_screen`) as HTML, for
//! `scripts/build_release` to write into index.html: the start screen shows before the wasm has
//! loaded, instead of an empty page. Prints nothing when the built-in questionnaire is broken.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use seller_check::ui::components::page_frame::first_screen;
    use seller_check::ui::default_questionnaire::DEFAULT_COUNTS;
    use yew::prelude::*;

    #[component]
    fn FirstScreen() -> Html {
        first_screen(DEFAULT_COUNTS).unwrap_or_default()
    }

    let render = yew::LocalServerRenderer::<FirstScreen>::new()
        .hydratable(false)
        .render();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime");
    print!("{}", runtime.block_on(render));
}

/// Runs natively only; the wasm target has no server renderer.
#[cfg(target_arch = "wasm32")]
fn main() {}
