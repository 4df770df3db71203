//! Wasm entry of the first page (index.html): the screens most visitors need; the others open
//! on the second page (src/more.rs).

fn main() {
    seller_check::ui::run(seller_check::ui::screens::Screens(None));
}
