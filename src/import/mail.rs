//! One email message, reduced to what the conferral log needs: who wrote to
//! whom, when (an instant, told in the lawyer's zone), about what, and which files
//! came with it. Built from an RFC 5322 message (mail-parser) or an Outlook
//! `.msg` (msg_parser); everything downstream sees only this type.

use std::sync::LazyLock;

use jiff::civil::{Date, Time};
use mail_parser::{MessageParser, MimeHeaders};

/// A mailbox as a header names it: `Jane Roe <jane@roe.law>`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Address {
    pub name: String,
    pub email: String,
}

impl Address {
    /// "Jane Roe <jane@roe.law>", or whichever half is known.
    pub fn display(&self) -> String {
        match (self.name.is_empty(), self.email.is_empty()) {
            (false, false) => format!("{} <{}>", self.name, self.email),
            (false, true) => self.name.clone(),
            _ => self.email.clone(),
        }
    }
}

/// A file that came with the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// The file name the sender gave it (sanitised before it is saved).
    pub name: String,
    /// Its bytes, only kept when they are to be saved (`--attachments DIR`):
    /// a 200 MB mailbox must not be held in memory for the names alone.
    pub data: Option<Vec<u8>>,
}

/// What the `Date:` header said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailDate {
    /// When the message was sent: the instant, and the day and time as the
    /// header wrote them (`Wed, 8 Mar 2017 17:40:00 -0500`: 2017-03-08 at
    /// 17:40, kept for the fingerprint of a message with no Message-ID).
    /// The log records the instant in one zone, the lawyer's (`local`), as
    /// their mail program shows it: servers stamp `+0000` as often as the
    /// sender's zone, and a thread told on each sender's clock put a reply
    /// before the message it answered (review 348). Seconds are dropped;
    /// the log keeps minutes.
    At {
        instant: jiff::Timestamp,
        written: (Date, Time),
    },
    /// No `Date:` header at all.
    Missing,
    /// A `Date:` header that names no real day ("32 Feb").
    Invalid,
}

impl MailDate {
    /// The day and time in `zone`, minutes only.
    pub fn local(&self, zone: &jiff::tz::TimeZone) -> Option<(Date, Time)> {
        match self {
            MailDate::At { instant, .. } => {
                let dt = instant.to_zoned(zone.clone()).datetime();
                let time = Time::new(dt.hour(), dt.minute(), 0, 0).ok()?;
                Some((dt.date(), time))
            }
            _ => None,
        }
    }
}

/// One message, ready to be mapped to a log entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Mail {
    /// The Message-ID without angle brackets; empty when the message has none.
    pub message_id: String,
    pub date: MailDate,
    pub from: Option<Address>,
    pub to: Vec<Address>,
    pub cc: Vec<Address>,
    pub subject: String,
    /// Answers an earlier message (`In-Reply-To:`), so its subject is inherited.
    pub in_reply_to: bool,
    /// The whole body as plain text (an HTML-only body turned into text),
    /// quotations and signature included; `quote::own_text` separates them.
    pub body: String,
    pub attachments: Vec<Attachment>,
}

