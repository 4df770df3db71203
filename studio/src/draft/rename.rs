//! Renaming an id through the file: what names a dimension or an item follows its new id.

use serde_json::Value;

use super::path::{child, element};
use super::Draft;

impl Draft {
    /// Renames dimension `old` to `new` wherever the file names it: likert items' `dimension`,
    /// option weights, stage minimums, pattern limits (each key keeps its place). Returns how
    /// many references changed; none when `new` is empty, another dimension still has `old`, or
    /// two now have `new` (their references would merge for good).
    pub fn rename_dimension(&mut self, old: &str, new: &str) -> usize {
        if !self.renames("dimensions", old, new) {
            return 0;
        }
        let mut n = 0;
        for i in 0..self.len("items") {
            let item = element("items", i);
            if self.str_at(&child(&item, "dimension")) == old {
                n += usize::from(self.set(&child(&item, "dimension"), Value::from(new)));
            }
            for k in 0..self.len(&child(&item, "options")) {
                let weights = child(&element(&child(&item, "options"), k), "weights");
                n += rename_key(self, &weights, old, new);
            }
        }
        for i in 0..self.len("stages") {
            n += rename_key(self, &child(&element("stages", i), "requires"), old, new);
        }
        for i in 0..self.len("patterns") {
            for limits in ["at_least", "below"] {
                n += rename_key(self, &child(&element("patterns", i), limits), old, new);
            }
        }
        n
    }

    /// Renames item `old` to `new` in the variants' lists and in twins. Returns how many
    /// references changed; none when `new` is empty, another item still has `old`, or two now
    /// have `new`.
    pub fn rename_item(&mut self, old: &str, new: &str) -> usize {
        if !self.renames("items", old, new) {
            return 0;
        }
        let mut n = 0;
        for i in 0..self.len("items") {
            let twin = child(&element("items", i), "twin");
            if self.str_at(&twin) == old {
                n += usize::from(self.set(&twin, Value::from(new)));
            }
        }
        for variant in ["variants.quick", "variants.full"] {
            for k in 0..self.len(variant) {
                let at = element(variant, k);
                if self.str_at(&at) == old {
                    n += usize::from(self.set(&at, Value::from(new)));
                }
            }
        }
        n
    }
}

impl Draft {
    fn renames(&self, list: &str, old: &str, new: &str) -> bool {
        let ids = self.ids(list);
        let count = |x: &str| ids.iter().filter(|d| *d == x).count();
        !new.is_empty() && old != new && count(old) == 0 && count(new) == 1
    }
}

/// Renames key `old` of the object at `path` to `new`, in its place; 1 when it did.
fn rename_key(d: &mut Draft, path: &str, old: &str, new: &str) -> usize {
    let Some(Value::Object(m)) = d.tree.pointer_mut(&super::path::pointer(path)) else {
        return 0;
    };
    let Some(at) = m.keys().position(|k| k == old) else {
        return 0;
    };
    if m.contains_key(new) {
        return 0;
    }
    let Some(v) = m.shift_remove(old) else {
        return 0;
    };
    m.shift_insert(at, new.to_string(), v);
    1
}
