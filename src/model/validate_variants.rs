//! Validation rules for variants: known ids, no repeats, quick within full, enough items per dimension.

use super::validate::Checker;
use super::{ContentErrorKind as K, Perspective, VariantId, VariantItems};

/// Minimum items per dimension in a variant.
///
/// Why: two items are the least that can balance one forward- against one
/// reverse-keyed statement in the quick check; four give the full check a
/// score that a single odd answer cannot swing by more than a quarter.
fn needed(variant: VariantId) -> usize {
    match variant {
        VariantId::Quick => 2,
        VariantId::Full => 4,
    }
}

impl Checker<'_> {
    pub(super) fn variants(&mut self) {
        for variant in VariantId::ALL {
            self.variant_list(variant);
            self.coverage(variant);
        }
    }

    fn variant_list(&mut self, variant: VariantId) {
        let q = self.q;
        let VariantItems::List(ids) = q.variants.get(variant) else {
            return;
        };
        let p = format!("variants.{}", variant.as_str());
        let full = match &q.variants.full {
            VariantItems::All => None,
            VariantItems::List(f) => Some(f),
        };
        let listed = ids.iter().enumerate();
        self.unique(listed.map(|(i, id)| (format!("{p}[{i}]"), id.as_str())));
        for (i, id) in ids.iter().enumerate() {
            let ip = format!("{p}[{i}]");
            if !q.items.iter().any(|it| it.id() == id) {
                self.push(ip, K::UnknownItem { id: id.clone() });
            } else if variant == VariantId::Quick && full.is_some_and(|f| !f.contains(id)) {
                self.push(ip, K::NotInFull { id: id.clone() });
            }
        }
    }

    fn coverage(&mut self, variant: VariantId) {
        let q = self.q;
        let items = q.variant_items(variant);
        for d in &q.dimensions {
            let found = items
                .iter()
                .filter(|it| it.dimensions().contains(&d.id.as_str()))
                .count();
            // Someone it never happened to must still get a score: one item at least answers
            // without "did not occur".
            let answerable = items.iter().any(|it| {
                it.dimensions().contains(&d.id.as_str())
                    && !it.offers_not_applicable(Perspective::Own)
            });
            if found > 0 && !answerable {
                let path = format!("variants.{}", variant.as_str());
                let dimension = d.id.clone();
                self.push(path, K::OnlyNotApplicable { variant, dimension });
            }
            let needed = needed(variant);
            if found < needed {
                let path = format!("variants.{}", variant.as_str());
                let dimension = d.id.clone();
                self.push(
                    path,
                    K::TooFewItems {
                        variant,
                        dimension,
                        found,
                        needed,
                    },
                );
            }
        }
    }
}
