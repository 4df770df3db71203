//! Wasm entry of the first page: prepare the panic screen, mount the app with the screens
//! most visitors need; the others open on the second page (src/more.rs).

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the app runs on the page's single thread; nothing allocates from another one.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    seller_check::platform::panic_screen::install(seller_check::ui::LANG_KEY);
    seller_check::ui::start(seller_check::ui::more::Screens(None));
}
