//! Build script: a summary of the default questionnaire for the start screen, and the validated
//! file in the binary form the app reads (`default.bin` for the first page, `default-more.bin`
//! for the second) with their fingerprints, so the app runs it without validating it again
//! (src/model/known.rs).
//!
//! Release builds fetch the binary form after the first render instead of compiling it into
//! the wasm (less to load before anything shows). The start screen only needs the number of
//! questions per variant; this computes them with the app's own model, so they cannot drift
//! from the file.

#[allow(dead_code, unused_imports)]
#[path = "src/model/mod.rs"]
mod model;

use std::{env, fs, path::Path};

fn main() {
    println!("cargo::rerun-if-changed=content/default.json");
    println!("cargo::rerun-if-changed=src/model");
    let src = fs::read_to_string("content/default.json").expect("content/default.json");
    // An invalid file gets no summary: the app then waits for the file and shows its errors.
    let counts = match model::Questionnaire::from_json(&src) {
        Ok(q) => format!(
            "Some(({}, {}))",
            q.variant_items(model::VariantId::Quick).len(),
            q.variant_items(model::VariantId::Full).len()
        ),
        Err(_) => "None".to_string(),
    };
    // The questionnaire as the app reads it (binary, see src/model/known.rs), the first page's
    // copy without what only the second page shows: compiled in by debug builds, shipped by
    // release builds (scripts/post_build.py copies target/shipped/), recognised by fingerprint.
    let out_dir = env::var("OUT_DIR").expect("OUT_DIR");
    fs::create_dir_all("target/shipped").expect("target/shipped");
    let mut fingerprints = Vec::new();
    for (name, bytes) in [
        ("default.bin", model::Questionnaire::first_page_bytes(&src)),
        (
            "default-more.bin",
            model::Questionnaire::shipped_bytes(&src),
        ),
    ] {
        fingerprints.push(match &bytes {
            Some(b) => format!("Some(0x{:016X})", model::fingerprint(b)),
            None => "None".to_string(),
        });
        let bytes = bytes.unwrap_or_default();
        fs::write(Path::new(&out_dir).join(name), &bytes).expect("write to OUT_DIR");
        fs::write(Path::new("target/shipped").join(name), &bytes).expect("write target/shipped");
    }
    let (fingerprint, more_fingerprint) = (&fingerprints[0], &fingerprints[1]);
    let out = Path::new(&out_dir).join("default_summary.rs");
    fs::write(
        out,
        format!(
            "/// Questions in the quick and the full variant of the default questionnaire.\n\
             pub const DEFAULT_COUNTS: Option<(usize, usize)> = {counts};\n\
             /// Fingerprint of the default questionnaire as validated at build time; `None` when\n\
             /// the file is invalid (every load then goes to the second page, which says why).\n\
             pub const DEFAULT_FINGERPRINT: Option<u64> = {fingerprint};\n\
             /// Fingerprint of the second page's copy (`default-more.bin`), with every text.\n\
             pub const MORE_FINGERPRINT: Option<u64> = {more_fingerprint};\n"
        ),
    )
    .expect("write default_summary.rs");
}
