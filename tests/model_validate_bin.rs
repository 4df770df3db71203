//! The `validate` command: exit codes, one `path: message` line per problem, both languages.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::fixture;
use serde_json::json;
use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_validate"))
        .args(args)
        .env("LANG", "C")
        .output()
        .expect("validate runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn default_file_is_ok_with_a_summary() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/content/default.json");
    let (code, out) = run(&[path]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("OK "), "{out}");
    assert!(out.contains("quick (") && out.contains("full ("), "{out}");
    let (_, en) = run(&[path, "--lang", "en"]);
    assert!(en.contains("dimensions") && en.contains("items"), "{en}");
}

#[test]
fn problems_are_listed_one_per_line() {
    let mut v = fixture();
    v["items"][8]["options"][2]["weights"]["concesion"] = json!(1);
    v["stages"][4]["to"] = json!(90);
    let file =
        std::env::temp_dir().join(format!("seller-check-broken-{}.json", std::process::id()));
    std::fs::write(&file, v.to_string()).unwrap();
    let (code, de) = run(&[file.to_str().unwrap()]);
    let (_, en) = run(&[file.to_str().unwrap(), "--lang=en"]);
    std::fs::remove_file(&file).ok();
    assert_eq!(code, 1);
    let lines: Vec<&str> = de.lines().collect();
    assert_eq!(lines.len(), 2, "{de}");
    assert!(
        lines[0].starts_with("stages[4].to: Letzte Stufe endet bei 90"),
        "{de}"
    );
    assert!(
        lines[1].starts_with("items[8].options[2].weights.concesion: Unbekannte Dimension"),
        "{de}"
    );
    assert!(
        en.contains("items[8].options[2].weights.concesion: unknown dimension \"concesion\""),
        "{en}"
    );
}

#[test]
fn unreadable_file_exits_2() {
    assert_eq!(run(&["/nonexistent/seller-check.json"]).0, 2);
    assert_eq!(run(&[]).0, 2);
}
