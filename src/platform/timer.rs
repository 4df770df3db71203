//! Timers the UI owns: dropping one cancels it (gloo-timers).

pub use gloo_timers::callback::Timeout;

/// Calls `f` once after `ms` milliseconds, unless the returned timer is dropped or cancelled
/// first.
pub fn after(ms: u32, f: impl FnOnce() + 'static) -> Timeout {
    Timeout::new(ms, f)
}