impl Mail {
    /// Reads one RFC 5322 message. `None` when the bytes are not an email
    /// message: no `From:`, `Date:`, `Subject:`, `To:` or `Message-ID:` header.
    pub fn parse(raw: &[u8], keep_attachment_data: bool) -> Option<Mail> {
        let raw = headers_as_utf8(raw);
        let msg = MessageParser::default().parse(raw.as_ref())?;
        let looks_like_mail = msg.from().is_some()
            || msg.date().is_some()
            || msg.subject().is_some()
            || msg.to().is_some()
            || msg.message_id().is_some();
        if !looks_like_mail {
            return None;
        }
        let date = match msg.date() {
            Some(d) => civil(&with_meridiem(
                d,
                msg.header_raw("Date").unwrap_or_default(),
            )),
            None if msg.header_raw("Date").is_some() => MailDate::Invalid,
            None => MailDate::Missing,
        };
        let attachments = msg
            .attachments()
            .enumerate()
            .filter(|(_, part)| {
                // Logos and pictures embedded in an HTML signature are not
                // documents anyone sent.
                let inline = part
                    .content_disposition()
                    .is_some_and(|d| d.ctype().eq_ignore_ascii_case("inline"));
                !(inline && part.content_id().is_some())
            })
            .map(|(i, part)| {
                let name = part
                    .attachment_name()
                    .filter(|n| super::names_a_file(n))
                    .map(str::to_string)
                    .or_else(|| {
                        part.message()
                            .and_then(|m| m.subject())
                            .map(|s| format!("{s}.eml"))
                    })
                    .unwrap_or_else(|| format!("attachment-{}", i + 1));
                Attachment {
                    name,
                    data: keep_attachment_data.then(|| part.contents().to_vec()),
                }
            })
            .collect();
        Some(Mail {
            message_id: msg.message_id().unwrap_or_default().trim().to_string(),
            date,
            from: msg.from().and_then(|a| a.first()).map(address),
            to: msg
                .to()
                .map(|a| a.iter().map(address).collect())
                .unwrap_or_default(),
            cc: msg
                .cc()
                .map(|a| a.iter().map(address).collect())
                .unwrap_or_default(),
            subject: msg.subject().unwrap_or_default().trim().to_string(),
            in_reply_to: !msg.in_reply_to().is_empty(),
            body: body_text(&msg),
            attachments,
        })
    }

    /// Reads an Outlook message. Its transport headers (kept in a received
    /// message) give the `Date:` as the sender wrote it and the Message-ID; a
    /// message never sent through the internet (a draft, some sent items) has
    /// only Outlook's submit time, in UTC, which is shown in this computer's
    /// time zone.
    pub fn from_outlook(o: &msg_parser::Outlook, keep_attachment_data: bool) -> Mail {
        let headers = Mail::parse(format!("{}\r\n\r\n", o.headers.raw).as_bytes(), false);
        let mut date = headers.as_ref().map_or(MailDate::Missing, |h| h.date);
        if date == MailDate::Missing {
            let stamp = if o.client_submit_time.is_empty() {
                &o.message_delivery_time
            } else {
                &o.client_submit_time
            };
            if let Ok(instant) = stamp.parse::<jiff::Timestamp>() {
                let utc = instant.to_zoned(jiff::tz::TimeZone::UTC).datetime();
                date = MailDate::At {
                    instant,
                    written: (
                        utc.date(),
                        Time::new(utc.hour(), utc.minute(), 0, 0).unwrap_or(Time::midnight()),
                    ),
                };
            }
        }
        let person = |p: &msg_parser::Person| Address {
            name: p.name.trim().to_string(),
            email: smtp_only(p.email.trim()),
        };
        let from = Some(person(&o.sender)).filter(|a| !(a.name.is_empty() && a.email.is_empty()));
        let body = if o.body.trim().is_empty() {
            let html = if o.html.is_empty() {
                o.html_from_rtf().unwrap_or_default()
            } else {
                o.html.clone()
            };
            mail_parser::decoders::html::html_to_text(&html)
        } else {
            o.body.clone()
        };
        let message_id = headers
            .as_ref()
            .map(|h| h.message_id.clone())
            .filter(|id| !id.is_empty())
            .unwrap_or_else(|| {
                o.headers
                    .message_id
                    .trim_matches(['<', '>', ' '])
                    .to_string()
            });
        Mail {
            message_id,
            date,
            from,
            to: o.to.iter().map(person).collect(),
            cc: o.cc.iter().map(person).collect(),
            subject: o.subject.trim().to_string(),
            in_reply_to: headers.as_ref().is_some_and(|h| h.in_reply_to),
            body,
            attachments: o
                .attachments
                .iter()
                .enumerate()
                .filter(|(_, a)| a.content_id.is_empty())
                .map(|(i, a)| {
                    let name = [&a.long_file_name, &a.file_name, &a.display_name]
                        .into_iter()
                        .find(|n| super::names_a_file(n))
                        .cloned()
                        .unwrap_or_else(|| format!("attachment-{}", i + 1));
                    Attachment {
                        name,
                        data: keep_attachment_data.then(|| a.payload_bytes.clone()),
                    }
                })
                .collect(),
        }
    }
}

