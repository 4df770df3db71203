//! Every fragment format: what each names, the round trip, the edge cases, and the start-up
//! script held to the same table.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::fixture_q;
use seller_check::model::{
    compare_fragment, decode, Answer, Answers, Route, VariantId, JOIN_LABEL_MAX, MORE_PAGE_PATTERN,
    QUESTIONNAIRE_NOW_PATTERN,
};

#[test]
fn each_fragment_names_its_route_and_back() {
    let routes = [
        ("", Route::Check),
        (
            "r=EBPLAVVVVVVVVewg",
            Route::Shared("EBPLAVVVVVVVVewg".into()),
        ),
        ("join=Vertrieb Nord", Route::Join("Vertrieb Nord".into())),
        ("workshop", Route::Workshop),
        (
            "invite=MBPLAUFubmEyp3s",
            Route::Invite("MBPLAUFubmEyp3s".into()),
        ),
        ("compare=AAA.BBB.CCC", Route::Compare("AAA.BBB.CCC".into())),
        ("comparison", Route::Comparison),
        ("then=AAA.BBB", Route::Then("AAA.BBB".into())),
        ("then=AAA", Route::Then("AAA".into())),
        ("remind=AAA", Route::Remind("AAA".into())),
        ("results", Route::Results),
    ];
    for (fragment, route) in routes {
        assert_eq!(Route::parse(fragment), route, "{fragment}");
        assert_eq!(route.fragment(), fragment);
        assert_eq!(Route::parse(&route.fragment()), route);
    }
}

#[test]
fn unknown_empty_and_oversized_fragments() {
    for other in [
        "top",
        "r",
        "workshop2",
        "Workshop",
        "comparisons",
        "join=",
        "join=   ",
    ] {
        assert_eq!(Route::parse(other), Route::Check, "{other}");
    }
    assert_eq!(Route::parse("invite=  ABC  "), Route::Invite("ABC".into()));
    assert_eq!(Route::parse("join=  Team  "), Route::Join("Team".into()));
    let long = "ä".repeat(JOIN_LABEL_MAX + 5);
    let Route::Join(label) = Route::parse(&format!("join={long}")) else {
        panic!("a long label is still a session")
    };
    assert_eq!(
        label.chars().count(),
        JOIN_LABEL_MAX,
        "cut at a character, not a byte"
    );
}

#[test]
fn the_second_page_takes_the_workshop_comparisons_and_invitations() {
    let more: Vec<bool> = [
        "",
        "r=x",
        "join=x",
        "workshop",
        "invite=x",
        "compare=x",
        "comparison",
        "then=x",
        "remind=x",
        "results",
    ]
    .iter()
    .map(|f| Route::parse(f).on_more_page())
    .collect();
    assert_eq!(
        more,
        [false, false, false, true, true, true, true, true, true, true]
    );
}

#[test]
fn a_comparison_fragment_carries_the_own_answers_and_every_outside_code() {
    let q = fixture_q();
    let mut own = Answers::new();
    own.set("lead-a", Answer::Scale(4));
    own.set("sc-1", Answer::Choice(2));
    let outside = vec!["OUT1".to_string(), "OUT2".to_string()];
    let fragment = compare_fragment(&q, VariantId::Quick, &own, &outside);
    let Route::Compare(codes) = Route::parse(&fragment) else {
        panic!("{fragment}")
    };
    let parts: Vec<&str> = codes.split('.').collect();
    assert_eq!(parts[1..], ["OUT1", "OUT2"]);
    assert_eq!(decode(&q, parts[0]), Ok((VariantId::Quick, own)));
    assert_eq!(
        compare_fragment(&q, VariantId::Quick, &Answers::new(), &[])
            .matches('.')
            .count(),
        0
    );
}

/// scripts/first_page.js runs before the wasm and tests the same fragments; it must use the
/// model's patterns, so a new route cannot be forgotten there.
#[test]
fn the_start_up_script_uses_the_models_patterns() {
    let script = include_str!("../scripts/first_page.js");
    for pattern in [MORE_PAGE_PATTERN, QUESTIONNAIRE_NOW_PATTERN] {
        assert!(
            script.contains(&format!("/{pattern}/")),
            "first_page.js lacks /{pattern}/"
        );
    }
    // And the patterns say what the routes say: the alternatives in their groups are exactly
    // the fragments' names.
    let names = |pattern: &str| -> Vec<String> {
        pattern
            .split('(')
            .skip(1)
            .flat_map(|g| {
                g.split(')')
                    .next()
                    .unwrap()
                    .split('|')
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    for fragment in [
        "workshop",
        "comparison",
        "compare=x",
        "invite=x",
        "then=x",
        "remind=x",
        "results",
        "r=x",
        "join=x",
    ] {
        let name = fragment.split('=').next().unwrap().to_string();
        let route = Route::parse(fragment);
        assert_eq!(
            names(MORE_PAGE_PATTERN).contains(&name),
            route.on_more_page(),
            "{fragment}"
        );
        let now = matches!(route, Route::Shared(_) | Route::Join(_));
        assert_eq!(
            names(QUESTIONNAIRE_NOW_PATTERN).contains(&name),
            now,
            "{fragment}"
        );
    }
}
