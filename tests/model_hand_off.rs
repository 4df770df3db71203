//! Issue 19: the call-to-action template is filled with encoded values and only opens web or
//! mail links; `mailto:` links carry subject and body intact (RFC 6068).
#![cfg(not(target_arch = "wasm32"))]

use seller_check::model::{fill_template, mail_link, HandOff, HandOffError};
use url::Url;

const DIMENSIONS: [(&str, u8); 2] = [("fuehrung", 62), ("bedarf", 40)];

/// Every placeholder as a query parameter of the same name.
const ALL: &str = "https://beratung.example/termin?stage={stage}&stage_name={stage_name}\
&position={position}&dimensions={dimensions}&variant={variant}&lang={lang}&link={link}";

fn hand_off<'a>(stage_name: &'a str, link: &'a str) -> HandOff<'a> {
    HandOff {
        stage: 3,
        stage_name,
        position: 62,
        dimensions: &DIMENSIONS,
        variant: "full",
        lang: "de",
        link,
    }
}

/// The query of `url` as (name, value) pairs, decoded.
fn pairs(url: &str) -> Vec<(String, String)> {
    Url::parse(url)
        .unwrap_or_else(|e| panic!("{url}: {e}"))
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn value(pairs: &[(String, String)], name: &str) -> String {
    let found = pairs.iter().find(|(k, _)| k == name);
    found.unwrap_or_else(|| panic!("no {name}")).1.clone()
}

#[test]
fn every_placeholder_is_filled_and_encoded() {
    let v = hand_off("Partner für Kunden", "https://check.example/#r=AbC-_1");
    let filled = fill_template(ALL, &v).unwrap();
    assert_eq!(
        filled,
        "https://beratung.example/termin?stage=3&stage_name=Partner%20f%C3%BCr%20Kunden\
&position=62&dimensions=fuehrung%3A62%2Cbedarf%3A40&variant=full&lang=de\
&link=https%3A%2F%2Fcheck.example%2F%23r%3DAbC-_1"
    );
}

#[test]
fn unknown_names_and_lone_braces_stay() {
    let v = hand_off("Partner", "https://check.example/");
    let filled = fill_template("https://x.example/{other}/{stage}?a={}&b={stage", &v).unwrap();
    assert_eq!(filled, "https://x.example/{other}/3?a={}&b={stage");
    let filled = fill_template("https://x.example/{{stage}}", &v).unwrap();
    assert_eq!(filled, "https://x.example/{3}");
}

#[test]
fn refused_targets() {
    let v = hand_off("Partner", "https://check.example/");
    let refused = [
        "javascript:alert(1)//{link}",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "\x01https://x.example/",
        "\x00javascript:alert(1)",
        "\u{a0}https://x.example/",
        " \tjavascript:alert(1)",
        "\njavascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "ht tps://x.example/",
        "https:x.example/",
        "//evil.example/{link}",
        "/termin?stage={stage}",
        "termin.html",
        "{link}",
        "ftp://x.example/",
    ];
    for t in refused {
        assert_eq!(fill_template(t, &v), Err(HandOffError::Scheme), "{t:?}");
    }
    for t in ["", " ", "\t\r\n"] {
        assert_eq!(fill_template(t, &v), Err(HandOffError::Empty), "{t:?}");
    }
}

#[test]
fn allowed_targets_any_case_trimmed() {
    let v = hand_off("Partner", "https://check.example/");
    for (t, out) in [
        ("HTTPS://x.example/{stage}", "HTTPS://x.example/3"),
        ("Http://x.example/{stage}", "Http://x.example/3"),
        ("  https://x.example/{stage}\r\n", "https://x.example/3"),
        (
            "MailTo:info@x.example?subject={stage}",
            "MailTo:info@x.example?subject=3",
        ),
    ] {
        assert_eq!(fill_template(t, &v).as_deref(), Ok(out), "{t:?}");
    }
}

#[test]
fn a_value_cannot_become_a_scheme() {
    let v = hand_off("javascript:alert(1)", "javascript:alert(1)");
    assert_eq!(fill_template("{link}", &v), Err(HandOffError::Scheme));
    let filled = fill_template("https://x.example/?s={stage_name}", &v).unwrap();
    assert_eq!(filled, "https://x.example/?s=javascript%3Aalert(1)");
}

#[test]
fn awkward_values_round_trip() {
    let names = [
        "Kunden&Partner #1 \"größer\"",
        "a?b=c/d e+f%20g'h",
        "ä ö ü ß Ä Ö Ü",
        "100% + 1 = 101 & mehr; #tag",
        "Partner's (Kunden)!*~",
    ];
    let link = "https://check.example/index.html?lang=de&x=a+b#r=AbC-_1%2F&y=ä";
    for name in names {
        let v = hand_off(name, link);
        for template in [ALL, &ALL.replace("https://", "HTTP://")] {
            let filled = fill_template(template, &v).unwrap();
            let got = pairs(&filled);
            assert_eq!(got.len(), 7, "{filled}");
            assert_eq!(value(&got, "stage_name"), name, "{filled}");
            assert_eq!(value(&got, "link"), link);
            assert_eq!(value(&got, "dimensions"), "fuehrung:62,bedarf:40");
            assert_eq!(value(&got, "stage"), "3");
            assert_eq!(value(&got, "position"), "62");
            assert_eq!(value(&got, "variant"), "full");
            assert_eq!(value(&got, "lang"), "de");
        }
    }
}

#[test]
fn a_mailto_template_works() {
    let name = "Kunden&Partner #1 \"größer\"";
    let v = hand_off(name, "https://check.example/#r=AbC");
    let filled = fill_template(
        "mailto:beratung@x.example?subject=Stufe%20{stage}%3A%20{stage_name}&body={link}",
        &v,
    )
    .unwrap();
    assert!(filled.starts_with("mailto:beratung@x.example?subject="));
    let got = pairs(&filled);
    assert_eq!(value(&got, "subject"), format!("Stufe 3: {name}"));
    assert_eq!(value(&got, "body"), "https://check.example/#r=AbC");
    assert_eq!(Url::parse(&filled).unwrap().path(), "beratung@x.example");
}

#[test]
fn mail_link_round_trips_subject_and_body() {
    let subject = "Mein Ergebnis: Kunden&Partner #1 \"größer\" + 100%";
    let body = "Hallo,\nmein Ergebnis?\r\nhttps://check.example/?a=1&b=2#r=x\rGruß ä ö ü ß";
    let link = mail_link(Some("beratung@x.example"), subject, body);
    assert!(
        link.starts_with("mailto:beratung@x.example?subject="),
        "{link}"
    );
    assert!(!link.contains(' ') && !link.contains('\n') && !link.contains('+'));
    assert!(
        link.contains("Hallo%2C%0D%0Amein%20Ergebnis%3F%0D%0Ahttps"),
        "{link}"
    );
    let got = pairs(&link);
    assert_eq!(got.len(), 2);
    assert_eq!(value(&got, "subject"), subject);
    assert_eq!(
        value(&got, "body"),
        "Hallo,\r\nmein Ergebnis?\r\nhttps://check.example/?a=1&b=2#r=x\r\nGruß ä ö ü ß"
    );
}

#[test]
fn mail_link_subject_stays_on_one_line() {
    let link = mail_link(None, "Zeile 1\nZeile 2", "");
    assert_eq!(link, "mailto:?subject=Zeile%201%20Zeile%202&body=");
}

#[test]
fn mail_link_leaves_out_a_doubtful_address() {
    for to in [
        None,
        Some(""),
        Some("  "),
        Some("a@x.example?bcc=b@y.example"),
        Some("a@x.example&cc=b@y.example"),
        Some("a@x.example#x"),
        Some("a b@x.example"),
        Some("a@x.example\r\nBcc: b@y.example"),
        Some("a\u{7f}@x.example"),
    ] {
        assert_eq!(
            mail_link(to, "Betreff", "Text"),
            "mailto:?subject=Betreff&body=Text",
            "{to:?}"
        );
    }
    assert_eq!(
        mail_link(Some(" info+check@x.example "), "S", "B"),
        "mailto:info+check@x.example?subject=S&body=B"
    );
    assert_eq!(
        mail_link(Some("100%@x.example"), "S", "B"),
        "mailto:100%25@x.example?subject=S&body=B"
    );
}
