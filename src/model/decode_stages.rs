//! The stages and the patterns of a questionnaire, read field by field from a JSON tree.

use super::decode::{Decoder, Path};
use super::json::Node;
use super::{Pattern, SortedMap, Stage, Text};

type D<'s> = Decoder<'s>;

/// Dimension id -> score, for stage minimums and patterns.
fn scores(d: &mut D, n: &Node, p: &Path, name: &str) -> Option<SortedMap<String, f64>> {
    d.opt(n, p, name, SortedMap::default(), |d, n, p| {
        d.map(n, p, D::number)
    })
}

/// The texts a stage and a pattern share: name, description, risk, step.
fn result_texts(d: &mut D, n: &Node, p: &Path) -> [Option<Text>; 4] {
    ["name", "description", "risk", "step"].map(|field| d.need(n, p, field, D::text))
}

pub(super) fn pattern(d: &mut D, n: &Node, p: &Path) -> Option<Pattern> {
    d.object(n, p)?;
    let id = d.need(n, p, "id", D::string);
    let at_least = scores(d, n, p, "at_least");
    let below = scores(d, n, p, "below");
    let [name, description, risk, step] = result_texts(d, n, p);
    Some(Pattern {
        id: id?,
        at_least: at_least?,
        below: below?,
        name: name?,
        description: description?,
        risk: risk?,
        step: step?,
    })
}

pub(super) fn stage(d: &mut D, n: &Node, p: &Path) -> Option<Stage> {
    d.object(n, p)?;
    let id = d.need(n, p, "id", D::string);
    let from = d.need(n, p, "from", D::number);
    let to = d.need(n, p, "to", D::number);
    let [name, description, risk, step] = result_texts(d, n, p);
    let requires = scores(d, n, p, "requires");
    Some(Stage {
        id: id?,
        from: from?,
        to: to?,
        name: name?,
        description: description?,
        risk: risk?,
        step: step?,
        requires: requires?,
    })
}
