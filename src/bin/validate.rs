//! `cargo run --bin validate -- content/FILE.json [--lang en]`: checks a questionnaire file.
//!
//! Prints every problem as `path: message` and exits 1, exits 2 when the file cannot
//! be read, and prints item counts per dimension and variant and exits 0 when all is well.

use seller_check::i18n::content_errors::content_error;
use seller_check::i18n::Lang;
use seller_check::model::{Questionnaire, VariantId};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = language(&args);
    let de = lang == Lang::De;
    let mut files = Vec::new();
    let mut rest = args.iter();
    while let Some(a) = rest.next() {
        match a.as_str() {
            "--lang" => {
                rest.next();
            }
            s if s.starts_with("--lang=") => {}
            s => files.push(s),
        }
    }
    let [file] = files.as_slice() else {
        eprintln!("{}", usage(de));
        return ExitCode::from(2);
    };
    let src = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            match de {
                true => eprintln!("{file}: Datei nicht lesbar: {e}"),
                false => eprintln!("{file}: cannot read the file: {e}"),
            }
            return ExitCode::from(2);
        }
    };
    match Questionnaire::from_json(&src) {
        Err(errors) => {
            for e in &errors {
                let path = if e.path.is_empty() { "(root)" } else { &e.path };
                println!("{path}: {}", content_error(lang, e));
            }
            match de {
                true => eprintln!("{file}: {} Problem(e)", errors.len()),
                false => eprintln!("{file}: {} problem(s)", errors.len()),
            }
            ExitCode::from(1)
        }
        Ok(q) => {
            summary(&q, file, de);
            ExitCode::SUCCESS
        }
    }
}

/// `--lang en` / `--lang=en`, else the `LANG` environment variable, else German.
fn language(args: &[String]) -> Lang {
    let flag = args
        .iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang=") {
            Some(code) => Some(code.to_string()),
            None if a == "--lang" => args.get(i + 1).cloned(),
            None => None,
        });
    let code = flag
        .or_else(|| std::env::var("LANG").ok())
        .unwrap_or_default();
    if code.to_ascii_lowercase().starts_with("en") {
        Lang::En
    } else {
        Lang::De
    }
}

fn usage(de: bool) -> &'static str {
    if de {
        "Aufruf: validate DATEI.json [--lang en]"
    } else {
        "usage: validate FILE.json [--lang en]"
    }
}

fn summary(q: &Questionnaire, file: &str, de: bool) {
    match de {
        true => println!(
            "OK {file}: „{}“ Version {}, {} Dimensionen, {} Fragen, {} Stufen",
            q.id,
            q.version,
            q.dimensions.len(),
            q.items.len(),
            q.stages.len()
        ),
        false => println!(
            "OK {file}: \"{}\" version {}, {} dimensions, {} items, {} stages",
            q.id,
            q.version,
            q.dimensions.len(),
            q.items.len(),
            q.stages.len()
        ),
    }
    for variant in VariantId::ALL {
        let items = q.variant_items(variant);
        let counts: Vec<String> = q
            .dimensions
            .iter()
            .map(|d| {
                let n = items
                    .iter()
                    .filter(|it| it.dimensions().contains(&d.id.as_str()))
                    .count();
                format!("{} {n}", d.id)
            })
            .collect();
        let noun = if de { "Fragen" } else { "items" };
        println!(
            "  {} ({} {noun}): {}",
            variant.as_str(),
            items.len(),
            counts.join(", ")
        );
    }
}
