//! The questionnaire schema read field by field from a JSON tree; unknown fields are ignored.

use super::decode::{Decoder, Path};
use super::decode_stages::{pattern, stage};
use super::json::Node;
use super::SortedMap;
use super::{
    Dimension, GapTexts, Item, LevelText, Levels, LikertItem, Questionnaire, ScenarioItem,
    ScenarioOption, Text, VariantItems, Variants,
};

type D<'s> = Decoder<'s>;

/// Default of `mixed_margin`: points around an inner stage boundary.
const MIXED_MARGIN: f64 = 4.0;
/// Default weight of a dimension.
const WEIGHT: f64 = 1.0;

/// The whole file.
pub(super) fn questionnaire(d: &mut D, n: &Node, p: &Path) -> Option<Questionnaire> {
    d.object(n, p)?;
    let id = d.need(n, p, "id", D::string);
    let version = d.need(n, p, "version", D::uint);
    let languages = d.need(n, p, "languages", |d, n, p| d.list(n, p, D::string));
    let mixed_margin = d.opt(n, p, "mixed_margin", MIXED_MARGIN, D::number);
    let outside_view = d.opt(n, p, "outside_view", false, D::boolean);
    let scales = d.need(n, p, "scales", |d, n, p| d.map(n, p, scale));
    let dimensions = d.need(n, p, "dimensions", |d, n, p| d.list(n, p, dimension));
    let items = d.need(n, p, "items", |d, n, p| d.list(n, p, item));
    let variants = d.need(n, p, "variants", variants);
    let stages = d.need(n, p, "stages", |d, n, p| d.list(n, p, stage));
    let instructions = d.opt(n, p, "instructions", SortedMap::default(), |d, n, p| {
        d.map(n, p, D::text)
    });
    let patterns = d.opt(n, p, "patterns", Vec::new(), |d, n, p| {
        d.list(n, p, pattern)
    });
    Some(Questionnaire {
        id: id?,
        version: version?,
        languages: languages?,
        mixed_margin: mixed_margin?,
        outside_view: outside_view?,
        scales: scales?,
        dimensions: dimensions?,
        items: items?,
        variants: variants?,
        stages: stages?,
        instructions: instructions?,
        patterns: patterns?,
    })
}

fn scale(d: &mut D, n: &Node, p: &Path) -> Option<Vec<Text>> {
    d.list(n, p, D::text)
}

fn dimension(d: &mut D, n: &Node, p: &Path) -> Option<Dimension> {
    d.object(n, p)?;
    let id = d.need(n, p, "id", D::string);
    let weight = d.opt(n, p, "weight", WEIGHT, D::number);
    let name = d.need(n, p, "name", D::text);
    let description = d.need(n, p, "description", D::text);
    let gap = d.opt(n, p, "gap", None, |d, n, p| gap(d, n, p).map(Some));
    let levels = d.need(n, p, "levels", levels);
    Some(Dimension {
        id: id?,
        weight: weight?,
        name: name?,
        description: description?,
        gap: gap?,
        levels: levels?,
    })
}

fn gap(d: &mut D, n: &Node, p: &Path) -> Option<GapTexts> {
    d.object(n, p)?;
    let self_higher = d.need(n, p, "self_higher", D::text);
    let outside_higher = d.need(n, p, "outside_higher", D::text);
    Some(GapTexts {
        self_higher: self_higher?,
        outside_higher: outside_higher?,
    })
}

/// An optional translatable text.
fn opt_text(d: &mut D, n: &Node, p: &Path, name: &str) -> Option<Option<Text>> {
    d.opt(n, p, name, None, |d, n, p| d.text(n, p).map(Some))
}

fn levels(d: &mut D, n: &Node, p: &Path) -> Option<Levels> {
    d.object(n, p)?;
    let low = d.need(n, p, "low", level_text);
    let mid = d.need(n, p, "mid", level_text);
    let high = d.need(n, p, "high", level_text);
    Some(Levels {
        low: low?,
        mid: mid?,
        high: high?,
    })
}

