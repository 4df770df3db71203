//! Validation rules for items: references, scales, options, weights, twins, reverse keying.

use super::validate::Checker;
use super::{ContentErrorKind as K, Item, LikertItem, ScenarioItem, OPTION_LENGTH_RATIO};

impl Checker<'_> {
    pub(super) fn items(&mut self) {
        let q = self.q;
        let ids = q.items.iter().enumerate();
        self.unique(ids.map(|(i, it)| (format!("items[{i}].id"), it.id())));
        for (i, item) in q.items.iter().enumerate() {
            let p = format!("items[{i}]");
            match item {
                Item::Likert(l) => self.likert(&p, l),
                Item::Scenario(s) => self.scenario(&p, s),
            }
        }
        for (i, d) in q.dimensions.iter().enumerate() {
            let has_reverse = q
                .items
                .iter()
                .any(|it| matches!(it, Item::Likert(l) if l.reverse && l.dimension == d.id));
            if !has_reverse {
                let dimension = d.id.clone();
                self.push(format!("dimensions[{i}]"), K::NoReverseItem { dimension });
            }
        }
    }

    fn known_dimension(&self, id: &str) -> bool {
        self.q.dimensions.iter().any(|d| d.id == id)
    }

    fn likert(&mut self, p: &str, l: &LikertItem) {
        if !self.known_dimension(&l.dimension) {
            let id = l.dimension.clone();
            self.push(format!("{p}.dimension"), K::UnknownDimension { id });
        }
        if !self.q.scales.contains_key(&l.scale) {
            let id = l.scale.clone();
            self.push(format!("{p}.scale"), K::UnknownScale { id });
        }
        self.text(&format!("{p}.text"), &l.text);
        self.outside(format!("{p}.outside_text"), l.outside_text.as_ref());
        let Some(twin) = &l.twin else { return };
        let path = format!("{p}.twin");
        let id = twin.clone();
        // The last item of a repeated id, as a map from id to item would keep it.
        match self.q.items.iter().rev().find(|it| it.id() == twin) {
            None => self.push(path, K::TwinUnknown { id }),
            Some(Item::Scenario(_)) => self.push(path, K::TwinNotLikert { id }),
            Some(Item::Likert(t)) if t.dimension != l.dimension => {
                let dimension = t.dimension.clone();
                self.push(path, K::TwinOtherDimension { id, dimension });
            }
            Some(Item::Likert(t)) if t.reverse == l.reverse => {
                self.push(path, K::TwinSameKeying { id })
            }
            Some(Item::Likert(t)) if t.scale != l.scale => {
                self.push(path, K::TwinOtherScale { id })
            }
            Some(Item::Likert(t)) if t.twin.as_deref() != Some(l.id.as_str()) => {
                self.push(path, K::TwinNotMutual { id })
            }
            Some(Item::Likert(_)) => {}
        }
    }

    fn scenario(&mut self, p: &str, s: &ScenarioItem) {
        self.text(&format!("{p}.situation"), &s.situation);
        self.text(&format!("{p}.text"), &s.text);
        self.outside(
            format!("{p}.outside_situation"),
            s.outside_situation.as_ref(),
        );
        self.outside(format!("{p}.outside_text"), s.outside_text.as_ref());
        if s.not_applicable {
            self.push(format!("{p}.not_applicable"), K::NotApplicableScenario);
        }
        let found = s.options.len();
        if !(3..=4).contains(&found) {
            self.push(format!("{p}.options"), K::OptionCount { found });
        }
        for (j, o) in s.options.iter().enumerate() {
            let op = format!("{p}.options[{j}]");
            self.text(&format!("{op}.text"), &o.text);
            self.outside(format!("{op}.outside_text"), o.outside_text.as_ref());
            if o.weights.is_empty() {
                self.push(format!("{op}.weights"), K::NoWeights);
            }
            for (dim, &value) in &o.weights {
                let wp = format!("{op}.weights.{dim}");
                if !self.known_dimension(dim) {
                    self.push(wp.clone(), K::UnknownDimension { id: dim.clone() });
                }
                if !(-2.0..=2.0).contains(&value) {
                    self.push(wp, K::WeightOutOfRange { value });
                }
            }
        }
        self.option_lengths(p, s);
        self.dominating(p, s);
    }

    /// The best option must not stand out by its length, in any language, own or outside wording.
    fn option_lengths(&mut self, p: &str, s: &ScenarioItem) {
        for lang in &self.q.languages {
            for outside in [false, true] {
                let mut lengths = Vec::new();
                for (j, o) in s.options.iter().enumerate() {
                    let text = if outside {
                        o.outside_text.as_ref()
                    } else {
                        Some(&o.text)
                    };
                    if let Some(t) = text.and_then(|t| t.get(lang)) {
                        lengths.push((t.chars().count(), j));
                    }
                }
                let (Some(&(shortest, _)), Some(&(longest, j))) =
                    (lengths.iter().min(), lengths.iter().max())
                else {
                    continue;
                };
                if longest as f64 > OPTION_LENGTH_RATIO * shortest as f64 {
                    let field = if outside { "outside_text" } else { "text" };
                    let lang = lang.clone();
                    let kind = K::OptionLengths {
                        lang: lang.clone(),
                        shortest,
                        longest,
                    };
                    self.push(format!("{p}.options[{j}].{field}.{lang}"), kind);
                }
            }
        }
    }

    /// An option strictly above every other on every dimension the scenario weights is a
    /// dominating option: choosing it costs nothing, so the scenario measures nothing.
    fn dominating(&mut self, p: &str, s: &ScenarioItem) {
        let dims = s.weighted_dimensions();
        let weight = |j: usize, d: &str| s.options[j].weights.get(d).copied().unwrap_or(0.0);
        for j in 0..s.options.len() {
            let others = (0..s.options.len()).filter(|&k| k != j);
            let dominates = s.options.len() > 1
                && dims
                    .iter()
                    .all(|d| others.clone().all(|k| weight(j, d) > weight(k, d)));
            if dominates {
                self.push(format!("{p}.options[{j}].weights"), K::DominatingOption);
            }
        }
    }
}
