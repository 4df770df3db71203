//! Build script: a summary of the default questionnaire for the start screen, and the
//! fingerprint of the validated file, which the first page runs without validating it again
//! (src/model/known.rs).
//!
//! Release builds fetch `content/default.json` after the first render instead of compiling it
//! into the wasm (about 14 KB gzip less to load before anything shows). The start screen only
//! needs the number of questions per variant; this computes them with the app's own model, so
//! they cannot drift from the file.

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
    let fingerprint = match model::Questionnaire::known_fingerprint(&src) {
        Some(f) => format!("Some(0x{f:016X})"),
        None => "None".to_string(),
    };
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("default_summary.rs");
    fs::write(
        out,
        format!(
            "/// Questions in the quick and the full variant of the default questionnaire.\n\
             pub const DEFAULT_COUNTS: Option<(usize, usize)> = {counts};\n\
             /// Fingerprint of the default questionnaire as validated at build time; `None` when\n\
             /// the file is invalid (every load then goes to the second page, which says why).\n\
             pub const DEFAULT_FINGERPRINT: Option<u64> = {fingerprint};\n"
        ),
    )
    .expect("write default_summary.rs");
}
