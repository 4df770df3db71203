//! Issue 19: the list of earlier results kept in this browser.
#![cfg(not(target_arch = "wasm32"))]

use seller_check::model::{
    add_past, read_past, remove_past, write_past, PastResult, VariantId, PAST_MAX,
};

fn past(code: &str, date: &str) -> PastResult {
    PastResult {
        date: date.into(),
        variant: VariantId::Full,
        stage: 2,
        position: 56,
        code: code.into(),
    }
}

#[test]
fn newest_first_each_code_once_and_at_most_the_maximum() {
    let mut kept: Option<String> = None;
    for n in 0..PAST_MAX + 5 {
        kept = add_past(kept.as_deref(), &past(&format!("c{n}"), "2026-11-30"));
    }
    let list = read_past(kept.as_deref());
    assert_eq!(list.len(), PAST_MAX);
    assert_eq!(list[0].code, format!("c{}", PAST_MAX + 4));
    assert_eq!(list[PAST_MAX - 1].code, "c5");
    // The same answers again (the result reloaded months later): kept once, with its first
    // date and in its place.
    assert_eq!(add_past(kept.as_deref(), &past("c10", "2027-02-28")), None);
    // A code that merely ends like a kept one is another result.
    let more = add_past(kept.as_deref(), &past("0", "2027-02-28")).unwrap();
    assert_eq!(read_past(Some(&more))[0].code, "0");
    let list = remove_past(list, "c10");
    assert!(list.iter().all(|r| r.code != "c10"));
    assert_eq!(list.len(), PAST_MAX - 1);
}

#[test]
fn stored_list_reads_back_and_damage_is_left_out() {
    let list = vec![past("AbC-_1", "2026-11-30"), past("x9", "2026-08-01")];
    let text = write_past(&list);
    assert_eq!(text, "2026-11-30 full 2 56 AbC-_1\n2026-08-01 full 2 56 x9");
    assert_eq!(read_past(Some(&text)), list);
    for broken in [
        "",
        "{}",
        "2026-11-30 full 2 56",
        "2026-11-30 medium 2 56 abc",
        "2026-11-30 full 2 101 abc",
        "2026-11-30 full -1 56 abc",
        "2026-11-30 full 2 56 abc extra",
        "30.11.2026 full 2 56 abc",
    ] {
        assert!(read_past(Some(broken)).is_empty(), "{broken}");
    }
    let mixed = format!("garbage\n{text}\n\n2026-11-30 full x 1 y");
    assert_eq!(read_past(Some(&mixed)), list);
    assert!(read_past(None).is_empty());
}
