//! Wasm entry of the questionnaire studio (`studio.html`, issue 20).

fn main() {
    seller_check_studio::ui::run();
}