/// The message with its headers in UTF-8. Headers in raw 8-bit bytes that
/// are not UTF-8 (no RFC 2047 encoding) are what the same Outlook and older
/// Windows programs send with an 8-bit body: read as Windows-1252, like the
/// body (`body_text`), they give "Müller, José" and "“RFP 12” – Müller",
/// where mail-parser alone gave U+FFFD, and the sender no longer matched
/// the matter's counsel (review 348). Headers that are UTF-8 (RFC 6532), or
/// plain ASCII, are left as they are.
fn headers_as_utf8(raw: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let end = header_end(raw).map_or(raw.len(), |(at, _)| at);
    let head = &raw[..end];
    if std::str::from_utf8(head).is_ok() {
        return std::borrow::Cow::Borrowed(raw);
    }
    let Some(head) = windows_1252(head) else {
        return std::borrow::Cow::Borrowed(raw);
    };
    let mut out = head.into_bytes();
    out.extend_from_slice(&raw[end..]);
    std::borrow::Cow::Owned(out)
}

/// Where a message's headers end: the blank line after them, as (its
/// start, the end of it). `None` when no blank line follows them.
pub(super) fn header_end(raw: &[u8]) -> Option<(usize, usize)> {
    [&b"\r\n\r\n"[..], b"\n\n"]
        .iter()
        .filter_map(|sep| {
            raw.windows(sep.len())
                .position(|w| w == *sep)
                .map(|at| (at, at + sep.len()))
        })
        .min()
}

/// `bytes` that are not all UTF-8, read as Windows-1252 where they are not:
/// its runs of valid UTF-8 are kept as UTF-8, and each other byte is read
/// by mail-parser's own Windows-1252 decoder. A message is sometimes both
/// (a UTF-8 body with one pasted 0x96 dash): read whole as Windows-1252 it
/// turned "Müller" into "MÃ¼ller" (review 348). Text wholly in
/// Windows-1252 reads the same either way, but for the rare accented pair
/// that also spells a UTF-8 character ("Ã©").
fn windows_1252(bytes: &[u8]) -> Option<String> {
    let decode = mail_parser::decoders::charsets::map::charset_decoder(b"windows-1252")?;
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                out.push_str(text);
                return Some(out);
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                // The prefix was just checked to be UTF-8.
                out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let bad = e.error_len().unwrap_or(after.len()).max(1).min(after.len());
                out.push_str(&decode(&after[..bad]));
                rest = &after[bad..];
            }
        }
    }
}

/// The message's text. A body in 8-bit bytes that names no character set
/// (or says it is UTF-8) and is not UTF-8 is read as Windows-1252 where it
/// is not (`windows_1252`), as mail clients read it: it is
/// what Outlook and older Windows mail programs send, and mail-parser alone
/// would turn each accented letter into U+FFFD, which the lawyer would then
/// see in the summary ("M\u{fffd}ller") with no word of why.
fn body_text(msg: &mail_parser::Message) -> String {
    let text = msg.body_text(0).map(|b| b.into_owned()).unwrap_or_default();
    if !text.contains('\u{fffd}') {
        return text;
    }
    let part = msg
        .text_body
        .first()
        .or(msg.html_body.first())
        .and_then(|&i| msg.parts.get(i as usize));
    let Some(part) = part else {
        return text;
    };
    // A body said to be UTF-8 (or ASCII) that is not is read the same way:
    // its 8-bit bytes are the sender's Windows-1252 (review 348).
    let names_charset = part.content_type().is_some_and(|ct| {
        ct.attribute("charset").is_some_and(|c| {
            !["utf-8", "utf8", "us-ascii", "ascii"]
                .iter()
                .any(|u| c.trim().eq_ignore_ascii_case(u))
        })
    });
    let raw = msg
        .raw_message
        .get(part.raw_body_offset() as usize..part.raw_end_offset() as usize);
    let (false, Some(raw)) = (names_charset, raw) else {
        return text;
    };
    let encoding = part.content_transfer_encoding().unwrap_or_default();
    let bytes = if encoding.eq_ignore_ascii_case("quoted-printable") {
        mail_parser::decoders::quoted_printable::quoted_printable_decode(raw)
    } else if encoding.eq_ignore_ascii_case("base64") {
        mail_parser::decoders::base64::base64_decode(raw)
    } else {
        Some(raw.to_vec())
    };
    let Some(bytes) = bytes else {
        return text;
    };
    if std::str::from_utf8(&bytes).is_ok() {
        // The U+FFFD was the sender's own.
        return text;
    }
    let Some(decoded) = windows_1252(&bytes) else {
        return text;
    };
    if part.is_text_html() {
        mail_parser::decoders::html::html_to_text(&decoded)
    } else {
        decoded
    }
}

