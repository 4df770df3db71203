//! Look-ups the views need: items of a variant, texts by language, scale labels.

use super::{Item, LikertItem, Questionnaire, Text, VariantId, VariantItems};

impl Questionnaire {
    /// The items of `variant`, in the order shown. Unknown or repeated ids are skipped.
    pub fn variant_items(&self, variant: VariantId) -> Vec<&Item> {
        match self.variants.get(variant) {
            VariantItems::All => self.items.iter().collect(),
            VariantItems::List(ids) => {
                let mut out: Vec<&Item> = Vec::with_capacity(ids.len());
                for id in ids {
                    if let Some(item) = self.item(id) {
                        if !out.iter().any(|seen| seen.id() == id) {
                            out.push(item);
                        }
                    }
                }
                out
            }
        }
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|it| it.id() == id)
    }

    /// Position of the dimension with this id in [`Questionnaire::dimensions`].
    pub fn dimension_index(&self, id: &str) -> Option<usize> {
        self.dimensions.iter().position(|d| d.id == id)
    }

    /// The fallback language: the first one declared.
    pub fn default_language(&self) -> &str {
        self.languages.first().map(String::as_str).unwrap_or("")
    }

    /// [`Questionnaire::tr`] for text that leaves the page (host events, CSV): without soft
    /// hyphens (U+00AD), which only tell a narrow screen where a long word may break.
    pub fn tr_plain(&self, t: &Text, lang: &str) -> String {
        self.tr(t, lang).replace('\u{ad}', "")
    }

    /// `t` in language `lang` (a code such as `de`), falling back to the first declared
    /// language, then to any non-empty string, then to `""`.
    pub fn tr<'a>(&self, t: &'a Text, lang: &str) -> &'a str {
        t.get(lang)
            .or_else(|| t.get(self.default_language()))
            .or_else(|| {
                t.0.values()
                    .map(String::as_str)
                    .find(|s| !s.trim().is_empty())
            })
            .unwrap_or("")
    }

    /// The five labels of a likert item's scale (empty when the scale is unknown).
    pub fn scale(&self, item: &LikertItem) -> &[Text] {
        self.scales
            .get(&item.scale)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The scale labels of a likert item in language `lang`, first label = answer 0.
    pub fn scale_labels(&self, item: &LikertItem, lang: &str) -> Vec<&str> {
        self.scale(item).iter().map(|t| self.tr(t, lang)).collect()
    }
}
