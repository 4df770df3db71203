//! Issue 18: results are picked out of any text (a chat transcript, a mail), each once, with
//! where they came from; the checksum keeps words that look like codes out.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;
mod share_support;

use model_support::{default_q, fixture_q};
use seller_check::model::{
    encode, find_codes, to_link_code, to_short_code, Entries, Entry, ShareCodeError, Source,
    VariantId,
};
use share_support::samples;

const PAGE: &str = "https://example.org/check/index.html";

/// Four different results of the default questionnaire: (link, short code).
fn four() -> Vec<(String, String)> {
    let q = default_q();
    samples(&q)
        .into_iter()
        .skip(1)
        .take(4)
        .map(|(_, _, b)| (format!("{PAGE}#r={}", to_link_code(&b)), to_short_code(&b)))
        .collect()
}

#[test]
fn a_chat_transcript_with_four_links_gives_four_results() {
    let q = default_q();
    let r = four();
    let chat = format!(
        "[09:14] Anna: Hier mein Ergebnis: {}.\n[09:15] Ben: <{}> (hat ewig gedauert)\n\
         [09:15] Cem: {}, und das hier ist meins: {}!\n[09:16] Anna: Kundenbeziehungsmanagementverantwortlichkeit \
         ist ein langes Wort. Danke!",
        r[0].0, r[1].0, r[2].0, r[3].1
    );
    let mut list = Entries::default();
    let h = list.add(&q, &chat, Source::Paste);
    assert_eq!(
        (h.added, h.duplicates, h.foreign, h.unreadable.len()),
        (4, 0, 0, 0)
    );
    assert_eq!(list.group(&q).participants.len(), 4);
    assert!(list.0.iter().all(|e| e.source == Source::Paste));
    // The same results again, in the other form: each is known already.
    let again = format!("{} {} {} {}", r[0].1, r[1].1, r[2].0, r[3].0);
    let h = list.add(&q, &again, Source::File);
    assert_eq!((h.added, h.duplicates), (0, 4));
    assert_eq!(list.0.len(), 4);
    // A text with one result in both forms (a result file): one new result, nothing repeated.
    let mut fresh = Entries::default();
    let h = fresh.add(&q, &format!("{}\n{}\n", r[0].0, r[0].1), Source::File);
    assert_eq!((h.added, h.duplicates, fresh.0.len()), (1, 0, 1));
}

#[test]
fn several_codes_on_one_line_and_damaged_links_are_told_apart() {
    let q = default_q();
    let r = four();
    // Two codes on a line; a link whose code lost characters; a short code with a typo.
    let broken_link = format!("{PAGE}#r=EBPLAg");
    let mut typo = r[3].1.clone();
    let last = typo.pop().map_or('0', |c| if c == '0' { '1' } else { '0' });
    typo.push(last);
    let text = format!("{} / {}\n{broken_link}\n{typo}", r[0].1, r[1].0);
    let mut list = Entries::default();
    let h = list.add(&q, &text, Source::Paste);
    assert_eq!(h.added, 2);
    assert_eq!(h.unreadable.len(), 2, "{:?}", h.unreadable);
    assert!(matches!(
        h.unreadable[0],
        ShareCodeError::WrongLength { .. }
    ));
}

#[test]
fn codes_of_another_questionnaire_are_counted_apart() {
    let (q, other) = (default_q(), fixture_q());
    let (_, answers, _) = samples(&other).remove(2);
    let foreign = to_link_code(&encode(&other, VariantId::Quick, &answers));
    let mut list = Entries::default();
    let h = list.add(
        &q,
        &format!("{PAGE}#r={foreign} and {}", four()[0].0),
        Source::Scan,
    );
    assert_eq!((h.added, h.foreign), (1, 1));
    assert_eq!(list.0[0].source, Source::Scan);
}

#[test]
fn plain_words_are_no_codes_and_nothing_is_reported_for_them() {
    let q = default_q();
    let text = "Kundenbeziehungsmanagementverantwortlichkeit Donaudampfschifffahrtsgesellschaft \
                ABCDEFGHIJKLMNOPQRSTUV https://example.org/ohne/ergebnis.html not-a-code Hans-Peter-Maier \
                E-Mail-Adresse";
    assert!(find_codes(&q, text).is_empty());
    let mut list = Entries::default();
    assert_eq!(list.add(&q, text, Source::Paste), Default::default());
}

#[test]
fn the_list_is_stored_with_its_sources_and_older_lists_still_read() {
    let q = default_q();
    let r = four();
    let mut list = Entries::default();
    list.add(&q, &r[0].0, Source::Scan);
    list.add(&q, &r[1].1, Source::Paste);
    list.add(&q, &r[2].0, Source::File);
    let stored = list.to_stored();
    assert_eq!(Entries::from_stored(&stored), list);
    // The pasted text of earlier versions: one code or link per line, kept as pasted entries.
    let old = format!("{}\n\n  {}  \nnot a code\n", r[0].0, r[1].1);
    let read = Entries::from_stored(&old);
    assert_eq!(read.0.len(), 3);
    assert!(read.0.iter().all(|e| e.source == Source::Paste));
    let group = read.group(&q);
    assert_eq!((group.participants.len(), group.invalid.len()), (2, 1));
    assert_eq!(group.invalid[0].line, 3);
    // Removing one entry; an index past the end changes nothing.
    list.remove(1);
    list.remove(9);
    assert_eq!(
        list.0.iter().map(|e| e.source).collect::<Vec<_>>(),
        [Source::Scan, Source::File]
    );
    let _: &Entry = &list.0[0];
}

/// A short code typed or read aloud with spaces between its groups (the app shows it with
/// hyphens): found in a sentence, in order with the others; runs of four-letter words are not.
#[test]
fn a_short_code_with_spaces_between_its_groups_is_found() {
    let q = default_q();
    let codes = four();
    let (link0, _) = &codes[0];
    let (link1, short1) = &codes[1];
    let spaced = short1.replace('-', " ");
    let text = format!(
        "Erst {link0}, dann Ben: {spaced}. Dann kam mehr Text wenn auch kaum viel Sinn dabei"
    );
    let found = find_codes(&q, &text);
    let expect = |link: &str| find_codes(&q, link);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0], expect(link0)[0]);
    assert_eq!(found[1], expect(link1)[0]);
    // Lower case, and the last group short: still the code.
    let lower = find_codes(&q, &format!("code {}", spaced.to_lowercase()));
    assert_eq!(lower, expect(link1));
    // One group changed: the checksum refuses it, and as words it reports nothing.
    let mut wrong = spaced.clone().into_bytes();
    wrong[1] = if wrong[1] == b'7' { b'8' } else { b'7' };
    assert!(find_codes(&q, &String::from_utf8(wrong).unwrap()).is_empty());
}
