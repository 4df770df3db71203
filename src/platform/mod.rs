//! The only place that touches the browser: storage, the document, the address and timing.

pub mod bridge;
pub mod camera;
pub mod click_guard;
pub mod config;
pub mod document;
pub mod fetch;
pub mod files;
pub mod first_screen;
pub mod host_messages;
pub mod location;
pub mod panic_screen;
pub mod qr_reader;
pub mod qr_worker;
pub mod storage;
pub mod timer;