/// An Outlook address as an email address, or empty. Outlook keeps an
/// Exchange X.500 address ("/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE
/// GROUP/CN=RECIPIENTS/CN=JDOE") for people of the same organisation in a
/// message that never crossed the internet (a sent item); msg_parser turns
/// it into the SMTP address only where transport headers name it. It is no
/// address anyone can match or write to: the person is then matched by name
/// (`People::find`), and the report shows the name, not the directory path.
fn smtp_only(email: &str) -> String {
    if email.starts_with('/') && email.to_ascii_lowercase().contains("/cn=") {
        String::new()
    } else {
        email.to_string()
    }
}

fn address(a: &mail_parser::Addr) -> Address {
    let email = smtp_only(a.address().unwrap_or_default().trim());
    let mut name = a.name().unwrap_or_default().trim().to_string();
    if email.is_empty() {
        // An Exchange path's "(FYDIBOHF23SPDLT)" is read as a comment and
        // lands in the name (review 348).
        const EXCHANGE_GROUP: &str = "(FYDIBOHF23SPDLT)";
        if let Some(at) = name.find(EXCHANGE_GROUP) {
            name.replace_range(at..at + EXCHANGE_GROUP.len(), "");
            name = name.trim().to_string();
        }
    }
    Address { name, email }
}

/// `d` with a 12-hour clock's "PM" or "AM" applied. RFC 5322 has no such
/// thing, but some mailers write "Wed, 8 Mar 2017 5:40 PM -0500", and
/// mail-parser reads the hour alone: 5:40 in the morning (review 348).
fn with_meridiem(d: &mail_parser::DateTime, raw: &str) -> mail_parser::DateTime {
    static MERIDIEM: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
        regex::Regex::new(r"(?i)\b\d{1,2}:\d{2}(?::\d{2})?\s*([ap])\.?m\.?(?:\s|$)").ok()
    });
    let mut d = *d;
    let half = MERIDIEM
        .as_ref()
        .and_then(|re| re.captures(raw))
        .map(|c| c[1].to_ascii_lowercase());
    match half.as_deref() {
        Some("p") if d.hour < 12 => d.hour += 12,
        Some("a") if d.hour == 12 => d.hour = 0,
        _ => {}
    }
    d
}

