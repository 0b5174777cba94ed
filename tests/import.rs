//! `goodfaith import`: real-shaped conferral mail (Gmail and Outlook
//! headers, a thread whose replies quote each other, top-posted and inline
//! replies, a forward, an HTML-only message from a pro se party, 8-bit and
//! encoded-word headers) becomes the log entries a lawyer would expect, and
//! bad input is reported without losing anything.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

mod common;

use std::path::{Path, PathBuf};

use common::{fixture, goodfaith, stdout};
use goodfaith::matter::{ConferralEvent, Matter, Method, read_matter};
use jiff::civil::{date, time};

/// A copy of the mail fixtures' matter in a fresh folder.
fn matter_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path().join("smith-v-acme.json");
    std::fs::copy(fixture("mail/matter.json"), &m).unwrap();
    (dir, m)
}

fn mail(name: &str) -> String {
    fixture(&format!("mail/{name}")).display().to_string()
}

fn import(m: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["import", m.to_str().unwrap()];
    all.extend_from_slice(args);
    goodfaith(&all)
}

fn load(m: &Path) -> Matter {
    read_matter(m).expect("the imported matter reads back").0
}

fn entry<'a>(m: &'a Matter, source: &str) -> &'a ConferralEvent {
    m.conferrals
        .iter()
        .find(|e| e.source == source)
        .unwrap_or_else(|| panic!("no entry for {source}"))
}

fn items(e: &ConferralEvent) -> Vec<&str> {
    e.items.iter().map(|d| d.item.as_str()).collect()
}

const EMLS: [&str; 8] = [
    "01-demand-gmail.eml",
    "02-reply-outlook.eml",
    "03-inline-reply.eml",
    "04-forwarded.eml",
    "05-html-only-pro-se.eml",
    "06-unknown-sender.eml",
    "07-no-date.eml",
    "08-8bit-by-name.eml",
];

