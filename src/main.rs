//! Wasm entry: mount the app.

fn main() {
    seller_check::ui::start();
}
