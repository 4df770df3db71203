//! Wasm entry: prepare the panic screen, mount the app.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the app runs on the page's single thread; nothing allocates from another one.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    seller_check::platform::panic_screen::install(seller_check::ui::LANG_KEY);
    seller_check::ui::start();
}