#[test]
fn a_conferral_thread_becomes_the_entries_a_lawyer_expects() {
    let (_dir, m) = matter_copy();
    let files: Vec<String> = EMLS.iter().map(|f| mail(f)).collect();
    let args: Vec<&str> = files.iter().map(String::as_str).collect();
    let out = import(&m, &args);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", common::stderr(&out));
    assert!(text.starts_with("Added 6 entries to "), "{text}");

    let matter = load(&m);
    assert_eq!(
        matter.conferrals.len(),
        7,
        "the hand-typed letter and six emails"
    );
    assert_eq!(
        matter.conferrals[0].summary,
        "Golden Rule letter, typed in by hand."
    );

    // The Gmail demand: the sender's own clock, everyone it went to who is
    // in the matter, the requests its own text and thread-starting subject
    // name (not the RFA in the signature), and its attachment.
    let demand = entry(&matter, "CAF8kq=YbT3xv0u2k1Q@mail.gmail.com");
    assert_eq!(demand.id, "e2");
    assert_eq!(demand.method, Method::Email);
    assert_eq!(
        (demand.date, demand.time),
        (date(2017, 3, 8), Some(time(17, 40, 0, 0)))
    );
    assert_eq!(demand.initiated_by, "c1");
    assert_eq!(demand.participants, ["c1", "c3", "c2"]);
    assert_eq!(items(demand), ["rog-4", "rfp-3", "rfp-4", "rfp-5"]);
    assert!(
        demand
            .items
            .iter()
            .all(|d| d.outcome == goodfaith::matter::Outcome::Raised)
    );
    assert_eq!(demand.attachments, ["2017-03-08 Letter to Doe.pdf"]);
    assert!(demand.summary.starts_with(
        "Smith v. Acme: deficient answers to Rog 4 and RFP Nos. 3-5: John, I write under D. Kan. Rule 37.2"
    ));
    assert!(!demand.summary.contains("Roe & Major LLP"), "no signature");

    // Outlook's top-posted reply, matched by email in another case; the
    // requests quoted below its header block and in its "RE:" subject do
    // not count.
    let reply = entry(
        &matter,
        "BN6PR11MB1234ABCD5C1F1E2B3C9D8A7EE5F60@BN6PR11MB1234.namprd11.prod.outlook.com",
    );
    // Outlook's server stamped it 14:05 +0000: 9:05 a.m. in New York, as
    // the next message quoting it says ("On Thu, Mar 9, 2017 at 9:05 AM").
    assert_eq!(
        (reply.date, reply.time),
        (date(2017, 3, 9), Some(time(9, 5, 0, 0)))
    );
    assert_eq!(reply.initiated_by, "c3");
    assert_eq!(reply.participants, ["c3", "c1", "c2"]);
    assert_eq!(items(reply), ["rog-4"]);
    assert!(!reply.summary.contains("custodians"), "{}", reply.summary);

    // The inline reply: only the answers between the quotes count.
    let inline = entry(&matter, "CAF8kq=Zr2m0Lx9@mail.gmail.com");
    assert_eq!(items(inline), ["rfp-12", "rfa-2"]);
    assert!(inline.summary.contains("Monday at 2:00 works."));
    assert!(!inline.summary.contains("Acme will supplement"));

    // The forward to the other side: the forwarded note, written inside
    // the firm, is put before opposing counsel now, so its requests are
    // raised by this message.
    let fwd = entry(&matter, "CAF8kq=Fw9q1@mail.gmail.com");
    assert_eq!(
        (fwd.date, fwd.time),
        (date(2017, 3, 13), Some(time(8, 2, 0, 0)))
    );
    assert_eq!(items(fwd), ["rog-4", "rfp-12"]);

    // HTML only, from the pro se party, whose name and subject are encoded words.
    let pro_se = entry(&matter, "5f1c9a2e-hoa@example.net");
    assert_eq!(pro_se.initiated_by, "p3");
    assert_eq!(pro_se.participants, ["p3", "c1"]);
    assert_eq!(
        (pro_se.date, pro_se.time),
        // 7:30 p.m. in California (-0700) is 10:30 p.m. in New York.
        (date(2017, 3, 14), Some(time(22, 30, 0, 0)))
    );
    assert_eq!(
        items(pro_se),
        ["rfa-2"],
        "not the quoted Interrogatory No. 4"
    );
    assert!(
        pro_se
            .summary
            .starts_with("Trả lời — my answer on RFA No. 2: Ms. Roe,"),
        "{}",
        pro_se.summary
    );

    // Raw 8-bit headers, from an address the matter does not list: matched
    // by the display name "Doe, John".
    let phone = entry(&matter, "8bit-1@mail.gmail.com");
    assert_eq!(phone.initiated_by, "c3");
    assert_eq!(items(phone), ["rfp-12"]);
    assert!(!phone.summary.contains("iPhone"));

    // Reported, not added: the unknown sender and the message without a date,
    // each with its date, sender and subject.
    assert!(text.contains("Not added (2 messages):"), "{text}");
    let unknown = text
        .lines()
        .find(|l| l.contains("pat@roelaw.com"))
        .expect("reported");
    assert!(unknown.contains("2017-03-15 12:00"), "{unknown}");
    assert!(
        unknown.contains("\"Smith v. Acme: production schedule for RFP 12\""),
        "{unknown}"
    );
    assert!(
        unknown.contains("not a counsel or pro se party"),
        "{unknown}"
    );
    let undated = text
        .lines()
        .find(|l| l.contains("07-no-date.eml"))
        .expect("reported");
    assert!(undated.contains("no Date: header"), "{undated}");

    // Email alone does not satisfy D. Kan.: the matter checks as it deserves.
    let check = goodfaith(&["check", m.to_str().unwrap(), "--today", "2017-03-20"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(stdout(&check).contains("WRITTEN-ONLY"));
}

#[test]
fn a_message_naming_nothing_of_the_matter_is_added_with_a_word_of_warning() {
    let (_dir, m) = matter_copy();
    let out = import(
        &m,
        &[&mail("01-demand-gmail.eml"), &mail("09-other-matter.eml")],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let line = |needle: &str| {
        text.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle}: {text}"))
            .to_string()
    };
    // The other case's deposition dates name no request, no case number and
    // no party; the demand names all three.
    assert!(
        line("Baker deposition dates")
            .contains("names none of the matter's requests, its case number or its parties"),
        "{text}"
    );
    assert!(!line("deficient answers").contains("names none"), "{text}");
    let (_fresh, m) = matter_copy();
    let json = goodfaith(&[
        "import",
        m.to_str().unwrap(),
        &mail("09-other-matter.eml"),
        &mail("01-demand-gmail.eml"),
        "--dry-run",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["added"][0]["names_the_matter"], false, "{v}");
    assert_eq!(v["added"][1]["names_the_matter"], true, "{v}");
}

#[test]
fn importing_again_or_a_copy_of_a_message_adds_nothing() {
    let (_dir, m) = matter_copy();
    let out = import(&m, &[&mail("thread.mbox")]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).starts_with("Added 3 entries"),
        "{}",
        stdout(&out)
    );
    let before = std::fs::read(&m).unwrap();

    // The mailbox again, and the same messages saved as .eml files.
    for files in [
        vec![mail("thread.mbox")],
        vec![
            mail("01-demand-gmail.eml"),
            mail("02-reply-outlook.eml"),
            mail("03-inline-reply.eml"),
        ],
    ] {
        let args: Vec<&str> = files.iter().map(String::as_str).collect();
        let out = import(&m, &args);
        let text = stdout(&out);
        assert_eq!(out.status.code(), Some(0), "{text}");
        assert!(text.starts_with("Nothing to add"), "{text}");
        assert!(
            text.contains("Already in the log, or read earlier in this import: 3 messages"),
            "{text}"
        );
        assert_eq!(
            std::fs::read(&m).unwrap(),
            before,
            "the matter is untouched"
        );
    }
    assert_eq!(load(&m).conferrals.len(), 4);

    // A message with no Message-ID is known again by its fingerprint, and
    // the report says so rather than claim a Message-ID matched.
    let raw = std::fs::read_to_string(mail("01-demand-gmail.eml")).unwrap();
    let bare: String = raw
        .lines()
        .filter(|l| !l.starts_with("Message-ID:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let eml = m.with_file_name("no-id.eml");
    std::fs::write(&eml, bare).unwrap();
    let eml = eml.to_str().unwrap();
    assert_eq!(import(&m, &[eml]).status.code(), Some(0));
    let again = stdout(&import(&m, &[eml]));
    assert!(
        again.contains(
            "1 message (the same Message-ID, or for a message without one, the same sender, date, subject and text), not added again"
        ),
        "{again}"
    );
    // The same message saved on Windows, with CRLF line endings, is the
    // same message (review 348: it was added twice).
    let crlf = m.with_file_name("no-id-crlf.eml");
    std::fs::write(
        &crlf,
        std::fs::read_to_string(eml).unwrap().replace('\n', "\r\n"),
    )
    .unwrap();
    let again = stdout(&import(&m, &[crlf.to_str().unwrap()]));
    assert!(again.starts_with("Nothing to add"), "{again}");
}

#[test]
fn a_mailbox_of_several_hundred_messages_streams_in_with_the_right_requests() {
    use goodfaith::synthetic::{conferral_mbox, mail_matter};
    let dir = tempfile::tempdir().unwrap();
    let mbox = dir.path().join("conferral.mbox");
    std::fs::write(&mbox, conferral_mbox(400, 10)).unwrap();
    let m = dir.path().join("m.json");
    std::fs::write(&m, serde_json::to_string_pretty(&mail_matter(10)).unwrap()).unwrap();

    let out = import(&m, &[mbox.to_str().unwrap()]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    // Every 25th message is from an address the matter does not know.
    assert!(text.starts_with("Added 384 entries"), "{text}");
    assert!(text.contains("Not added (16 messages):"), "{text}");
    assert_eq!(text.matches("pat@agency.example").count(), 16);

    let matter = load(&m);
    assert_eq!(matter.conferrals.len(), 384);
    let first = &matter.conferrals[0];
    // Sent at 8:00 at -0600: 9:00 in the lawyer's zone (New York here).
    assert_eq!(
        (first.date, first.time),
        (date(2025, 3, 3), Some(time(9, 0, 0, 0)))
    );
    assert_eq!(first.participants, ["c1", "c2"]);
    // A thread's first message names its request in the subject and text...
    assert_eq!(items(first), ["rog-1"]);
    // ...its replies only what their own text adds, never the quoted demand.
    let reply = &matter.conferrals[1];
    assert_eq!(reply.initiated_by, "c2");
    assert_eq!(items(reply), ["rog-8"]);
    assert_eq!(
        (reply.date, reply.time),
        (date(2025, 3, 3), Some(time(10, 0, 0, 0)))
    );

    let again = import(&m, &[mbox.to_str().unwrap()]);
    assert!(
        stdout(&again).starts_with("Nothing to add"),
        "{}",
        stdout(&again)
    );
    assert_eq!(load(&m).conferrals.len(), 384);
}

#[test]
fn bad_input_is_reported_and_nothing_is_lost() {
    let (dir, m) = matter_copy();
    let before = std::fs::read(&m).unwrap();

    // Not mail at all.
    let out = import(&m, &[&mail("not-mail.txt")]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("not-mail.txt: not an email message or mailbox"),
        "{text}"
    );
    assert_eq!(std::fs::read(&m).unwrap(), before);

    // A directory, and a file that does not exist.
    let out = import(&m, &[dir.path().to_str().unwrap(), "/nonexistent/x.eml"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("is a directory"), "{text}");
    assert!(
        text.contains("/nonexistent/x.eml: cannot read the file"),
        "{text}"
    );
    assert_eq!(std::fs::read(&m).unwrap(), before);

    // A damaged Outlook message (the compound-file signature, then nothing).
    let msg = dir.path().join("damaged.msg");
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.resize(600, 0);
    std::fs::write(&msg, bytes).unwrap();
    let out = import(&m, &[msg.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("damaged.msg: not a readable Outlook message"),
        "{}",
        stdout(&out)
    );
    assert_eq!(std::fs::read(&m).unwrap(), before);

    // A mailbox cut short: the whole messages come in, the cut one is named.
    let out = import(&m, &[&mail("truncated.mbox")]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.starts_with("Added 1 entry"), "{text}");
    let cut = text
        .lines()
        .find(|l| l.contains("truncated.mbox, message 2"))
        .expect("named");
    assert!(cut.contains("ends in the middle of this message"), "{cut}");
    assert!(
        cut.contains("2017-03-08 17:40  Jane Roe <jane.roe@roelaw.com>"),
        "{cut}"
    );

    // An invalid matter: exit 2, with its location, and no change.
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{ \"schema_version\": 1, ").unwrap();
    let out = import(&bad, &[&mail("01-demand-gmail.eml")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        common::stderr(&out).contains("bad.json:1:"),
        "{}",
        common::stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(&bad).unwrap(),
        "{ \"schema_version\": 1, "
    );
}

#[test]
fn a_dry_run_in_json_says_what_would_happen_and_writes_nothing() {
    let (_dir, m) = matter_copy();
    let before = std::fs::read(&m).unwrap();
    let out = import(
        &m,
        &[
            "--dry-run",
            "--json",
            &mail("01-demand-gmail.eml"),
            &mail("06-unknown-sender.eml"),
            &mail("07-no-date.eml"),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["written"], false);
    assert_eq!(v["messages"], 3);
    assert_eq!(v["added"][0]["id"], "e2");
    assert_eq!(v["added"][0]["entry"]["time"], "17:40:00");
    assert_eq!(
        v["added"][0]["unmatched"][0],
        "Pat Paralegal <pat@roelaw.com>"
    );
    assert_eq!(v["skipped"][0]["reason"], "unknown_sender");
    assert_eq!(v["skipped"][0]["from"], "Pat Paralegal <pat@roelaw.com>");
    assert_eq!(v["skipped"][0]["date"], "2017-03-15");
    assert_eq!(v["skipped"][1]["reason"], "no_date");
    assert_eq!(std::fs::read(&m).unwrap(), before);
}

#[test]
fn attachments_are_saved_beside_the_matter_once() {
    let (dir, m) = matter_copy();
    let att = dir.path().join("correspondence");
    let out = import(
        &m,
        &[
            "--attachments",
            att.to_str().unwrap(),
            &mail("01-demand-gmail.eml"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let saved = att.join("2017-03-08 Letter to Doe.pdf");
    assert!(std::fs::read(&saved).unwrap().starts_with(b"%PDF-1.4"));
    let matter = load(&m);
    assert_eq!(
        entry(&matter, "CAF8kq=YbT3xv0u2k1Q@mail.gmail.com").attachments,
        ["correspondence/2017-03-08 Letter to Doe.pdf"]
    );
    // The mailbox copy of the same message adds neither an entry nor a file.
    let out = import(
        &m,
        &["--attachments", att.to_str().unwrap(), &mail("thread.mbox")],
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::read_dir(&att).unwrap().count(), 1);
}

/// A message whose attachment cannot be saved is not added, the report
/// names the attachment, and importing again once the cause is gone adds it
/// with the file (review 347: the entry was added naming a file that was
/// not there, and a second import skipped it as already in the log).
#[test]
fn a_message_whose_attachment_cannot_be_saved_is_left_for_the_next_import() {
    let (dir, m) = matter_copy();
    let att = dir.path().join("correspondence");
    // A folder where the attachment's file would go.
    let blocker = att.join("2017-03-08 Letter to Doe.pdf");
    std::fs::create_dir_all(&blocker).unwrap();
    let args = [
        "--attachments",
        att.to_str().unwrap(),
        &mail("01-demand-gmail.eml"),
        &mail("02-reply-outlook.eml"),
    ];
    let out = import(&m, &args);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.starts_with("Added 1 entry"), "{text}");
    let refused = text
        .lines()
        .find(|l| l.contains("deficient answers") && l.contains("not added"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        refused.contains("2017-03-08 Letter to Doe.pdf")
            && refused.contains("the message was not added: fix this and import it again"),
        "{refused}"
    );
    let matter = load(&m);
    assert!(
        !matter
            .conferrals
            .iter()
            .any(|e| e.source == "CAF8kq=YbT3xv0u2k1Q@mail.gmail.com")
    );
    // The reply was added under the next id, and the report says so.
    assert!(text.contains("  e2 "), "{text}");
    assert_eq!(matter.conferrals.last().unwrap().id, "e2");

    std::fs::remove_dir(&blocker).unwrap();
    let out = import(&m, &args);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let matter = load(&m);
    assert_eq!(
        entry(&matter, "CAF8kq=YbT3xv0u2k1Q@mail.gmail.com").attachments,
        ["correspondence/2017-03-08 Letter to Doe.pdf"]
    );
    assert!(blocker.is_file());
}

/// An attachments "folder" that is a file is refused at once, in a dry run
/// too, and nothing is imported (review 348: every message was refused, the
/// ones with no attachment too, with "File exists").
#[test]
fn an_attachments_folder_that_is_a_file_is_refused_before_anything_is_read() {
    let (dir, m) = matter_copy();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let before = std::fs::read(&m).unwrap();
    for dry in [true, false] {
        let mut args = vec!["--attachments", file.to_str().unwrap()];
        if dry {
            args.push("--dry-run");
        }
        let thread = mail("thread.mbox");
        args.push(&thread);
        let out = import(&m, &args);
        assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
        assert!(
            common::stderr(&out).contains("not-a-folder: is a file, not a folder"),
            "{}",
            common::stderr(&out)
        );
    }
    assert_eq!(std::fs::read(&m).unwrap(), before);
}

/// A matter opened through a symbolic link (kept in a synced folder, say)
/// gets the entries in the file the link names, which keeps its
/// permissions; the link stays a link (review 347: the link was replaced by
/// a new, world-readable copy, and the real matter never saw the mail).
#[test]
fn importing_into_a_linked_matter_writes_the_file_it_names() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, real) = matter_copy();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let before = load(&real).conferrals.len();
    let o = import(&link, &[&mail("01-demand-gmail.eml")]);
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(meta.file_type().is_symlink(), "the link is still a link");
    assert_eq!(
        load(&real).conferrals.len(),
        before + 1,
        "the real matter got the entry"
    );
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "and kept its permissions");
}

/// An imported email copied to a colleague is told in the certificate as
/// sent by its author alone, copying the colleague (review 347: "Jane Roe
/// and Mary Major … sent an email", a statement the From: line contradicts).
#[test]
fn the_certificate_names_an_imported_emails_author_as_its_only_sender() {
    let (_dir, m) = matter_copy();
    let o = import(&m, &[&mail("01-demand-gmail.eml")]);
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    let o = goodfaith(&[
        "render",
        m.to_str().unwrap(),
        "-o",
        "-",
        "--draft",
        "--today",
        "2017-04-01",
    ]);
    let text = stdout(&o).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(
            "Jane Roe, counsel for Plaintiff Sarah Smith, sent an email to John Doe, counsel for Defendant Acme Widgets, Inc., copying Mary Major, counsel for Plaintiff Sarah Smith, about"
        ),
        "{text}"
    );
    assert!(!text.contains("Jane Roe and Mary Major"), "{text}");
}

/// A body line of an mbox that starts with "From " (left unescaped, as many
/// writers leave it) belongs to its message: the message keeps its text
/// and nothing is reported as not mail (review 347: the message was cut at
/// "From the documents …" and its pieces reported as "not an email").
#[test]
fn a_body_line_starting_with_from_does_not_split_a_mailbox_message() {
    let (dir, m) = matter_copy();
    let mbox = dir.path().join("fromline.mbox");
    std::fs::write(
        &mbox,
        "From jane.roe@roelaw.com Wed Mar  8 22:40:00 2017\n\
         From: Jane Roe <jane.roe@roelaw.com>\n\
         Date: Wed, 8 Mar 2017 17:40:00 -0500\n\
         Message-ID: <fl-1@roelaw.com>\n\
         Subject: RFP 3\n\
         To: John Doe <jdoe@acmelaw.com>\n\
         \n\
         John,\n\
         From the documents produced so far, RFP 3 is deficient.\n\
         >From now on please copy Mary.\n\
         From my perspective RFP 4 is also deficient.\n\
         \n\
         From john@x Thu Mar  9 10:00:00 2017\n\
         From: John Doe <jdoe@acmelaw.com>\n\
         Date: Thu, 9 Mar 2017 10:00:00 -0500\n\
         Message-ID: <fl-2@acmelaw.com>\n\
         Subject: Re: RFP 3\n\
         To: Jane Roe <jane.roe@roelaw.com>\n\
         \n\
         We disagree on RFP 3.\n",
    )
    .unwrap();
    let o = import(&m, &[mbox.to_str().unwrap(), "--dry-run", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    let out = stdout(&o);
    assert!(!out.contains("not_mail"), "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let added = json["added"].as_array().unwrap();
    assert_eq!(added.len(), 2, "{out}");
    let first = &added[0]["entry"];
    let items: Vec<&str> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["item"].as_str().unwrap())
        .collect();
    assert!(
        items.contains(&"rfp-4"),
        "RFP 4, after the From line: {out}"
    );
}
