//! Issue 17, item 1: which clicks the guard lets through.
#![cfg(not(target_arch = "wasm32"))]

use seller_check::platform::click_guard::aimed;

#[test]
fn keyboard_clicks_pass_later_clicks_of_a_double_click_do_not() {
    // Keyboard (detail 0): always, even "pressed" before the screen.
    assert!(aimed(0, 10.0, 20.0));
    // One pointer click pressed on this screen: through.
    assert!(aimed(1, 20.0, 20.0) && aimed(1, 500.0, 20.0));
    // Pressed on the screen before: swallowed.
    assert!(!aimed(1, 19.9, 20.0));
    // The second and third click of a double or triple click: swallowed wherever pressed.
    assert!(!aimed(2, 500.0, 20.0) && !aimed(3, 500.0, 20.0));
}
