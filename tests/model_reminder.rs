//! Issue 19: the "take the check again" reminder is a calendar file that a calendar parser reads
//! back with the right day, the summary and both links whole (RFC 5545).
#![cfg(not(target_arch = "wasm32"))]

use icalendar::parser::{read_calendar, unfold};
use seller_check::model::{reminder_file_name, reminder_ics, CivilDate, ReminderTexts};

const TEXTS: ReminderTexts = ReminderTexts {
    summary: "Verkäufer-Check wiederholen; Fortschritt, prüfen",
    description_intro: "Vor 90 Tagen hast du den Check gemacht. Wo stehst du heute?",
    result_label: "Dein Ergebnis:",
    restart_label: "Neu starten:",
};

/// A result link longer than 75 octets, with `,` and `;` that TEXT values escape.
const RESULT: &str = "https://check.example.org/seller-check/index.html?lang=de;theme=dark,\
hell#r=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUv";
const RESTART: &str = "https://check.example.org/seller-check/index.html?lang=de&variant=full;\
a=1,2&utm_source=kalender&utm_campaign=wiederholung";

fn date(year: i32, month: u8, day: u8) -> CivilDate {
    CivilDate { year, month, day }
}

/// (name, parameters as `KEY=value`, unescaped value) of each property of the one event.
fn event_properties(ics: &str) -> Vec<(String, Vec<String>, String)> {
    let unfolded = unfold(ics);
    let calendar = read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}\n{ics}"));
    assert_eq!(calendar.components.len(), 1, "{ics}");
    let event = &calendar.components[0];
    assert_eq!(event.name.as_str(), "VEVENT");
    event
        .properties
        .iter()
        .map(|p| {
            let params = p.params.iter().map(|q| {
                let val = q.val.as_ref().map(|v| v.as_str()).unwrap_or_default();
                format!("{}={val}", q.key.as_str())
            });
            (
                p.name.as_str().to_owned(),
                params.collect(),
                p.val.as_str().to_owned(),
            )
        })
        .collect()
}

fn property<'a>(
    props: &'a [(String, Vec<String>, String)],
    name: &str,
) -> &'a (String, Vec<String>, String) {
    let found = props.iter().find(|(n, _, _)| n == name);
    found.unwrap_or_else(|| panic!("no {name}"))
}

/// The reminder of the test links, saved on `today`, 90 days ahead.
fn reminder_on(today: CivilDate) -> String {
    reminder_ics(
        today,
        90,
        &TEXTS,
        RESULT,
        RESTART,
        "a1b2c3@check.example.org",
    )
}

#[test]
fn the_event_falls_90_days_later() {
    for (today, day, next) in [
        (date(2026, 11, 30), "20270228", "20270301"),
        (date(2027, 12, 15), "20280314", "20280315"),
        (date(2028, 1, 1), "20280331", "20280401"),
        (date(2028, 2, 29), "20280529", "20280530"),
    ] {
        let ics = reminder_on(today);
        let props = event_properties(&ics);
        let start = property(&props, "DTSTART");
        assert_eq!(
            (start.1.as_slice(), start.2.as_str()),
            (&["VALUE=DATE".to_owned()][..], day)
        );
        let end = property(&props, "DTEND");
        assert_eq!(
            (end.1.as_slice(), end.2.as_str()),
            (&["VALUE=DATE".to_owned()][..], next)
        );
        let stamp = format!(
            "{:04}{:02}{:02}T000000Z",
            today.year, today.month, today.day
        );
        assert_eq!(property(&props, "DTSTAMP").2, stamp);
    }
}

#[test]
fn summary_uid_and_links_come_back_whole() {
    let ics = reminder_on(date(2026, 11, 30));
    let props = event_properties(&ics);
    assert_eq!(property(&props, "SUMMARY").2, TEXTS.summary);
    assert_eq!(property(&props, "UID").2, "a1b2c3@check.example.org");
    assert_eq!(property(&props, "URL").2, RESTART);
    let description = &property(&props, "DESCRIPTION").2;
    let lines: Vec<&str> = description.lines().collect();
    assert_eq!(
        lines,
        [
            TEXTS.description_intro,
            "",
            TEXTS.result_label,
            RESULT,
            "",
            TEXTS.restart_label,
            RESTART
        ]
    );
    // The raw file escapes them, and folds inside them.
    assert!(ics.contains("\\,") && ics.contains("\\;"));
    assert!(!ics.contains(RESULT) && !ics.contains(RESTART));
}

