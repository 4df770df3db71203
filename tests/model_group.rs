//! The workshop group: pasted codes become anonymous participants, stage counts, means and CSV.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{default_q, DEFAULT_JSON};
use seller_check::model::{
    csv, encode, score, to_link_code, to_short_code, Answer, Answers, Duplicate, Group, Item,
    Questionnaire, ShareCodeError as E, VariantId,
};

/// Answers whose keyed value on dimension `d` is `keyed[d]` (-2..=2) on every likert item;
/// scenarios are skipped, so every dimension score is exactly 25 * (keyed + 2).
fn keyed_answers(q: &Questionnaire, v: VariantId, keyed: [i8; 6]) -> Answers {
    let mut a = Answers::new();
    for item in q.variant_items(v) {
        if let Item::Likert(l) = item {
            let k = keyed[q.dimension_index(&l.dimension).unwrap()];
            let i = if l.reverse { 2 - k } else { 2 + k };
            a.set(&l.id, Answer::Scale(i as u8));
        }
    }
    a
}

/// Five participants, quick and full mixed; dimension scores in the comments.
fn five(q: &Questionnaire) -> Vec<(VariantId, Vec<u8>)> {
    use VariantId::{Full, Quick};
    [
        (Quick, [2, 2, 2, 2, 2, 2]),      // 100 everywhere: partner
        (Full, [-2, -2, -2, -2, -2, -2]), // 0 everywhere: Briefträger
        (Quick, [0, -2, 0, 0, 0, 0]),     // 50, 0, 50..: position 41.7, adviser
        (Full, [1, 1, 1, 1, 1, 1]),       // 75: sparring partner
        (Quick, [-1, -1, -1, -1, -1, 2]), // 25.. and 100: position 37.5, supplier
    ]
    .into_iter()
    .map(|(v, k)| (v, encode(q, v, &keyed_answers(q, v, k))))
    .collect()
}

/// The facilitator's paste: links, short codes, blank lines, a repeat, two broken lines.
fn pasted(q: &Questionnaire) -> String {
    let p = five(q);
    let short5 = to_short_code(&p[4].1);
    [
        to_link_code(&p[0].1),
        String::new(),
        to_short_code(&p[1].1),
        format!("https://example.com/check/#r={}", to_link_code(&p[2].1)),
        format!("  {}  ", to_short_code(&p[0].1).to_lowercase()),
        "AB!C".to_string(),
        to_link_code(&p[3].1),
        short5[..short5.len() - 5].to_string(),
        short5,
        "   ".to_string(),
        format!("#r={}", to_link_code(&p[1].1)),
    ]
    .join("\r\n")
}

#[test]
fn participants_duplicates_and_invalid_lines_are_told_apart() {
    let q = default_q();
    let g = Group::parse(&q, &pasted(&q));
    let lines: Vec<usize> = g.participants.iter().map(|p| p.line).collect();
    assert_eq!(lines, [1, 3, 4, 7, 9]);
    let variants: Vec<VariantId> = g.participants.iter().map(|p| p.variant).collect();
    use VariantId::{Full, Quick};
    assert_eq!(variants, [Quick, Full, Quick, Full, Quick]);
    assert_eq!(
        g.duplicates,
        [
            Duplicate {
                line: 5,
                first_line: 1
            },
            Duplicate {
                line: 11,
                first_line: 3
            }
        ]
    );
    assert_eq!(g.invalid.len(), 2);
    assert_eq!((g.invalid[0].line, g.invalid[0].text.as_str()), (6, "AB!C"));
    assert_eq!(
        g.invalid[0].error,
        E::InvalidCharacter {
            position: 2,
            ch: '!'
        }
    );
    assert_eq!(g.invalid[1].line, 8);
    assert!(matches!(g.invalid[1].error, E::WrongLength { found, expected } if found < expected));
    for (p, (v, bytes)) in g.participants.iter().zip(five(&q)) {
        let (_, answers) = seller_check::model::decode_bytes(&q, &bytes).unwrap();
        assert_eq!(
            p.score,
            score(&q, v, &answers),
            "recomputed from the answers"
        );
    }
}

#[test]
fn stage_counts_positions_and_dimension_statistics() {
    let q = default_q();
    let s = Group::parse(&q, &pasted(&q)).stats(&q);
    assert_eq!(s.stage_counts, [1, 1, 1, 1, 1]);
    let rounded: Vec<i64> = s
        .positions
        .iter()
        .map(|p| (p * 10.0).round() as i64)
        .collect();
    // Positions are whole numbers, as the result shows them (41.7 -> 42, 37.5 -> 38).
    assert_eq!(rounded, [1000, 0, 420, 750, 380]);
    let d: Vec<_> = s.dimensions.iter().map(|d| d.unwrap()).collect();
    assert!(d
        .iter()
        .all(|d| d.count == 5 && d.min == 0.0 && d.max == 100.0));
    let means: Vec<f64> = d.iter().map(|d| d.mean).collect();
    assert_eq!(means, [50.0, 40.0, 50.0, 50.0, 50.0, 65.0]);
    // Population standard deviation: sqrt(1250) for 100, 0, 50, 75, 25; sqrt(1400) for the last.
    assert!((d[0].std_dev - 1250f64.sqrt()).abs() < 1e-9);
    assert!((d[5].std_dev - 1400f64.sqrt()).abs() < 1e-9);
    assert_eq!((s.strongest, s.weakest), (Some(5), Some(1)));
}

