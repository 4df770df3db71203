mod model_support;
use model_support::default_q;
use seller_check::model::*;
#[test]
fn show() {
    let q = default_q();
    for v in VariantId::ALL {
        let mut a = Answers::new();
        for (i, it) in q.variant_items(v).iter().enumerate() {
            let ans = match it {
                Item::Likert(_) => Answer::Scale((i % 5) as u8),
                Item::Scenario(_) => Answer::Choice((i % 4) as u8),
            };
            a.set(it.id(), ans);
        }
        let b = encode(&q, v, &a);
        let l = to_link_code(&b);
        let s = to_short_code(&b);
        println!("{v:?} {} {l} {s}", b.len());
        assert_eq!(decode(&q, &l), Ok((v, a.clone())));
        assert_eq!(decode(&q, &s), Ok((v, a.clone())));
        std::fs::write(format!("/tmp/sc/{}_link", v.as_str()), &l).unwrap();
        std::fs::write(format!("/tmp/sc/{}_short", v.as_str()), &s).unwrap();
        std::fs::write(
            format!("/tmp/sc/{}_url", v.as_str()),
            format!("https://example.com/check/#r={l}"),
        )
        .unwrap();
    }
}
