//! Wasm entry of the second page (`more.html`): every screen, the workshop and comparisons too.

fn main() {
    seller_check::ui::run(seller_check::ui::screens::Screens(Some(
        &seller_check::ui::screens::more::MORE,
    )));
}