#[test]
fn csv_has_a_header_and_a_row_per_participant() {
    let q = default_q();
    let g = Group::parse(&q, &pasted(&q));
    // German: a byte order mark, then fields between semicolons (Excel's German settings).
    let expected = "\u{feff}Nr.;Stufe Nr.;Stufe;Position;Beziehungsführung;Zugeständnis-Disziplin;\
        Wert der Zusatzleistungen;Markterfolg der Kunden;Differenzierung;Eigene Seite vertreten\r\n\
        1;5;Kundenintegrierter Partner;100;100;100;100;100;100;100\r\n\
        2;1;Briefträger;0;0;0;0;0;0;0\r\n\
        3;3;Kundenorientierter Berater;42;50;0;50;50;50;50\r\n\
        4;4;Wertorientierter Sparringspartner;75;75;75;75;75;75;75\r\n\
        5;2;Gefälliger Lieferant;38;25;25;25;25;25;100\r\n";
    assert_eq!(csv(&q, &g, "de"), expected);
    let en = csv(&q, &g, "en");
    assert!(
        en.starts_with("\u{feff}participant,stage number,stage,position,Relationship leadership,")
    );
    assert_eq!(en.lines().count(), 6);
}

#[test]
fn csv_quotes_names_with_commas_and_quotes_and_leaves_missing_scores_empty() {
    let mut json: serde_json::Value = serde_json::from_str(DEFAULT_JSON).unwrap();
    json["dimensions"][0]["name"]["en"] = "Lead, \"really\"".into();
    let q = Questionnaire::from_json(&json.to_string()).unwrap();
    let nothing = to_link_code(&encode(&q, VariantId::Quick, &Answers::new()));
    let g = Group::parse(&q, &nothing);
    let text = csv(&q, &g, "en");
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(header
        .starts_with("\u{feff}participant,stage number,stage,position,\"Lead, \"\"really\"\"\","));
    // Nothing answered: position 50, no dimension score.
    assert_eq!(lines.next(), Some("1,3,Customer-oriented adviser,50,,,,,,"));
    // In German a name with a semicolon is quoted, one with a comma is not.
    let mut json: serde_json::Value = serde_json::from_str(DEFAULT_JSON).unwrap();
    json["dimensions"][0]["name"]["de"] = "Führung; Kunde, Lead".into();
    json["dimensions"][1]["name"]["de"] = "Zugeständnisse, Preis".into();
    let q = Questionnaire::from_json(&json.to_string()).unwrap();
    let text = csv(&q, &Group::parse(&q, &nothing), "de");
    assert!(
        text.starts_with(
            "\u{feff}Nr.;Stufe Nr.;Stufe;Position;\"Führung; Kunde, Lead\";Zugeständnisse, Preis;"
        ),
        "{text}"
    );
}

#[test]
fn an_empty_paste_gives_an_empty_group() {
    let q = default_q();
    let g = Group::parse(&q, "\n  \n\r\n");
    assert_eq!(g, Group::default());
    let s = g.stats(&q);
    assert_eq!(s.stage_counts, [0; 5]);
    assert!(s.positions.is_empty() && s.dimensions.iter().all(Option::is_none));
    assert_eq!((s.strongest, s.weakest), (None, None));
    assert_eq!(csv(&q, &g, "de").lines().count(), 1);
}

#[test]
fn csv_names_that_look_like_formulas_stay_text() {
    // Dimension and stage names a questionnaire author wrote: none may start a formula.
    let mut json: serde_json::Value = serde_json::from_str(DEFAULT_JSON).unwrap();
    for (i, name) in ["=HYPERLINK(\"x\")", "+1", "-Preis", "@SUM(A1)"]
        .iter()
        .enumerate()
    {
        json["dimensions"][i]["name"]["de"] = (*name).into();
    }
    json["stages"][2]["name"]["de"] = "=1+1".into();
    let q = Questionnaire::from_json(&json.to_string()).unwrap();
    let nothing = to_link_code(&encode(&q, VariantId::Quick, &Answers::new()));
    let text = csv(&q, &Group::parse(&q, &nothing), "de");
    let mut lines = text.lines();
    assert!(
        lines.next().unwrap().starts_with(
            "\u{feff}Nr.;Stufe Nr.;Stufe;Position;\"'=HYPERLINK(\"\"x\"\")\";'+1;'-Preis;'@SUM(A1);"
        ),
        "{text}"
    );
    assert!(lines.next().unwrap().starts_with("1;3;'=1+1;50;"), "{text}");
}
