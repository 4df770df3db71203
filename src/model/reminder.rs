//! The reminder to take the check again: an all-day calendar event as an iCalendar file
//! (RFC 5545), and the civil date arithmetic that places it.

use ics::parameters::Value;
use ics::properties::{Description, DtEnd, DtStart, Summary, Transp, Trigger, URL};
use ics::{escape_text, Alarm, Event, ICalendar};

/// A day of the proleptic Gregorian calendar, as the visitor's clock shows it (no time zone).
///
/// Own code rather than `chrono` or `time`: three small functions against about 20–40 KB of
/// date library in the wasm, and no tiny crate does civil-date arithmetic alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    /// Year, e.g. `2027`; file names and calendar dates need `1..=9999`.
    pub year: i32,
    /// Month, `1..=12`.
    pub month: u8,
    /// Day of the month, `1..=28`, `29`, `30` or `31` as the month has.
    pub day: u8,
}

impl CivilDate {
    /// The date `days` days later, across month ends, year ends and leap days
    /// (e.g. 2026-11-30 plus 90 is 2027-02-28). `self` must be a valid date; otherwise the result
    /// is some date, unspecified, without panicking.
    #[must_use]
    pub fn plus_days(self, days: u32) -> CivilDate {
        civil_from_days(days_from_civil(self) + i64::from(days))
    }

    /// `YYYY-MM-DD` (ISO 8601), as the app keeps and names dates.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `YYYYMMDD`, the form of an iCalendar DATE value (RFC 5545 3.3.4).
    fn ical(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

/// Days since 1970-01-01 (negative before it). Howard Hinnant, "chrono-Compatible Low-Level Date
/// Algorithms", `days_from_civil` (<http://howardhinnant.github.io/date_algorithms.html>).
fn days_from_civil(date: CivilDate) -> i64 {
    let (m, d) = (i64::from(date.month), i64::from(date.day));
    let y = i64::from(date.year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1; // [0, 365], from March 1st
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// The date `z` days after 1970-01-01. Howard Hinnant's `civil_from_days` (same source).
fn civil_from_days(z: i64) -> CivilDate {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11], from March
    let day = doy - (153 * mp + 2) / 5 + 1; // [1, 31]
    let month = if mp < 10 { mp + 3 } else { mp - 9 }; // [1, 12]
    let year = yoe + era * 400 + i64::from(month <= 2);
    // Out of i32 only for years past 2^31, which no caller has; it wraps rather than panics.
    CivilDate {
        year: year as i32,
        month: month as u8,
        day: day as u8,
    }
}

/// The visitor's texts in the reminder, already in their language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReminderTexts<'a> {
    /// The event's title, e.g. "Take the seller check again".
    pub summary: &'a str,
    /// The first paragraph of the event's description.
    pub description_intro: &'a str,
    /// The line above the link to this result, e.g. "Your result:".
    pub result_label: &'a str,
    /// The line above the link that starts the check again, e.g. "Start again:".
    pub restart_label: &'a str,
}

/// A calendar file (RFC 5545) with one all-day event `days` days after `today`.
///
/// The event has `DTSTART;VALUE=DATE` on that day and `DTEND` the next (RFC 5545 3.6.1: an
/// all-day event ends on the following date), `DTSTAMP` today at 00:00 UTC, the given `uid`
/// (RFC 5545 3.8.4.7: unique, e.g. random hex plus `@` and the site's host), the summary, a
/// description of the intro and then each label with its link on a line of its own, and `URL`
/// with `restart_link`. TEXT values are escaped (`,` `;` `\` and line breaks, RFC 5545 3.3.11);
/// control characters are dropped from the links. Lines end in CRLF and are folded so that no
/// line is longer than 75 octets (RFC 5545 3.1).
pub fn reminder_ics(
    today: CivilDate,
    days: u32,
    texts: &ReminderTexts,
    result_link: &str,
    restart_link: &str,
    uid: &str,
) -> String {
    let start = today.plus_days(days);
    let result_link = without_controls(result_link);
    let restart_link = without_controls(restart_link);
    let description = format!(
        "{}\n\n{}\n{result_link}\n\n{}\n{restart_link}",
        texts.description_intro, texts.result_label, texts.restart_label
    );
    let mut event = Event::new(escape_text(uid), format!("{}T000000Z", today.ical()));
    let mut dtstart = DtStart::new(start.ical());
    dtstart.add(Value::DATE);
    event.push(dtstart);
    let mut dtend = DtEnd::new(start.plus_days(1).ical());
    dtend.add(Value::DATE);
    event.push(dtend);
    event.push(Summary::new(escape_text(texts.summary)));
    event.push(Description::new(escape_text(description)));
    event.push(URL::new(restart_link));
    // A reminder, not an appointment: the day stays free for other events, and the calendar
    // tells at 09:00 of that day (a display alarm, RFC 5545 3.6.6; without one many calendars
    // show the day but never remind).
    event.push(Transp::transparent());
    event.add_alarm(Alarm::display(
        Trigger::new("PT9H"),
        Description::new(escape_text(texts.summary)),
    ));
    let mut calendar = ICalendar::new("2.0", "-//seller-check//reminder//EN");
    calendar.add_event(event);
    refold(&calendar.to_string())
}

/// The name to save the reminder under: `seller-check-YYYY-MM-DD.ics` with the event's date.
pub fn reminder_file_name(date: CivilDate) -> String {
    format!("seller-check-{}.ics", date.iso())
}

/// `link` without control characters (a URI has none; a raw line break would end the property).
fn without_controls(link: &str) -> String {
    link.chars().filter(|c| !c.is_control()).collect()
}

/// The `ics` crate folds after 75 octets of content but then starts each continuation line with
/// a space, making it 76 octets (ics 0.5.8, `contentline::fold`); this folds its lines again so
/// that a continuation line holds a space and at most 74 octets. Its folds are the only
/// "CRLF space" in its output, as TEXT values are escaped and links have no control characters.
fn refold(ics: &str) -> String {
    const LIMIT: usize = 75;
    let unfolded = ics.replace("\r\n ", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 24);
    for line in unfolded.split_terminator("\r\n") {
        let mut rest = line;
        let mut room = LIMIT;
        while rest.len() > room {
            let mut cut = room;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            room = LIMIT - 1;
        }
        out.push_str(rest);
        out.push_str("\r\n");
    }
    out
}
