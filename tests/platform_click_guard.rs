//! Issue 17, item 1: which clicks the guard lets through.
#![cfg(not(target_arch = "wasm32"))]

use seller_check::platform::click_guard::aimed;

#[test]
fn keyboard_clicks_pass_later_clicks_of_a_double_click_do_not() {
    let never = f64::NEG_INFINITY;
    // Keyboard (detail 0): always, even "pressed" before the screen.
    assert!(aimed(0, 10.0, 20.0, never));
    // One pointer click pressed on this screen: through.
    assert!(aimed(1, 20.0, 20.0, never) && aimed(1, 500.0, 20.0, 10.0));
    // Pressed on the screen before: swallowed.
    assert!(!aimed(1, 19.9, 20.0, never));
    // The second and third click of a double or triple click after the first brought a new
    // screen (shown at 20, the click before at 10): swallowed wherever pressed.
    assert!(!aimed(2, 500.0, 20.0, 10.0) && !aimed(3, 500.0, 20.0, 10.0));
}

#[test]
fn a_double_click_where_the_screen_stays_acts_twice() {
    // A checkbox or the workshop's list: the screen came at 20, both clicks after it.
    assert!(aimed(1, 100.0, 20.0, 50.0));
    assert!(aimed(2, 180.0, 20.0, 100.0));
    assert!(aimed(3, 260.0, 20.0, 180.0));
}