fn level_text(d: &mut D, n: &Node, p: &Path) -> Option<LevelText> {
    d.object(n, p)?;
    let meaning = d.need(n, p, "meaning", D::text);
    let risk = d.need(n, p, "risk", D::text);
    let step = d.need(n, p, "step", D::text);
    Some(LevelText {
        meaning: meaning?,
        risk: risk?,
        step: step?,
    })
}

/// An item, told apart by its `"kind"`.
fn item(d: &mut D, n: &Node, p: &Path) -> Option<Item> {
    d.object(n, p)?;
    let kind = d.need(n, p, "kind", D::string)?;
    match kind.as_str() {
        "likert" => likert(d, n, p).map(Item::Likert),
        "scenario" => scenario(d, n, p).map(Item::Scenario),
        _ => {
            let at = match n.value.field("kind") {
                Ok(Some(k)) | Err(k) => k,
                Ok(None) => n,
            };
            let detail = format!("unknown variant `{kind}`, expected `likert` or `scenario`");
            d.shape(at, &Path::Key(p, "kind"), detail)
        }
    }
}

fn likert(d: &mut D, n: &Node, p: &Path) -> Option<LikertItem> {
    let id = d.need(n, p, "id", D::string);
    let dimension = d.need(n, p, "dimension", D::string);
    let scale = d.need(n, p, "scale", D::string);
    let reverse = d.opt(n, p, "reverse", false, D::boolean);
    let twin = d.opt(n, p, "twin", None, D::string_or_null);
    let not_applicable = d.opt(n, p, "not_applicable", false, D::boolean);
    let text = d.need(n, p, "text", D::text);
    let outside_text = opt_text(d, n, p, "outside_text");
    Some(LikertItem {
        id: id?,
        dimension: dimension?,
        scale: scale?,
        reverse: reverse?,
        twin: twin?,
        not_applicable: not_applicable?,
        text: text?,
        outside_text: outside_text?,
    })
}

fn scenario(d: &mut D, n: &Node, p: &Path) -> Option<ScenarioItem> {
    let id = d.need(n, p, "id", D::string);
    let situation = d.need(n, p, "situation", D::text);
    let text = d.need(n, p, "text", D::text);
    let outside_situation = opt_text(d, n, p, "outside_situation");
    let outside_text = opt_text(d, n, p, "outside_text");
    let options = d.need(n, p, "options", |d, n, p| d.list(n, p, option));
    let not_applicable = d.opt(n, p, "not_applicable", false, D::boolean);
    Some(ScenarioItem {
        id: id?,
        situation: situation?,
        text: text?,
        outside_situation: outside_situation?,
        outside_text: outside_text?,
        options: options?,
        not_applicable: not_applicable?,
    })
}

fn option(d: &mut D, n: &Node, p: &Path) -> Option<ScenarioOption> {
    d.object(n, p)?;
    let text = d.need(n, p, "text", D::text);
    let outside_text = opt_text(d, n, p, "outside_text");
    let weights = d.opt(n, p, "weights", SortedMap::default(), |d, n, p| {
        d.map(n, p, D::number)
    });
    Some(ScenarioOption {
        text: text?,
        outside_text: outside_text?,
        weights: weights?,
    })
}

fn variants(d: &mut D, n: &Node, p: &Path) -> Option<Variants> {
    d.object(n, p)?;
    let quick = d.need(n, p, "quick", variant_items);
    let full = d.need(n, p, "full", variant_items);
    Some(Variants {
        quick: quick?,
        full: full?,
    })
}

/// `"all"` or a list of item ids.
fn variant_items(d: &mut D, n: &Node, p: &Path) -> Option<VariantItems> {
    const EXPECTED: &str = "\"all\" or a list of item ids";
    match n.value.as_str() {
        Some("all") => Some(VariantItems::All),
        Some(other) => {
            let detail = format!("invalid value \"{other}\", expected {EXPECTED}");
            d.shape(n, p, detail)
        }
        None if n.value.as_array().is_some() => d.list(n, p, D::string).map(VariantItems::List),
        None => d.wrong_type(n, p, EXPECTED),
    }
}