fn civil(d: &mail_parser::DateTime) -> MailDate {
    // RFC 5322 4.3: an obsolete three-digit year is 1900 plus its value
    // ("8 Mar 117" is 2017, as mailers that printed `tm_year` wrote it);
    // mail-parser already reads two-digit years.
    let year = if (100..1000).contains(&d.year) {
        d.year + 1900
    } else {
        d.year
    };
    let date = i16::try_from(year)
        .ok()
        .and_then(|y| Date::new(y, d.month as i8, d.day as i8).ok());
    let time = Time::new(d.hour as i8, d.minute as i8, 0, 0).ok();
    let minutes = i32::from(d.tz_hour) * 60 + i32::from(d.tz_minute);
    let offset =
        jiff::tz::Offset::from_seconds(if d.tz_before_gmt { -minutes } else { minutes } * 60).ok();
    match (date, time, offset) {
        (Some(day), Some(t), Some(offset)) if year >= 1 && d.month <= 12 => {
            match offset.to_timestamp(day.to_datetime(t)) {
                Ok(instant) => MailDate::At {
                    instant,
                    written: (day, t),
                },
                Err(_) => MailDate::Invalid,
            }
        }
        _ => MailDate::Invalid,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    #[test]
    fn the_date_is_told_in_the_readers_zone() {
        let at = |header: &str| {
            let raw = format!("From: a@b.law\r\nDate: {header}\r\nSubject: x\r\n\r\nbody\r\n");
            Mail::parse(raw.as_bytes(), false).expect("mail").date
        };
        let eastern = jiff::tz::TimeZone::fixed(jiff::tz::offset(-5));
        for (header, day, hour, minute) in [
            ("Wed, 8 Mar 2017 17:40:00 -0500", date(2017, 3, 8), 17, 40),
            // Outlook's server stamp in UTC is 9:05 a.m. in New York, as
            // the reply quoting it says.
            ("Thu, 9 Mar 2017 14:05:31 +0000", date(2017, 3, 9), 9, 5),
            // A reply from California at 8:30 is 11:30.
            ("Fri, 17 Mar 2017 08:30:00 -0800", date(2017, 3, 17), 11, 30),
            // Late at night in UTC is the day before in New York.
            ("Sat, 1 Apr 2017 02:10:00 +0000", date(2017, 3, 31), 21, 10),
        ] {
            assert_eq!(
                at(header).local(&eastern),
                Some((day, time(hour, minute, 0, 0))),
                "{header}"
            );
        }
    }

    #[test]
    fn eight_bit_text_naming_no_charset_is_read_as_windows_1252() {
        // "M\xfcller" and a curly apostrophe (0x92), as Outlook sends them
        // with no charset; 8-bit, quoted-printable, and in an HTML-only body.
        let plain = b"From: a@b.law\r\nSubject: x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\nDear Mr. M\xfcller, we\x92ll produce.\r\n";
        let m = Mail::parse(plain, false).expect("mail");
        assert_eq!(m.body.trim(), "Dear Mr. M\u{fc}ller, we\u{2019}ll produce.");
        let qp = b"From: a@b.law\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nM=FCller\r\n--XX--\r\n";
        let m = Mail::parse(qp, false).expect("mail");
        assert_eq!(m.body.trim(), "M\u{fc}ller");
        let html =
            b"From: a@b.law\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n<p>M\xfcller</p>\r\n";
        let m = Mail::parse(html, false).expect("mail");
        assert_eq!(m.body.trim(), "M\u{fc}ller");
        // UTF-8 with no charset, and a charset that is named, are read as
        // they say.
        let utf8 = "From: a@b.law\r\nSubject: x\r\n\r\nM\u{fc}ller\r\n".as_bytes();
        assert_eq!(
            Mail::parse(utf8, false).expect("mail").body.trim(),
            "M\u{fc}ller"
        );
        let named = b"From: a@b.law\r\nSubject: x\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nM\xfcller\r\n";
        assert_eq!(
            Mail::parse(named, false).expect("mail").body.trim(),
            "M\u{fc}ller"
        );
    }

    #[test]
    fn attachments_with_no_usable_name_are_numbered_alike() {
        let raw = b"From: a@b.law\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--XX\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment\r\n\r\n%PDF-1\r\n--XX\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"..\"\r\n\r\n%PDF-1\r\n--XX\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"letter.pdf\"\r\n\r\n%PDF-1\r\n--XX--\r\n";
        let m = Mail::parse(raw, false).expect("mail");
        let names: Vec<&str> = m.attachments.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["attachment-1", "attachment-2", "letter.pdf"]);
    }

    #[test]
    fn a_utf_8_text_with_a_stray_windows_1252_byte_keeps_its_utf_8() {
        // "Müller" in UTF-8 and one pasted en dash (0x96): the UTF-8 stays
        // UTF-8 (it read "MÃ¼ller"), the dash is Windows-1252's.
        let mixed = b"From: a@b.law\r\nSubject: M\xc3\xbcller \x96 RFP 12\r\nContent-Type: text/plain\r\n\r\nDear Mr. M\xc3\xbcller \x96 RFP 12.\r\n";
        let m = Mail::parse(mixed, false).expect("mail");
        assert_eq!(m.body.trim(), "Dear Mr. M\u{fc}ller \u{2013} RFP 12.");
        assert_eq!(m.subject, "M\u{fc}ller \u{2013} RFP 12");
        // A body said to be UTF-8 that holds Windows-1252 bytes.
        let mislabelled = b"From: a@b.law\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nM\xfcller\r\n";
        assert_eq!(
            Mail::parse(mislabelled, false).expect("mail").body.trim(),
            "M\u{fc}ller"
        );
    }

    #[test]
    fn an_exchange_directory_path_is_no_email_address() {
        assert_eq!(
            smtp_only(
                "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=3f2c-jdoe"
            ),
            ""
        );
        assert_eq!(smtp_only("jdoe@acmelaw.com"), "jdoe@acmelaw.com");
        // The same path in an internet header: the person is their name.
        let raw = b"From: Pat Paralegal </O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=3f2c-pat>\r\nSubject: x\r\n\r\nx\r\n";
        let from = Mail::parse(raw, false).expect("mail").from.expect("sender");
        assert_eq!(
            (from.name.as_str(), from.email.as_str()),
            ("Pat Paralegal", "")
        );
    }

    #[test]
    fn eight_bit_headers_naming_no_charset_are_read_as_windows_1252() {
        let raw = b"From: \"M\xfcller, Jos\xe9\" <jm@b.law>\r\nSubject: \x93RFP 12\x94 \x96 M\xfcller\r\n\r\nM\xfcller\r\n";
        let m = Mail::parse(raw, false).expect("mail");
        assert_eq!(m.subject, "\u{201c}RFP 12\u{201d} \u{2013} M\u{fc}ller");
        let from = m.from.expect("sender");
        assert_eq!(from.name, "M\u{fc}ller, Jos\u{e9}");
        assert_eq!(from.email, "jm@b.law");
        assert_eq!(m.body.trim(), "M\u{fc}ller");
        // UTF-8 headers are read as UTF-8.
        let utf8 = "From: \"M\u{fc}ller\" <jm@b.law>\r\nSubject: M\u{fc}ller\r\n\r\nx\r\n";
        let m = Mail::parse(utf8.as_bytes(), false).expect("mail");
        assert_eq!(m.subject, "M\u{fc}ller");
    }

    #[test]
    fn a_twelve_hour_clock_is_read_as_such() {
        let eastern = jiff::tz::TimeZone::fixed(jiff::tz::offset(-5));
        for (header, want) in [
            ("Wed, 8 Mar 2017 5:40 PM -0500", time(17, 40, 0, 0)),
            ("Wed, 8 Mar 2017 12:05 am -0500", time(0, 5, 0, 0)),
            ("Wed, 8 Mar 2017 12:05 PM -0500", time(12, 5, 0, 0)),
            ("Wed, 8 Mar 2017 17:40:00 -0500", time(17, 40, 0, 0)),
        ] {
            let raw = format!("From: a@b.law\r\nDate: {header}\r\nSubject: x\r\n\r\nbody\r\n");
            let m = Mail::parse(raw.as_bytes(), false).expect("mail");
            assert_eq!(
                m.date.local(&eastern).map(|(_, t)| t),
                Some(want),
                "{header}"
            );
        }
    }

    #[test]
    fn obsolete_years_are_read_as_rfc_5322_reads_them() {
        for (header, want) in [
            ("Wed, 8 Mar 117 17:40:00 EST", date(2017, 3, 8)),
            ("Wed, 8 Mar 17 17:40:00 EST", date(2017, 3, 8)),
            ("8 Mar 99 09:05 -0500", date(1999, 3, 8)),
        ] {
            let raw = format!("From: a@b.law\r\nDate: {header}\r\nSubject: x\r\n\r\nbody\r\n");
            let m = Mail::parse(raw.as_bytes(), false).expect("mail");
            assert!(
                matches!(m.date, MailDate::At { written: (d, _), .. } if d == want),
                "{header}: {:?}",
                m.date
            );
        }
    }

    #[test]
    fn text_with_no_headers_is_not_mail() {
        assert!(Mail::parse(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", false).is_none());
        assert!(Mail::parse(b"just some words\nand more\n", false).is_none());
    }
}
