//! Wasm entry of the second page (`more.html`): every screen, the workshop and comparisons too.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the app runs on the page's single thread; nothing allocates from another one.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    seller_check::platform::panic_screen::install(seller_check::ui::LANG_KEY);
    seller_check::ui::start(seller_check::ui::more::Screens(Some(
        &seller_check::ui::more::MORE,
    )));
}
