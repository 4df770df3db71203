//! Wasm entry: prepare the panic screen, mount the app.

fn main() {
    seller_check::platform::panic_screen::install(seller_check::ui::LANG_KEY);
    seller_check::ui::start();
}
