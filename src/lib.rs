//! The seller self-check: questionnaire model, locale tables, browser glue and Yew views.

pub mod i18n;
pub mod model;
pub mod platform;
pub mod ui;

/// The wasm's allocator, for both pages' entries (src/main.rs, src/more.rs): lol_alloc's free
/// list is a few hundred bytes where the standard one is several KB.
#[cfg(all(target_arch = "wasm32", feature = "small-allocator"))]
#[global_allocator]
// SAFETY: the app runs on the page's single thread; nothing allocates from another one.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
