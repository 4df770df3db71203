//! Validation of a parsed questionnaire: every rule of the contract, all problems at once.

use super::Keyed;
use super::{ContentError, ContentErrorKind as K, LevelText, Questionnaire, Text};

/// Checks `q` against every rule of the format contract; an empty list means valid.
///
/// [`Questionnaire::from_json`] calls this already; call it yourself only on a
/// questionnaire you built or changed in code.
pub fn validate(q: &Questionnaire) -> Vec<ContentError> {
    let mut c = Checker {
        q,
        errors: Vec::new(),
    };
    c.top();
    c.scales();
    c.dimensions();
    c.stages();
    c.items();
    c.variants();
    c.patterns();
    c.errors
}

/// The longest option of a scenario may be at most this many times as long as the shortest
/// (characters, per language): the best option must not be the longest (issue 15, from the
/// instrument review of version 1, §3.3: in all six scenarios the best-keyed option was).
pub const OPTION_LENGTH_RATIO: f64 = 1.3;

/// Collects errors while walking the questionnaire; the item and variant rules live in
/// `validate_items.rs` and `validate_variants.rs`.
pub(super) struct Checker<'a> {
    pub(super) q: &'a Questionnaire,
    pub(super) errors: Vec<ContentError>,
}

impl Checker<'_> {
    pub(super) fn push(&mut self, path: impl Into<String>, kind: K) {
        self.errors.push(ContentError::new(path, kind));
    }

    /// Every declared language needs a non-empty string.
    pub(super) fn text(&mut self, path: &str, t: &Text) {
        for lang in &self.q.languages {
            if t.get(lang).is_none() {
                self.push(
                    format!("{path}.{lang}"),
                    K::MissingText { lang: lang.clone() },
                );
            }
        }
    }

    /// An outside-view text: checked like any text where present, required when the
    /// questionnaire enables the outside view.
    pub(super) fn outside(&mut self, path: String, t: Option<&Text>) {
        match t {
            Some(t) => self.text(&path, t),
            None if self.q.outside_view => self.push(path, K::MissingOutside),
            None => {}
        }
    }

    /// Reports every id after its first occurrence as a duplicate.
    pub(super) fn unique<'i>(&mut self, ids: impl Iterator<Item = (String, &'i str)>) {
        let mut seen: Vec<&str> = Vec::new();
        for (path, id) in ids {
            if seen.contains(&id) {
                self.push(path, K::DuplicateId { id: id.to_string() });
            } else {
                seen.push(id);
            }
        }
    }

    fn top(&mut self) {
        if !is_slug(&self.q.id) {
            self.push(
                "id",
                K::InvalidId {
                    id: self.q.id.clone(),
                },
            );
        }
        if self.q.languages.is_empty() {
            self.push("languages", K::NoLanguages);
        }
        let langs = self.q.languages.iter().enumerate();
        self.unique(langs.map(|(i, l)| (format!("languages[{i}]"), l.as_str())));
        if self.q.mixed_margin < 0.0 {
            let value = self.q.mixed_margin;
            self.push("mixed_margin", K::NegativeMargin { value });
        }
    }

    fn scales(&mut self) {
        for (key, labels) in &self.q.scales {
            if labels.len() != 5 {
                let found = labels.len();
                self.push(format!("scales.{key}"), K::ScaleSize { found });
            }
            for (i, label) in labels.iter().enumerate() {
                self.text(&format!("scales.{key}[{i}]"), label);
            }
        }
        for (key, line) in &self.q.instructions {
            let p = format!("instructions.{key}");
            if !self.q.scales.contains_key(key) {
                self.push(p.clone(), K::UnknownScale { id: key.clone() });
            }
            self.text(&p, line);
        }
    }

    /// Dimension id -> score limits (stage minimums, pattern limits): known dimensions, 0–100.
    fn limits(&mut self, p: &str, limits: &Keyed<f64>) {
        for (id, &value) in limits {
            let path = format!("{p}.{id}");
            if self.q.dimension_index(id).is_none() {
                self.push(path.clone(), K::UnknownDimension { id: id.clone() });
            }
            if !(0.0..=100.0).contains(&value) {
                self.push(path, K::ScoreOutOfRange { value });
            }
        }
    }

    /// The texts a stage and a pattern share: name, description, risk, step.
    fn result_texts(&mut self, p: &str, texts: [&Text; 4]) {
        for (field, t) in ["name", "description", "risk", "step"]
            .into_iter()
            .zip(texts)
        {
            self.text(&format!("{p}.{field}"), t);
        }
    }

    fn patterns(&mut self) {
        let q = self.q;
        let ids = q.patterns.iter().enumerate();
        self.unique(ids.map(|(i, p)| (format!("patterns[{i}].id"), p.id.as_str())));
        for (i, pattern) in q.patterns.iter().enumerate() {
            let p = format!("patterns[{i}]");
            self.limits(&format!("{p}.at_least"), &pattern.at_least);
            self.limits(&format!("{p}.below"), &pattern.below);
            let texts = [
                &pattern.name,
                &pattern.description,
                &pattern.risk,
                &pattern.step,
            ];
            self.result_texts(&p, texts);
        }
    }

    fn dimensions(&mut self) {
        let q = self.q;
        if q.dimensions.is_empty() {
            self.push("dimensions", K::NoDimensions);
        }
        let ids = q.dimensions.iter().enumerate();
        self.unique(ids.map(|(i, d)| (format!("dimensions[{i}].id"), d.id.as_str())));
        for (i, d) in q.dimensions.iter().enumerate() {
            let p = format!("dimensions[{i}]");
            if !is_slug(&d.id) {
                self.push(format!("{p}.id"), K::InvalidId { id: d.id.clone() });
            }
            if d.weight < 0.0 {
                self.push(format!("{p}.weight"), K::NegativeWeight { value: d.weight });
            }
            self.text(&format!("{p}.name"), &d.name);
            self.text(&format!("{p}.description"), &d.description);
            match &d.gap {
                Some(g) => {
                    self.text(&format!("{p}.gap.self_higher"), &g.self_higher);
                    self.text(&format!("{p}.gap.outside_higher"), &g.outside_higher);
                }
                None => self.outside(format!("{p}.gap"), None),
            }
            self.level(&format!("{p}.levels.low"), &d.levels.low);
            self.level(&format!("{p}.levels.mid"), &d.levels.mid);
            self.level(&format!("{p}.levels.high"), &d.levels.high);
        }
    }

    fn level(&mut self, path: &str, l: &LevelText) {
        self.text(&format!("{path}.meaning"), &l.meaning);
        self.text(&format!("{path}.risk"), &l.risk);
        self.text(&format!("{path}.step"), &l.step);
    }

    fn stages(&mut self) {
        let q = self.q;
        if q.stages.is_empty() {
            self.push("stages", K::NoStages);
            return;
        }
        let ids = q.stages.iter().enumerate();
        self.unique(ids.map(|(i, s)| (format!("stages[{i}].id"), s.id.as_str())));
        let mut expected = 0.0;
        for (i, s) in q.stages.iter().enumerate() {
            let p = format!("stages[{i}]");
            if s.from != expected {
                let found = s.from;
                self.push(format!("{p}.from"), K::StageGap { expected, found });
            }
            if s.to <= s.from {
                let (from, to) = (s.from, s.to);
                self.push(format!("{p}.to"), K::StageNotAscending { from, to });
            }
            expected = s.to;
            self.limits(&format!("{p}.requires"), &s.requires);
            self.result_texts(&p, [&s.name, &s.description, &s.risk, &s.step]);
        }
        if expected != 100.0 {
            let last = q.stages.len() - 1;
            self.push(
                format!("stages[{last}].to"),
                K::StageEnd { found: expected },
            );
        }
    }
}

/// True for a non-empty `[a-z0-9-]+` string.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
