//! Paths into a questionnaire file as the validator writes them (`items[7].options[2].weights.lead`,
//! `variants.quick[1]`, the empty path for the whole file), turned into JSON Pointers (RFC 6901)
//! so serde_json's `pointer`/`pointer_mut` find the value.

/// One step of a path: a field of an object or an element of a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// A field name (`items`, `weights`, a language code, a dimension id).
    Key(String),
    /// A 0-based list index.
    Index(usize),
}

/// The steps of `path`, e.g. `items[3].text.en` → `items`, 3, `text`, `en`. A bracket that does
/// not hold a number is kept as part of the key, so no path is refused.
pub fn steps(path: &str) -> Vec<Step> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        let mut indices = Vec::new();
        let mut whole = true;
        while !rest.is_empty() {
            let Some((n, after)) = rest.split_once(']') else {
                whole = false;
                break;
            };
            match n.parse::<usize>() {
                Ok(i) => indices.push(i),
                Err(_) => whole = false,
            }
            rest = after.strip_prefix('[').unwrap_or(after);
            if !after.is_empty() && !after.starts_with('[') {
                whole = false;
            }
        }
        if !whole {
            out.push(Step::Key(part.to_string()));
            continue;
        }
        if !key.is_empty() {
            out.push(Step::Key(key.to_string()));
        }
        out.extend(indices.into_iter().map(Step::Index));
    }
    out
}

/// The path text of `steps`, the inverse of [`steps`].
pub fn path_text(steps: &[Step]) -> String {
    let mut out = String::new();
    for s in steps {
        match s {
            Step::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// The JSON Pointer of `path` (`/items/3/text/en`; `""` for the whole file).
pub fn pointer(path: &str) -> String {
    steps(path)
        .iter()
        .map(|s| match s {
            Step::Key(k) => format!("/{}", k.replace('~', "~0").replace('/', "~1")),
            Step::Index(i) => format!("/{i}"),
        })
        .collect()
}

/// `path` with one more field.
pub fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// `path` with one more list index.
pub fn element(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

/// The path one step up (`items[3].text` → `items[3]`, `items[3]` → `items`), `None` at the root.
pub fn parent(path: &str) -> Option<String> {
    let mut s = steps(path);
    s.pop()?;
    Some(path_text(&s))
}
