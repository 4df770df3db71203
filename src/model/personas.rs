//! The standard personas: answer patterns whose place on the spectrum says whether a
//! questionnaire measures what it claims. The studio places them for a draft (issue 20), so an
//! author sees at once what a keying change does; tests/model_personas.rs holds the shipped
//! file to them.
//!
//! Each is a classic check of an instrument: both poles must reach the ends, the middle of the
//! scale must land mid-spectrum (no acquiescence bias), the longest option must not win (the
//! situational-judgement leak of the brief), firmness without customer integration must not
//! reach the upper stages, and random answers must land near the middle.

use super::{contributions, score, Answer, Answers, Item, Questionnaire, Score, VariantId};

/// A standard answer pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persona {
    /// Keyed −2 everywhere: every likert answer at the Briefträger end, every scenario the
    /// option worth least.
    Brieftraeger,
    /// Keyed +2 everywhere.
    Partner,
    /// The middle answer (2 of 0..=4) on every likert item, the option worth nearest 0.
    Middle,
    /// The highest answer (4, "almost always") on every likert item whatever its keying, the
    /// option worth nearest 0: acquiescence, which reverse-keyed items must hold mid-spectrum.
    AgreesWithAll,
    /// The middle answer on every likert item and the longest option (characters, in the
    /// file's first language) in every scenario.
    LongestOption,
    /// Firm (+2) on every dimension except those a stage minimum requires (the customer's
    /// success, in the shipped file), where it answers −2; scenarios: the option best for
    /// firmness minus integration.
    HardSeller,
    /// Raw answers (0..=4, an option) from a fixed pseudo-random sequence, the same on every run.
    Random,
}

impl Persona {
    /// Every persona, in the order the studio lists them.
    pub const ALL: [Persona; 7] = [
        Persona::Brieftraeger,
        Persona::Partner,
        Persona::Middle,
        Persona::AgreesWithAll,
        Persona::LongestOption,
        Persona::HardSeller,
        Persona::Random,
    ];

    /// Whether this persona's `score` lands where an instrument that measures what it claims
    /// puts it: the poles in the lowest and the top stage, the middle of the scale and agreeing
    /// with everything mid-spectrum (position 35–65, the band tests/model_personas.rs holds the
    /// shipped file to), the longest option and random answers below the top stage, the hard
    /// seller below the two top stages (the brief: firmness alone must not reach them).
    pub fn lands_right(self, q: &Questionnaire, score: &Score) -> bool {
        let top = q.stages.len().saturating_sub(1);
        match self {
            Persona::Brieftraeger => score.stage == 0,
            Persona::Partner => score.stage == top,
            Persona::Middle | Persona::AgreesWithAll => (35.0..=65.0).contains(&score.position),
            Persona::LongestOption | Persona::Random => score.stage < top,
            Persona::HardSeller => score.stage + 1 < top,
        }
    }
}

/// The answers of `persona` to the items of `variant` (every item answered).
pub fn persona_answers(q: &Questionnaire, variant: VariantId, persona: Persona) -> Answers {
    // Fixed seed: the panel must not jump between two renders of the same draft.
    let mut rng = fastrand::Rng::with_seed(20);
    let held: Vec<&str> = q
        .stages
        .iter()
        .flat_map(|s| s.requires.keys().map(String::as_str))
        .collect();
    let mut a = Answers::new();
    for item in q.variant_items(variant) {
        let answer = match (item, persona) {
            (Item::Likert(_), Persona::AgreesWithAll) => Answer::Scale(4),
            (Item::Likert(_), Persona::Random) => Answer::Scale(rng.u8(0..=4)),
            (Item::Likert(l), _) => {
                let keyed: i8 = match persona {
                    Persona::Brieftraeger => -2,
                    Persona::Partner => 2,
                    Persona::HardSeller if held.contains(&l.dimension.as_str()) => -2,
                    Persona::HardSeller => 2,
                    _ => 0,
                };
                Answer::Scale((if l.reverse { -keyed } else { keyed } + 2) as u8)
            }
            (Item::Scenario(s), Persona::LongestOption) => {
                let lang = q.default_language();
                let len = |k: usize| q.tr(&s.options[k].text, lang).chars().count();
                let longest = (0..s.options.len()).max_by_key(|&k| (len(k), usize::MAX - k));
                Answer::Choice(longest.unwrap_or(0) as u8)
            }
            (Item::Scenario(s), Persona::Random) => {
                Answer::Choice(rng.usize(0..s.options.len().max(1)) as u8)
            }
            (Item::Scenario(s), _) => {
                let worth = |k: usize| -> f64 {
                    let c = contributions(item, Answer::Choice(k as u8));
                    match persona {
                        Persona::HardSeller => c
                            .iter()
                            .map(|(d, v)| if held.contains(d) { -v } else { *v })
                            .sum(),
                        _ => c.iter().map(|(_, v)| v).sum::<f64>() / c.len().max(1) as f64,
                    }
                };
                // What each persona picks the least of: the option's worth, its distance from
                // the middle, or its worth turned round.
                let off = |k: usize| match persona {
                    Persona::Brieftraeger => worth(k),
                    Persona::Middle | Persona::AgreesWithAll => worth(k).abs(),
                    _ => -worth(k),
                };
                let best = (0..s.options.len()).min_by(|&a, &b| off(a).total_cmp(&off(b)));
                Answer::Choice(best.unwrap_or(0) as u8)
            }
        };
        a.record(item.id(), answer, 60_000);
    }
    a
}

/// Where every persona lands on `variant` of `q`: its score (dimensions, position, stage).
pub fn place_personas(q: &Questionnaire, variant: VariantId) -> Vec<(Persona, Score)> {
    Persona::ALL
        .iter()
        .map(|&p| (p, score(q, variant, &persona_answers(q, variant, p))))
        .collect()
}