#[test]
fn lines_end_in_crlf_and_are_folded_at_75_octets() {
    let long = "ä".repeat(100);
    let texts = ReminderTexts {
        summary: &long,
        ..TEXTS
    };
    let ics = reminder_ics(date(2026, 11, 30), 90, &texts, RESULT, RESTART, "uid-1");
    assert!(
        ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
        "{ics}"
    );
    assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"), "{ics}");
    let body = ics.strip_suffix("\r\n").unwrap();
    let mut folded = 0;
    for line in body.split("\r\n") {
        assert!(!line.contains('\r') && !line.contains('\n'), "{line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        folded += usize::from(line.starts_with(' '));
    }
    assert!(folded >= 5, "{ics}");
    assert_eq!(property(&event_properties(&ics), "SUMMARY").2, long);
}

#[test]
fn a_line_break_in_a_link_cannot_add_a_property() {
    let ics = reminder_ics(
        date(2027, 1, 1),
        90,
        &TEXTS,
        RESULT,
        "https://x.example/\r\nRRULE:FREQ=DAILY",
        "u",
    );
    let props = event_properties(&ics);
    assert!(props.iter().all(|(n, _, _)| n != "RRULE"));
    assert_eq!(
        property(&props, "URL").2,
        "https://x.example/RRULE:FREQ=DAILY"
    );
}

#[test]
fn file_name_has_the_date() {
    assert_eq!(
        reminder_file_name(date(2027, 2, 28)),
        "seller-check-2027-02-28.ics"
    );
    assert_eq!(
        reminder_file_name(date(987, 1, 5)),
        "seller-check-0987-01-05.ics"
    );
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The next day, counted the slow way.
fn next_day(d: CivilDate) -> CivilDate {
    if d.day < days_in_month(d.year, d.month) {
        date(d.year, d.month, d.day + 1)
    } else if d.month < 12 {
        date(d.year, d.month + 1, 1)
    } else {
        date(d.year + 1, 1, 1)
    }
}

#[test]
fn plus_days_matches_counting_day_by_day() {
    // Ten years from 1995 take in 2000 (a leap year, divisible by 400); from 2095, 2100 (not one).
    for start in [date(1995, 3, 1), date(2026, 11, 30), date(2095, 12, 31)] {
        let mut slow = start;
        for n in 0..=3653 {
            assert_eq!(start.plus_days(n), slow, "{start:?} + {n}");
            slow = next_day(slow);
        }
    }
    // Every day of a decade as a start, 90 days on.
    let mut today = date(2024, 1, 1);
    while today.year < 2034 {
        let mut slow = today;
        (0..90).for_each(|_| slow = next_day(slow));
        assert_eq!(today.plus_days(90), slow, "{today:?}");
        today = next_day(today);
    }
    assert_eq!(date(1970, 1, 1).plus_days(0), date(1970, 1, 1));
    assert_eq!(date(1969, 12, 31).plus_days(1), date(1970, 1, 1));
    assert_eq!(date(-1, 12, 31).plus_days(1), date(0, 1, 1));
}

/// A reminder that reminds: a display alarm at 09:00 of the day (RFC 5545 3.6.6), without which
/// many calendars show the day but never tell (from a newcomer's review).
#[test]
fn the_event_carries_a_display_alarm_on_its_morning() {
    let ics = reminder_on(date(2026, 11, 30));
    let unfolded = unfold(&ics);
    let calendar = read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}\n{ics}"));
    let alarms = &calendar.components[0].components;
    assert_eq!(alarms.len(), 1, "{ics}");
    assert_eq!(alarms[0].name.as_str(), "VALARM");
    let value = |name: &str| {
        alarms[0]
            .properties
            .iter()
            .find(|p| p.name.as_str() == name)
            .map(|p| p.val.as_str().to_owned())
    };
    assert_eq!(value("ACTION").as_deref(), Some("DISPLAY"));
    assert_eq!(value("TRIGGER").as_deref(), Some("PT9H"));
    assert_eq!(value("DESCRIPTION").as_deref(), Some(TEXTS.summary));
}
